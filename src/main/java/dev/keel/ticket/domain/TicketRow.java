package dev.keel.ticket.domain;

import dev.keel.ticket.Channel;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a queue. */
public record TicketRow(
        long id,
        String number,
        TicketType type,
        String title,
        TicketStatus status,
        Priority priority,
        Channel channel,
        @Nullable Long categoryId,
        long requesterId,
        @Nullable Long organisationId,
        @Nullable Long groupId,
        @Nullable Long assigneeId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Instant dueAt) {}
