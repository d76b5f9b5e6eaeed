package dev.keel.sla.domain;

import java.time.LocalDate;

/**
 * One day of a calendar's month view.
 *
 * @param kind WORKDAY, WEEKEND (no weekly hours), HOLIDAY, PARTIAL_HOLIDAY or MAKEUP (an extra working day)
 * @param hours the working intervals that day, e.g. {@code 09:00-12:00,13:30-18:00}
 * @param name the holiday or make-up day's name, blank otherwise
 */
public record MonthDay(LocalDate date, String kind, String hours, String name) {}
