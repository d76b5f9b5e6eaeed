package dev.keel.sla.domain;

import java.util.Map;

/**
 * A business calendar: its zone and weekly hours ({@code MONDAY → "09:00-12:00,13:30-18:00"}); dated
 * exceptions are listed separately.
 */
public record CalendarView(
        long id, String name, String zone, Map<String, String> week, String description, int days, long version) {}
