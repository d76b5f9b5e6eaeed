package dev.keel.ticket;

import org.jspecify.annotations.Nullable;

/** Events the ticket module publishes after a change committed; IDs and small values only. */
public final class TicketEvents {

    private TicketEvents() {}

    public record TicketOpened(
            long ticketId,
            TicketType type,
            Channel channel,
            @Nullable Long categoryId,
            long actorId) {}

    public record TicketAssigned(
            long ticketId, @Nullable Long groupId, @Nullable Long assigneeId) {}

    public record TicketStatusChanged(long ticketId, TicketStatus from, TicketStatus to) {}

    public record TicketPriorityChanged(long ticketId, Priority from, Priority to) {}

    public record TicketFirstResponded(long ticketId, long entryId) {}

    public record TicketResolved(long ticketId, long actorId) {}

    public record TicketClosed(long ticketId) {}

    public record TicketReopened(long ticketId) {}

    public record TicketCommentAdded(
            long ticketId,
            long entryId,
            EntryKind kind,
            @Nullable Long authorId) {}

    /** Title, description or classification changed (reclassify); the ticket id only. */
    public record TicketDetailsChanged(long ticketId) {}
}
