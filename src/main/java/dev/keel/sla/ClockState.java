package dev.keel.sla;

/** Where a clock stands: running or paused (possibly already past due), met, or stopped past due. */
public enum ClockState {
    RUNNING,
    PAUSED,
    MET,
    BREACHED,
    /** Stopped without a verdict (the ticket was closed or cancelled while the clock ran). */
    STOPPED
}
