package dev.keel.sla.domain;

import java.time.Duration;
import java.time.Instant;

/** A promised amount of business time, e.g. 4 business hours or 3 business days. */
public record Target(int amount, TargetUnit unit) {

    public static final int MAX_AMOUNT = 10_000;

    public Target {
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("target out of range: " + amount);
        }
    }

    /** When a clock started at {@code start} on {@code calendar} is due. */
    public Instant due(BusinessCalendar calendar, Instant start) {
        return switch (unit) {
            case BUSINESS_MINUTES -> calendar.add(start, Duration.ofMinutes(amount));
            case BUSINESS_HOURS -> calendar.add(start, Duration.ofHours(amount));
            case BUSINESS_DAYS -> calendar.addWorkingDays(start, amount);
        };
    }

    /** The business time this target grants a clock started at {@code start}. */
    public Duration budget(BusinessCalendar calendar, Instant start) {
        return switch (unit) {
            case BUSINESS_MINUTES -> Duration.ofMinutes(amount);
            case BUSINESS_HOURS -> Duration.ofHours(amount);
            case BUSINESS_DAYS -> calendar.between(start, due(calendar, start));
        };
    }
}
