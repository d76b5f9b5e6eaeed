package dev.keel.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock: the time of the underlying clock, except on a thread that is replaying
 * recorded history ({@link #replaying}), which sees the instant it replays. Only the demo data uses
 * replay, to play sixty days of a service desk through the domain with the times they happened at;
 * every other thread, and every listener that runs after the replayed change committed, sees the
 * real time.
 */
public final class ReplayClock extends Clock {

    private static final ThreadLocal<@Nullable Instant> REPLAYED = new ThreadLocal<>();

    private final Clock actual;

    public ReplayClock(Clock actual) {
        this.actual = Objects.requireNonNull(actual);
    }

    /** Runs {@code work} on this thread as if it were {@code at}; the thread's time is restored after. */
    public static <T> T replaying(Instant at, Supplier<T> work) {
        Instant before = REPLAYED.get();
        REPLAYED.set(Objects.requireNonNull(at));
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : actual.instant();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return actual.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayClock(actual.withZone(zone));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReplayClock that && actual.equals(that.actual);
    }

    @Override
    public int hashCode() {
        return actual.hashCode() * 31 + 7;
    }

    @Override
    public String toString() {
        return "ReplayClock[" + actual + "]";
    }
}
