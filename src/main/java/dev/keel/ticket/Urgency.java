package dev.keel.ticket;

/** How quickly the business needs it. */
public enum Urgency {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
