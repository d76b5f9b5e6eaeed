package dev.keel.notification.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One logged notification attempt; {@code error} is set when {@code status} is FAILED. */
public record NotificationRecord(
        long id,
        long ticketId,
        String recipient,
        String subject,
        NotificationKind kind,
        Instant sentAt,
        Status status,
        @Nullable String error) {

    public enum Status {
        SENT,
        FAILED
    }
}
