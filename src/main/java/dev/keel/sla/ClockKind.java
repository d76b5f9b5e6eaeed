package dev.keel.sla;

/** What a ticket's clock measures. Restoration applies to incidents only. */
public enum ClockKind {
    FIRST_RESPONSE,
    RESOLUTION,
    RESTORATION
}
