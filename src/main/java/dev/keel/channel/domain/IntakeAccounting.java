package dev.keel.channel.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Accounts per mailbox for every message received, by what became of it ({@link IntakeCount}). */
@Service
public class IntakeAccounting {

    private final JdbcTemplate jdbc;
    private final Mailboxes mailboxes;

    IntakeAccounting(JdbcTemplate jdbc, Mailboxes mailboxes) {
        this.jdbc = jdbc;
        this.mailboxes = mailboxes;
    }

    /** Every mailbox, in the order of the mailbox list. */
    public List<IntakeCount> all() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(
                "SELECT mailbox_id, status, reason, COUNT(*) AS n FROM channel_message GROUP BY mailbox_id, status,"
                        + " reason",
                rs -> {
                    counts.computeIfAbsent(rs.getLong("mailbox_id"), k -> new HashMap<>())
                            .merge(bucket(rs.getString("status"), rs.getString("reason")), rs.getLong("n"), Long::sum);
                });
        return mailboxes.list().stream()
                .map(m -> count(m, counts.getOrDefault(m.id(), Map.of())))
                .toList();
    }

    /** One mailbox (not found: a 404). */
    public IntakeCount of(long mailboxId) {
        MailboxView mailbox = mailboxes.find(mailboxId);
        Map<String, Long> buckets = new HashMap<>();
        jdbc.query(
                "SELECT status, reason, COUNT(*) AS n FROM channel_message WHERE mailbox_id = ? GROUP BY status, reason",
                rs -> {
                    buckets.merge(bucket(rs.getString("status"), rs.getString("reason")), rs.getLong("n"), Long::sum);
                },
                mailboxId);
        return count(mailbox, buckets);
    }

    static String bucket(String status, String reason) {
        return switch (status) {
            case MessageRow.PROCESSED -> "reply".equals(reason) ? "replies" : "tickets";
            case MessageRow.DUPLICATE -> "duplicates";
            case MessageRow.IGNORED, MessageRow.BOUNCE -> "noise";
            case MessageRow.QUARANTINED -> "quarantined";
            case MessageRow.DISCARDED -> "discarded";
            default -> "pending";
        };
    }

    private static IntakeCount count(MailboxView mailbox, Map<String, Long> b) {
        long received = b.values().stream().mapToLong(Long::longValue).sum();
        return new IntakeCount(
                mailbox.id(),
                mailbox.name(),
                received,
                b.getOrDefault("tickets", 0L),
                b.getOrDefault("replies", 0L),
                b.getOrDefault("duplicates", 0L),
                b.getOrDefault("noise", 0L),
                b.getOrDefault("quarantined", 0L),
                b.getOrDefault("discarded", 0L),
                b.getOrDefault("pending", 0L));
    }
}
