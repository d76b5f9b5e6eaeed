package dev.keel.sla.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test calendars: the shipped mainland-China schedules, a 24 × 7 one, and a Berlin office with DST. */
final class TestCalendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final BusinessCalendar CHINA = china();

    private TestCalendars() {}

    static Map<DayOfWeek, List<Span>> officeWeek() {
        return WeekHours.of(SlaDefaults.week("09:00-12:00,13:30-18:00", false));
    }

    static BusinessCalendar china() {
        if (CHINA != null) {
            return CHINA;
        }
        Map<DayOfWeek, List<Span>> week = officeWeek();
        List<DayRule> rules = new ArrayList<>();
        for (int year : SlaDefaults.OFFICIAL_YEARS) {
            rules.addAll(
                    ScheduleImport.json(Calendars.officialSchedule(year), week).rules());
        }
        return BusinessCalendar.compile(SHANGHAI, week, rules);
    }

    static BusinessCalendar office(ZoneId zone) {
        return BusinessCalendar.compile(zone, officeWeek(), List.of());
    }

    /** Working through the night-time DST switch (01:00–04:00) so the gap and overlap fall in working time. */
    static BusinessCalendar nightShift(ZoneId zone) {
        return BusinessCalendar.compile(
                zone, WeekHours.of(SlaDefaults.week("00:30-04:00,09:00-17:00", true)), List.of());
    }

    static BusinessCalendar always() {
        return BusinessCalendar.compile(SHANGHAI, WeekHours.of(SlaDefaults.week("00:00-24:00", true)), List.of());
    }
}
