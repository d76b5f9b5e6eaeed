package dev.keel.sla.domain;

import dev.keel.shared.DomainException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Weekly working hours, stored as {@code MONDAY=09:00-12:00,13:30-18:00;TUESDAY=…}. */
public final class WeekHours {

    private WeekHours() {}

    public static Map<DayOfWeek, List<Span>> parse(String stored) {
        Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, List.of());
        }
        if (stored == null || stored.isBlank()) {
            return week;
        }
        for (String part : stored.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && !kv[0].isBlank()) {
                DayOfWeek day = DayOfWeek.valueOf(kv[0].strip().toUpperCase(Locale.ROOT));
                week.put(day, Span.parseList(day.name(), kv[1]));
            }
        }
        return week;
    }

    public static String format(Map<DayOfWeek, List<Span>> week) {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            parts.add(d.name() + "=" + Span.format(week.getOrDefault(d, List.of())));
        }
        return String.join(";", parts);
    }

    /** Hours of a normal working day: the first weekday (from Monday) that has any. */
    public static List<Span> typicalDay(Map<DayOfWeek, List<Span>> week) {
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Span> spans = week.getOrDefault(d, List.of());
            if (!spans.isEmpty()) {
                return spans;
            }
        }
        return List.of();
    }

    /** Reads one field per weekday (the form's and the API's shape); errors name the weekday's field. */
    public static Map<DayOfWeek, List<Span>> of(Map<DayOfWeek, String> fields) {
        Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
        List<DomainException.FieldProblem> problems = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String field = "hours" + d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
            try {
                week.put(d, Span.parseList(field, fields.getOrDefault(d, "")));
            } catch (DomainException e) {
                problems.addAll(e.fieldProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "validation", "error.validation", problems);
        }
        return week;
    }
}
