package dev.keel.channel.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code channel_message}. */
record MessageRow(
        long id,
        long mailboxId,
        String messageKey,
        @Nullable String messageId,
        @Nullable Long imapUid,
        String rawSha256,
        long rawSize,
        @Nullable String sender,
        @Nullable String subject,
        String status,
        @Nullable String reason,
        @Nullable String detail,
        @Nullable Long ticketId,
        @Nullable Long entryId,
        int attempts,
        boolean flagged,
        Instant receivedAt) {

    static final String COLUMNS = "id, mailbox_id, message_key, message_id, imap_uid, raw_sha256, raw_size, sender,"
            + " subject, status, reason, detail, ticket_id, entry_id, attempts, flagged, received_at";

    static final String RECEIVED = "RECEIVED";
    static final String PROCESSED = "PROCESSED";
    static final String IGNORED = "IGNORED";
    static final String BOUNCE = "BOUNCE";
    static final String QUARANTINED = "QUARANTINED";
    static final String DISCARDED = "DISCARDED";
    static final String DUPLICATE = "DUPLICATE";

    static MessageRow map(ResultSet rs, int row) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        return new MessageRow(
                rs.getLong("id"),
                rs.getLong("mailbox_id"),
                rs.getString("message_key"),
                rs.getString("message_id"),
                rs.getObject("imap_uid", Long.class),
                rs.getString("raw_sha256"),
                rs.getLong("raw_size"),
                rs.getString("sender"),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getString("reason"),
                rs.getString("detail"),
                rs.getObject("ticket_id", Long.class),
                rs.getObject("entry_id", Long.class),
                rs.getInt("attempts"),
                rs.getBoolean("flagged"),
                received.toInstant());
    }
}
