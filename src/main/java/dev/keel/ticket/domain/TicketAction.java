package dev.keel.ticket.domain;

/** Everything that moves a ticket through its lifecycle. */
public enum TicketAction {
    ASSIGN,
    START,
    PEND,
    RESUME,
    RESOLVE,
    ACCEPT,
    REJECT,
    CLOSE,
    REOPEN,
    CANCEL,
    ESCALATE
}
