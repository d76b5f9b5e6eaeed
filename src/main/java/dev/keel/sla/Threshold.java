package dev.keel.sla;

import dev.keel.sla.domain.EscalationAction;
import org.jspecify.annotations.Nullable;

/**
 * At {@code percent} of a clock's business time, do {@code action}; {@code userId} names the manager for
 * NOTIFY_USER, {@code groupId} the group for REASSIGN_GROUP.
 */
public record Threshold(
        int percent,
        EscalationAction action,
        @Nullable Long userId,
        @Nullable Long groupId) {}
