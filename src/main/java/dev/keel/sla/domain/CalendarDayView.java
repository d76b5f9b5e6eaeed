package dev.keel.sla.domain;

import java.time.LocalDate;

/** A dated exception of a calendar: HOLIDAY, PARTIAL_HOLIDAY or WORKING, with the hours worked that day. */
public record CalendarDayView(LocalDate date, String kind, String hours, String name) {}
