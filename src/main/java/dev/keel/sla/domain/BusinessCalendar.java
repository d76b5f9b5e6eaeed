package dev.keel.sla.domain;

import dev.keel.shared.DomainException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled business calendar: every working interval from {@link #FIRST} to {@link #LAST} as instants,
 * with the working time before each one summed up. Adding business time and measuring it are then two
 * binary searches, without allocation, so due times are cheap enough to compute on every ticket event.
 *
 * <p>Each local interval is turned into instants with the zone's rules day by day, so a daylight-saving
 * gap shortens that day's working time and an overlap hour is counted once. Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The first and last day a calendar covers; anything outside is an error, never an endless search. */
    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private final ZoneId zone;
    private final long[] starts;
    private final long[] ends;
    private final long[] cumulative;
    private final boolean[] workDay;
    private final long firstEpochDay;
    private final long rangeStart;
    private final long rangeEnd;

    private BusinessCalendar(ZoneId zone, long[] starts, long[] ends, boolean[] workDay) {
        this.zone = zone;
        this.starts = starts;
        this.ends = ends;
        this.workDay = workDay;
        this.cumulative = new long[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            cumulative[i + 1] = cumulative[i] + ends[i] - starts[i];
        }
        this.firstEpochDay = FIRST.toEpochDay();
        this.rangeStart = FIRST.atStartOfDay(zone).toInstant().toEpochMilli();
        this.rangeEnd = LAST.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /**
     * Compiles weekly hours and dated exceptions (a rule replaces the weekday's hours on its date).
     *
     * @throws IllegalArgumentException when the calendar has no working time at all
     */
    public static BusinessCalendar compile(ZoneId zone, Map<DayOfWeek, List<Span>> week, Collection<DayRule> rules) {
        Map<LocalDate, DayRule> byDate = new HashMap<>();
        rules.forEach(r -> byDate.put(r.date(), r));
        int days = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);
        boolean[] workDay = new boolean[days];
        long[] starts = new long[days * 2];
        long[] ends = new long[days * 2];
        int n = 0;
        LocalDate date = FIRST;
        for (int d = 0; d < days; d++, date = date.plusDays(1)) {
            DayRule rule = byDate.get(date);
            List<Span> spans = rule != null ? rule.hours() : week.getOrDefault(date.getDayOfWeek(), List.of());
            LocalDateTime midnight = date.atStartOfDay();
            for (Span span : spans) {
                long s = epochMilli(midnight, span.start(), zone);
                long e = epochMilli(midnight, span.end(), zone);
                if (n > 0 && s < ends[n - 1]) {
                    s = ends[n - 1];
                }
                if (e <= s) {
                    continue;
                }
                workDay[d] = true;
                if (n > 0 && s == ends[n - 1]) {
                    ends[n - 1] = e;
                } else {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        ends = Arrays.copyOf(ends, n * 2);
                    }
                    starts[n] = s;
                    ends[n] = e;
                    n++;
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("a calendar needs some working time");
        }
        return new BusinessCalendar(zone, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), workDay);
    }

    private static long epochMilli(LocalDateTime midnight, int minute, ZoneId zone) {
        return midnight.plusMinutes(minute).atZone(zone).toInstant().toEpochMilli();
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant at which {@code businessTime} of working time has passed after {@code start}: the
     * earliest such instant, so a due time falls at the end of a working interval rather than at the
     * start of the next one. Zero returns {@code start}.
     */
    public Instant add(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("negative business time");
        }
        if (businessTime.isZero()) {
            check(start.toEpochMilli());
            return start;
        }
        return Instant.ofEpochMilli(instantAt(position(start.toEpochMilli()) + businessTime.toMillis()));
    }

    /** Working time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        return Duration.ofMillis(position(to.toEpochMilli()) - position(from.toEpochMilli()));
    }

    /** Same as {@link #add} on epoch milliseconds, for callers that count in milliseconds. */
    public long addMillis(long start, long businessMillis) {
        return businessMillis == 0 ? start : instantAt(position(start) + businessMillis);
    }

    /** True when {@code t} lies in a working interval (start inclusive, end exclusive). */
    public boolean isWorking(Instant t) {
        long ms = t.toEpochMilli();
        int i = lastStartAtOrBefore(check(ms));
        return i >= 0 && ms < ends[i];
    }

    /** True when {@code t} lies in a working interval or is the end of one (where due times fall). */
    public boolean isWorkingOrEnd(Instant t) {
        long ms = t.toEpochMilli();
        int i = lastStartAtOrBefore(check(ms));
        return i >= 0 && ms <= ends[i];
    }

    /** {@code t} itself when it is working time, else the start of the next working interval. */
    public Instant nextWorking(Instant t) {
        long ms = check(t.toEpochMilli());
        int i = lastStartAtOrBefore(ms);
        if (i >= 0 && ms < ends[i]) {
            return t;
        }
        if (i + 1 >= starts.length) {
            throw outOfRange();
        }
        return Instant.ofEpochMilli(starts[i + 1]);
    }

    /** True when the local date has any working time. */
    public boolean isWorkDay(LocalDate date) {
        long index = date.toEpochDay() - firstEpochDay;
        if (index < 0 || index >= workDay.length) {
            throw outOfRange();
        }
        return workDay[(int) index];
    }

    /**
     * The same local time {@code days} working days later (counted from the first working instant at or
     * after {@code start}), as the earliest instant with that much working time behind it.
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("negative days");
        }
        Instant from = nextWorking(start);
        if (days == 0) {
            return from;
        }
        LocalDateTime local = LocalDateTime.ofInstant(from, zone);
        LocalDate date = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (date.isAfter(LAST)) {
                throw outOfRange();
            }
            if (isWorkDay(date)) {
                counted++;
            }
        }
        long target = date.atTime(time).atZone(zone).toInstant().toEpochMilli();
        return Instant.ofEpochMilli(instantAt(position(target)));
    }

    /** Working time from {@link #FIRST} up to {@code t} in milliseconds. */
    long position(long t) {
        int i = lastStartAtOrBefore(check(t));
        if (i < 0) {
            return 0;
        }
        return cumulative[i] + Math.min(t, ends[i]) - starts[i];
    }

    /** The earliest instant with {@code position} of working time behind it. */
    long instantAt(long position) {
        if (position > cumulative[starts.length]) {
            throw outOfRange();
        }
        if (position <= 0) {
            return starts[0];
        }
        // first interval whose end position reaches the target
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid + 1] >= position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return starts[lo] + (position - cumulative[lo]);
    }

    private int lastStartAtOrBefore(long t) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private long check(long t) {
        if (t < rangeStart || t >= rangeEnd) {
            throw outOfRange();
        }
        return t;
    }

    private static DomainException outOfRange() {
        return new DomainException(
                DomainException.Kind.INVALID,
                "calendar-range",
                "sla.error.outOfRange",
                FIRST.getYear(),
                LAST.getYear());
    }
}
