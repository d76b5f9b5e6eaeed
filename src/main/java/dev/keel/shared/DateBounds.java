package dev.keel.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates a person can mean: years 1 to 9999. {@code java.time} accepts years up to ±999,999,999,
 * which no database column and no calendar arithmetic can hold, so inputs outside this range are
 * refused at the edge instead of failing deep inside.
 */
public final class DateBounds {

    /** Message key explaining the range to the person who sent a date outside it. */
    public static final String MESSAGE_KEY = "validation.dateBounds";

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private DateBounds() {}

    public static boolean holds(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean holds(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }

    /** {@code date} unchanged, or an INVALID error on {@code field} when it is outside years 1 to 9999. */
    public static <T> T check(T date, String field) {
        boolean ok = switch (date) {
            case LocalDate d -> holds(d);
            case Instant i -> holds(i);
            default -> true;
        };
        if (!ok) {
            throw DomainException.invalid(field, MESSAGE_KEY);
        }
        return date;
    }
}
