package dev.keel.bench;

import dev.keel.sla.domain.BusinessCalendar;
import dev.keel.sla.domain.Calendars;
import dev.keel.sla.domain.DayRule;
import dev.keel.sla.domain.ScheduleImport;
import dev.keel.sla.domain.Span;
import dev.keel.sla.domain.Target;
import dev.keel.sla.domain.TargetUnit;
import dev.keel.sla.domain.WeekHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Due-time computation on the mainland-China calendar with the official 2024–2026 holidays and make-up
 * days (target: ≥ 1 M per second per core). Start instants are random over 2024–2026, so holidays,
 * weekends and make-up days are all hit. One thread = one core.
 *
 * <pre>java -cp $CP dev.keel.bench.DueTimeBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DueTimeBenchmark {

    private static final int STARTS = 1 << 16;

    private BusinessCalendar calendar;
    private Instant[] starts;
    private int next;
    private final Target hours = new Target(4, TargetUnit.BUSINESS_HOURS);
    private final Target days = new Target(3, TargetUnit.BUSINESS_DAYS);
    private final Duration eightHours = Duration.ofHours(8);

    @Setup
    public void setUp() {
        calendar = china();
        SplittableRandom random = new SplittableRandom(42);
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        long span = Duration.ofDays(3 * 365).toMillis();
        starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = from.plusMillis(random.nextLong(span));
        }
    }

    static BusinessCalendar china() {
        Map<DayOfWeek, String> fields = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            fields.put(d, d.getValue() <= 5 ? "09:00-12:00,13:30-18:00" : "");
        }
        Map<DayOfWeek, List<Span>> week = WeekHours.of(fields);
        List<DayRule> rules = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            rules.addAll(
                    ScheduleImport.json(Calendars.officialSchedule(year), week).rules());
        }
        return BusinessCalendar.compile(ZoneId.of("Asia/Shanghai"), week, rules);
    }

    private Instant start() {
        return starts[next++ & (STARTS - 1)];
    }

    /** First response: 4 business hours. */
    @Benchmark
    public Instant dueInBusinessHours() {
        return hours.due(calendar, start());
    }

    /** Resolution: 3 business days at the same local time. */
    @Benchmark
    public Instant dueInBusinessDays() {
        return days.due(calendar, start());
    }

    /** Elapsed business time between two instants (the panel's "used"). */
    @Benchmark
    public Duration businessTimeBetween() {
        Instant a = start();
        return calendar.between(a, a.plus(eightHours));
    }

    public static void main(String[] args) throws RunnerException {
        long compileStart = System.nanoTime();
        china();
        System.out.printf(
                "compiling the calendar (2000–2100, 2024–2026 holidays): %.1f ms%n",
                (System.nanoTime() - compileStart) / 1e6);
        new Runner(new OptionsBuilder()
                        .include(DueTimeBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
