package dev.keel.sla.domain;

import java.time.DayOfWeek;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A calendar as a client sends it: name, IANA time zone, and per weekday its working intervals as text
 * ({@code "09:00-12:00,13:30-18:00"}, blank for a day off).
 */
public record SaveCalendar(
        @Nullable String name,
        @Nullable String zone,
        @Nullable Map<DayOfWeek, String> week,
        @Nullable String description) {}
