package dev.keel.sla;

import dev.keel.sla.domain.TargetUnit;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One clock of a ticket as of {@code asOf}: business time used and left (left is negative once past
 * due), and the share of the budget used in percent (may pass 100).
 */
public record ClockView(
        long id,
        ClockKind kind,
        ClockState state,
        boolean breached,
        @Nullable Instant dueAt,
        Instant startedAt,
        @Nullable Instant stoppedAt,
        int targetAmount,
        TargetUnit targetUnit,
        long calendarId,
        Duration elapsed,
        Duration remaining,
        int percent) {}
