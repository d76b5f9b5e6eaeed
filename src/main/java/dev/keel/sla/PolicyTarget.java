package dev.keel.sla;

import dev.keel.sla.domain.TargetUnit;
import dev.keel.ticket.Priority;
import org.jspecify.annotations.Nullable;

/**
 * One target of a policy: for a clock kind and a priority (null: every priority), an amount of business
 * time on a calendar (null: the policy's calendar).
 */
public record PolicyTarget(
        ClockKind kind,
        @Nullable Priority priority,
        int amount,
        TargetUnit unit,
        @Nullable Long calendarId) {}
