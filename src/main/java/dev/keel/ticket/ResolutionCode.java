package dev.keel.ticket;

/** How a ticket was resolved; required together with notes. */
public enum ResolutionCode {
    SOLVED,
    WORKAROUND,
    ANSWERED,
    NOT_REPRODUCIBLE,
    DUPLICATE,
    USER_ERROR,
    CHANGE_IMPLEMENTED,
    OTHER
}
