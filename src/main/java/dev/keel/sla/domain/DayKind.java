package dev.keel.sla.domain;

/** How a dated entry of a calendar changes its weekly hours. */
public enum DayKind {
    /** No working time that day. */
    HOLIDAY,
    /** Part of the day off: the entry lists the hours still worked. */
    PARTIAL_HOLIDAY,
    /** A working day that the week would not have (China's make-up days, 调休/补班). */
    WORKING
}
