package dev.keel.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of business-time arithmetic on the mainland-China calendar (holidays and make-up days
 * 2024–2026) and on calendars in zones with daylight-saving time.
 */
class BusinessCalendarPropertyTests {

    private static final BusinessCalendar CHINA = TestCalendars.china();
    private static final BusinessCalendar BERLIN = TestCalendars.nightShift(TestCalendars.BERLIN);
    private static final BusinessCalendar NEW_YORK = TestCalendars.office(TestCalendars.NEW_YORK);
    private static final Instant FROM =
            LocalDate.of(2024, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant();
    private static final long SPAN = Duration.ofDays(3 * 365).toMillis();

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, SPAN).map(FROM::plusMillis);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return Arbitraries.of(CHINA, BERLIN, NEW_YORK);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(1, Duration.ofHours(400).toMillis()).map(Duration::ofMillis);
    }

    @Property
    void measuringWhatWasAddedGivesItBack(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration businessTime) {
        Instant due = calendar.add(start, businessTime);
        assertThat(calendar.between(start, due)).isEqualTo(businessTime);
    }

    @Property
    void dueTimesNeverLandInNonWorkingTime(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant start,
            @ForAll("durations") Duration businessTime) {
        assertThat(calendar.isWorkingOrEnd(calendar.add(start, businessTime))).isTrue();
    }

    @Property
    void aLaterStartNeverGivesAnEarlierDueTime(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a,
            @ForAll("instants") Instant b,
            @ForAll("durations") Duration businessTime) {
        Instant early = a.isBefore(b) ? a : b;
        Instant late = a.isBefore(b) ? b : a;
        assertThat(calendar.add(early, businessTime)).isBeforeOrEqualTo(calendar.add(late, businessTime));
    }

    @Property
    void businessTimeIsAdditive(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a,
            @ForAll("durations") Duration x,
            @ForAll("durations") Duration y) {
        assertThat(calendar.add(calendar.add(a, x), y)).isEqualTo(calendar.add(a, x.plus(y)));
    }

    @Property
    void makeUpDaysCountAndHolidaysDoNot(@ForAll("officialDays") LocalDate day) {
        Instant start = day.atStartOfDay(TestCalendars.SHANGHAI).toInstant();
        Duration worked = CHINA.between(
                start, day.plusDays(1).atStartOfDay(TestCalendars.SHANGHAI).toInstant());
        boolean makeUp = day.getDayOfWeek().getValue() >= 6 && CHINA.isWorkDay(day);
        boolean holiday = day.getDayOfWeek().getValue() <= 5 && !CHINA.isWorkDay(day);
        if (makeUp) {
            assertThat(worked).isEqualTo(Duration.ofMinutes(450));
        }
        if (holiday) {
            assertThat(worked).isZero();
        }
        assertThat(worked).isIn(Duration.ZERO, Duration.ofMinutes(450));
    }

    @Provide
    Arbitrary<LocalDate> officialDays() {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (int year : SlaDefaults.OFFICIAL_YEARS) {
            ScheduleImport.json(Calendars.officialSchedule(year), TestCalendars.officeWeek()).rules().stream()
                    .map(DayRule::date)
                    .forEach(days::add);
        }
        return Arbitraries.of(days);
    }

    @Property
    void workingDaysTargetsLandOnAWorkingDay(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 30) int days) {
        Instant due = CHINA.addWorkingDays(start, days);
        assertThat(CHINA.isWorkingOrEnd(due)).isTrue();
        assertThat(CHINA.between(start, due)).isPositive();
    }
}
