package dev.keel.ticket;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Everything about one ticket except its conversation; read-only. */
public record TicketView(
        long id,
        String number,
        TicketType type,
        String title,
        String description,
        TicketStatus status,
        @Nullable PendingReason pendingReason,
        Channel channel,
        @Nullable Long categoryId,
        Impact impact,
        Urgency urgency,
        Priority priority,
        long requesterId,
        @Nullable Long organisationId,
        @Nullable Long groupId,
        @Nullable Long assigneeId,
        long createdBy,
        @Nullable ResolutionCode resolutionCode,
        @Nullable String resolutionNotes,
        @Nullable Integer rating,
        @Nullable String ratingComment,
        int reopenCount,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant firstResponseAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant closedAt,
        @Nullable Long mergedIntoId,
        long version) {}
