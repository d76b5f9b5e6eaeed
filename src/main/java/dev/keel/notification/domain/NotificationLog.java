package dev.keel.notification.domain;

import dev.keel.notification.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code notification_log} table: one row per attempt, written in its own transaction. */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class NotificationLog implements Notifications {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotificationLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean alreadySent(String eventKey, String recipient) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification_log WHERE event_key = ? AND recipient = ? AND status = 'SENT'",
                Integer.class,
                eventKey,
                recipient);
        return count != null && count > 0;
    }

    void record(Mail mail, NotificationRecord.Status status, @Nullable String error) {
        record(mail, status, error, null);
    }

    void record(Mail mail, NotificationRecord.Status status, @Nullable String error, @Nullable String messageId) {
        jdbc.update(
                "INSERT INTO notification_log"
                        + " (ticket_id, event_key, recipient, subject, kind, sent_at, status, error, message_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                mail.ticketId(),
                mail.eventKey(),
                mail.recipient(),
                abbreviate(mail.subject(), 500),
                mail.kind().name(),
                Timestamp.from(clock.instant()),
                status.name(),
                error == null ? null : abbreviate(error, 2000),
                messageId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<NotificationRecord> forTicket(long ticketId) {
        return jdbc.query(
                "SELECT id, ticket_id, recipient, subject, kind, sent_at, status, error FROM notification_log"
                        + " WHERE ticket_id = ? ORDER BY id",
                (rs, i) -> new NotificationRecord(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        NotificationKind.valueOf(rs.getString(5)),
                        rs.getTimestamp(6).toInstant(),
                        NotificationRecord.Status.valueOf(rs.getString(7)),
                        rs.getString(8)),
                ticketId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> ticketOfSentMessage(String messageId) {
        return jdbc
                .queryForList(
                        "SELECT ticket_id FROM notification_log WHERE message_id = ? ORDER BY id",
                        Long.class,
                        messageId)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> sentMessageIds(long ticketId) {
        return jdbc.queryForList(
                "SELECT message_id FROM notification_log WHERE ticket_id = ? AND status = 'SENT'"
                        + " AND message_id IS NOT NULL ORDER BY id",
                String.class,
                ticketId);
    }

    private static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
