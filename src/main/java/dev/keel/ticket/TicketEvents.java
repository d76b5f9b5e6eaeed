package dev.keel.ticket;

import org.jspecify.annotations.Nullable;

/** Events the ticket module publishes after a change committed; IDs and small values only. */
public final class TicketEvents {

    private TicketEvents() {}

    /** Any of the events below: each names the ticket it is about. */
    public sealed interface TicketEvent
            permits TicketOpened,
                    TicketAssigned,
                    TicketStatusChanged,
                    TicketPriorityChanged,
                    TicketFirstResponded,
                    TicketResolved,
                    TicketClosed,
                    TicketReopened,
                    TicketCommentAdded,
                    TicketDetailsChanged,
                    TicketAttachmentAdded {
        long ticketId();
    }

    public record TicketOpened(
            long ticketId,
            TicketType type,
            Channel channel,
            @Nullable Long categoryId,
            long actorId) implements TicketEvent {}

    public record TicketAssigned(
            long ticketId, @Nullable Long groupId, @Nullable Long assigneeId) implements TicketEvent {}

    public record TicketStatusChanged(long ticketId, TicketStatus from, TicketStatus to) implements TicketEvent {}

    public record TicketPriorityChanged(long ticketId, Priority from, Priority to) implements TicketEvent {}

    public record TicketFirstResponded(long ticketId, long entryId) implements TicketEvent {}

    public record TicketResolved(long ticketId, long actorId) implements TicketEvent {}

    public record TicketClosed(long ticketId) implements TicketEvent {}

    public record TicketReopened(long ticketId) implements TicketEvent {}

    public record TicketCommentAdded(
            long ticketId,
            long entryId,
            EntryKind kind,
            @Nullable Long authorId) implements TicketEvent {}

    /** Title, description or classification changed (reclassify); the ticket id only. */
    public record TicketDetailsChanged(long ticketId) implements TicketEvent {}

    /** A file was attached to the ticket or to one of its entries. */
    public record TicketAttachmentAdded(long ticketId, long attachmentId) implements TicketEvent {}
}
