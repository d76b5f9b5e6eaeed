package dev.keel.sla.domain;

import java.time.LocalDate;
import java.util.List;

/** One dated exception of a calendar: the day's working hours replace the weekly ones. */
public record DayRule(LocalDate date, DayKind kind, List<Span> hours, String name) {

    public DayRule {
        hours = List.copyOf(hours);
        if (kind == DayKind.HOLIDAY) {
            hours = List.of();
        }
    }
}
