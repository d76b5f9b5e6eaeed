package dev.keel.sla.domain;

/** How a policy target counts: working time on the calendar, or whole working days. */
public enum TargetUnit {
    BUSINESS_MINUTES,
    BUSINESS_HOURS,
    /** The same local time N working days later, snapped into working time. */
    BUSINESS_DAYS
}
