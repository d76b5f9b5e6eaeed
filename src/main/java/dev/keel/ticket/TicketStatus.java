package dev.keel.ticket;

/** The states of the ticket lifecycle (see {@code TicketLifecycle} for the allowed transitions). */
public enum TicketStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    PENDING,
    RESOLVED,
    CLOSED,
    CANCELLED;

    /** Open tickets are still being worked on; resolved, closed and cancelled ones are not. */
    public boolean open() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS || this == PENDING;
    }
}
