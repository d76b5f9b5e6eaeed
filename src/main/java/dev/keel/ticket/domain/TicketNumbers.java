package dev.keel.ticket.domain;

import dev.keel.ticket.TicketType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Ticket numbers such as {@code INC-20261124-000042}: the type's prefix, the day of creation in the
 * service desk's zone, and the ticket's id (unique, increasing) padded to six digits. Safe in e-mail
 * subjects and easy to read out on the phone.
 */
final class TicketNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private TicketNumbers() {}

    static String format(TicketType type, long id, Instant created, ZoneId zone) {
        return type.prefix() + "-" + DAY.format(created.atZone(zone)) + "-" + String.format("%06d", id);
    }
}
