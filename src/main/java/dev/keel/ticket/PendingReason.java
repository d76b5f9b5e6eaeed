package dev.keel.ticket;

/** Whom a pending ticket waits for. */
public enum PendingReason {
    REQUESTER,
    SUPPLIER,
    CHANGE
}
