package dev.keel.sla.web;

import dev.keel.sla.domain.CalendarView;
import dev.keel.sla.domain.SaveCalendar;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The calendar form: one text field of working intervals per weekday. */
record CalendarForm(
        @Nullable String name,
        @Nullable String zone,
        @Nullable String hoursMonday,
        @Nullable String hoursTuesday,
        @Nullable String hoursWednesday,
        @Nullable String hoursThursday,
        @Nullable String hoursFriday,
        @Nullable String hoursSaturday,
        @Nullable String hoursSunday,
        @Nullable String description,
        @Nullable Long version) {

    static CalendarForm empty() {
        String office = "09:00-12:00,13:30-18:00";
        return new CalendarForm(null, "Asia/Shanghai", office, office, office, office, office, "", "", null, null);
    }

    static CalendarForm of(CalendarView c) {
        Map<String, String> w = c.week();
        return new CalendarForm(
                c.name(),
                c.zone(),
                w.get("MONDAY"),
                w.get("TUESDAY"),
                w.get("WEDNESDAY"),
                w.get("THURSDAY"),
                w.get("FRIDAY"),
                w.get("SATURDAY"),
                w.get("SUNDAY"),
                c.description(),
                c.version());
    }

    SaveCalendar command() {
        Map<DayOfWeek, String> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, text(hoursMonday));
        week.put(DayOfWeek.TUESDAY, text(hoursTuesday));
        week.put(DayOfWeek.WEDNESDAY, text(hoursWednesday));
        week.put(DayOfWeek.THURSDAY, text(hoursThursday));
        week.put(DayOfWeek.FRIDAY, text(hoursFriday));
        week.put(DayOfWeek.SATURDAY, text(hoursSaturday));
        week.put(DayOfWeek.SUNDAY, text(hoursSunday));
        return new SaveCalendar(name, zone, week, description);
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
