package dev.keel.ticket;

/** P1 (critical) to P4 (low), derived from impact × urgency by the priority matrix. */
public enum Priority {
    P1,
    P2,
    P3,
    P4
}
