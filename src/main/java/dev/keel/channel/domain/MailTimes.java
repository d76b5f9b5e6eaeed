package dev.keel.channel.domain;

import jakarta.mail.internet.MailDateFormat;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/**
 * When a message entered the mail system: the date of its newest Received header (the receiving server
 * stamped it), else its Date header. Mail that waited in a backlog keeps its own times, unlike the time
 * Keel fetched it.
 */
final class MailTimes {

    private MailTimes() {}

    static @Nullable Instant sentAt(ParsedMail mail) {
        String received = mail.header("received");
        if (received != null && received.lastIndexOf(';') >= 0) {
            Instant at = parse(received.substring(received.lastIndexOf(';') + 1));
            if (at != null) {
                return at;
            }
        }
        String date = mail.header("date");
        return date == null ? null : parse(date);
    }

    static @Nullable Instant parse(String value) {
        try {
            Date date = new MailDateFormat().parse(value.strip(), new ParsePosition(0));
            return date == null ? null : date.toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
