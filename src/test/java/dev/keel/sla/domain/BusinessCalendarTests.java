package dev.keel.sla.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Exact examples on the official mainland-China calendar, worked out by hand from the State Council notices. */
class BusinessCalendarTests {

    private final BusinessCalendar china = TestCalendars.china();

    private static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(TestCalendars.SHANGHAI).toInstant();
    }

    @Test
    void p2OpenedOnTheFridayBeforeTheNationalDayMakeUpSundayIsDueOnTheMakeUpSunday() {
        // Fri 2026-09-18 17:00: 1 h left on Friday, Saturday off, Sunday 2026-09-20 is a make-up working day
        Instant opened = sh("2026-09-18T17:00");
        assertThat(new Target(4, TargetUnit.BUSINESS_HOURS).due(china, opened)).isEqualTo(sh("2026-09-20T12:00"));
        // 3 business days: Sun 20, Mon 21, Tue 22, same local time
        assertThat(new Target(3, TargetUnit.BUSINESS_DAYS).due(china, opened)).isEqualTo(sh("2026-09-22T17:00"));
    }

    @Test
    void springFestival2026SkipsTheNineDaysOffAndCountsBothMakeUpSaturdays() {
        // Fri 2026-02-13 17:00: 1 h Friday, Sat 14 is a make-up day (7.5 h), 15–23 off, Tue 24 resumes
        Instant opened = sh("2026-02-13T17:00");
        assertThat(china.add(opened, Duration.ofHours(4))).isEqualTo(sh("2026-02-14T12:00"));
        assertThat(china.add(opened, Duration.ofHours(9))).isEqualTo(sh("2026-02-24T09:30"));
        assertThat(china.isWorkDay(java.time.LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(china.isWorkDay(java.time.LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(china.isWorkDay(java.time.LocalDate.of(2026, 2, 28))).isTrue();
        // Sat 14 (make-up) to Tue 24 09:00: only Saturday's 7.5 h count
        assertThat(china.between(sh("2026-02-14T00:00"), sh("2026-02-24T09:00")))
                .isEqualTo(Duration.ofMinutes(450));
        assertThat(new Target(1, TargetUnit.BUSINESS_DAYS).due(china, sh("2026-02-13T10:00")))
                .isEqualTo(sh("2026-02-14T10:00"));
        assertThat(new Target(2, TargetUnit.BUSINESS_DAYS).due(china, sh("2026-02-13T10:00")))
                .isEqualTo(sh("2026-02-24T10:00"));
    }

    @Test
    void nationalDay2025RunsFromOctoberFirstToEighthWithMakeUpDaysOnSeptember28AndOctober11() {
        // Fri 2025-09-26 16:00 + 8 h: 2 h Friday, Sat 27 off, Sun 28 make-up 3 h + 3 h → Sun 28 16:30
        assertThat(china.add(sh("2025-09-26T16:00"), Duration.ofHours(8))).isEqualTo(sh("2025-09-28T16:30"));
        // Tue 2025-09-30 17:00 + 2 h: 1 h Tuesday, Oct 1–8 off, Thu Oct 9 09:00–10:00
        assertThat(china.add(sh("2025-09-30T17:00"), Duration.ofHours(2))).isEqualTo(sh("2025-10-09T10:00"));
        // Sat 2025-10-11 is a make-up working day
        assertThat(china.add(sh("2025-10-10T18:00"), Duration.ofHours(1))).isEqualTo(sh("2025-10-11T10:00"));
        assertThat(china.between(sh("2025-09-30T18:00"), sh("2025-10-09T09:00")))
                .isZero();
    }

    @Test
    void dueTimesFallAtTheEndOfAWorkingIntervalNotAtTheStartOfTheNext() {
        assertThat(china.add(sh("2026-11-23T11:00"), Duration.ofHours(1))).isEqualTo(sh("2026-11-23T12:00"));
        assertThat(china.add(sh("2026-11-23T11:00"), Duration.ofMinutes(61))).isEqualTo(sh("2026-11-23T13:31"));
        assertThat(china.add(sh("2026-11-23T12:30"), Duration.ofMinutes(30))).isEqualTo(sh("2026-11-23T14:00"));
    }

    @Test
    void aFullDayAroundTheClockOnTheAlwaysCalendar() {
        BusinessCalendar always = TestCalendars.always();
        assertThat(always.add(sh("2026-10-01T08:00"), Duration.ofHours(24))).isEqualTo(sh("2026-10-02T08:00"));
    }

    @Test
    void theSpringForwardDayOfBerlinHasOneHourLessWorkingTimeAcrossTheNight() {
        BusinessCalendar night = TestCalendars.nightShift(TestCalendars.BERLIN);
        ZoneId berlin = TestCalendars.BERLIN;
        Instant from = LocalDateTime.parse("2026-03-29T00:30").atZone(berlin).toInstant();
        Instant to = LocalDateTime.parse("2026-03-29T04:00").atZone(berlin).toInstant();
        // 02:00–03:00 does not exist on 29 March 2026 in Berlin: 3.5 local hours are 2.5 real ones
        assertThat(night.between(from, to)).isEqualTo(Duration.ofMinutes(150));
        Instant autumnFrom =
                LocalDateTime.parse("2026-10-25T00:30").atZone(berlin).toInstant();
        Instant autumnTo =
                LocalDateTime.parse("2026-10-25T04:00").atZone(berlin).toInstant();
        // 02:00–03:00 happens twice on 25 October: counted once per real hour, 4.5 h
        assertThat(night.between(autumnFrom, autumnTo)).isEqualTo(Duration.ofMinutes(270));
    }

    @Test
    void instantsOutsideTheCoveredYearsAreAClearErrorNotAnEndlessSearch() {
        assertThatThrownBy(() -> china.add(sh("1999-12-31T10:00"), Duration.ofHours(1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("sla.error.outOfRange");
        assertThatThrownBy(() -> china.add(sh("2100-12-31T17:00"), Duration.ofDays(400)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("sla.error.outOfRange");
    }
}
