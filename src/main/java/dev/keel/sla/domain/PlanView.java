package dev.keel.sla.domain;

import dev.keel.sla.ClockKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One (re)plan of a clock: when, why, which policy and target, and the due time it gave. */
public record PlanView(
        long clockId,
        ClockKind kind,
        Instant plannedAt,
        String reason,
        String policyName,
        int targetAmount,
        TargetUnit targetUnit,
        @Nullable Instant dueAt) {}
