package dev.keel.channel.domain;

import dev.keel.channel.MailboxView;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The intake pipeline of one mailbox, each step its own transaction: (1) list unseen messages by UID,
 * (2) store each one's raw bytes and a row keyed by (mailbox, Message-ID or SHA-256 of the bytes) — a
 * second node or a retried poll finds the row and stores nothing again, (3) process every stored and
 * unprocessed row ({@link MailProcessor}, one transaction per message), (4) only then set {@code \Seen}
 * on the server. A crash between any two steps is repaired by the next poll.
 */
@Service
public class MailIntake {

    private static final Logger log = LoggerFactory.getLogger(MailIntake.class);
    static final int MAX_ATTEMPTS = 5;
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final MailStore store;
    private final Mailboxes mailboxes;
    private final MailConnections connections;
    private final MailProcessor processor;
    private final Clock clock;
    private final int batch;
    private final long maxBytes;
    private final Quarantine quarantine;
    private IntakeFaults faults = IntakeFaults.NONE;

    MailIntake(
            JdbcTemplate jdbc,
            MailStore store,
            Mailboxes mailboxes,
            MailConnections connections,
            MailProcessor processor,
            Quarantine quarantine,
            Clock clock,
            @Value("${keel.channel.batch:200}") int batch,
            @Value("${keel.channel.max-message-size:50MB}") org.springframework.util.unit.DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.mailboxes = mailboxes;
        this.connections = connections;
        this.processor = processor;
        this.quarantine = quarantine;
        this.clock = clock;
        this.batch = batch;
        this.maxBytes = maxSize.toBytes();
    }

    void faults(IntakeFaults faults) {
        this.faults = faults;
        processor.faults(faults);
    }

    /** What one poll did. */
    public record PollResult(
            int fetched,
            int processed,
            int flagged,
            @Nullable String error) implements java.io.Serializable {}

    /**
     * Polls every enabled mailbox whose interval has elapsed, then processes leftovers: stored messages
     * older than a minute that nobody processed (a node died between storing and processing).
     */
    public void pollDue() {
        for (MailboxView mailbox : mailboxes.due(clock.instant())) {
            poll(mailbox.id());
        }
        for (long id : jdbc.queryForList(
                "SELECT id FROM channel_message WHERE status = ? AND received_at < ? ORDER BY id LIMIT ?",
                Long.class,
                MessageRow.RECEIVED,
                Timestamp.from(clock.instant().minus(LEFTOVER_AGE)),
                batch)) {
            processOne(id);
        }
    }

    /** Polls one mailbox now, whatever its interval or state. */
    public PollResult poll(long mailboxId) {
        MailboxView mailbox = mailboxes.find(mailboxId);
        int fetched = 0;
        int processed;
        int flagged = 0;
        List<Long> duplicates = new ArrayList<>();
        try (MailConnections.ImapSession session = connections.open(mailbox, mailboxes.imapPassword(mailboxId))) {
            for (long uid : session.unseen(batch)) {
                if (storedUid(mailboxId, uid)) {
                    continue;
                }
                MailConnections.Fetched message = session.fetch(uid);
                if (message == null) {
                    continue;
                }
                if (!store(mailbox, message)) {
                    duplicates.add(uid);
                }
                fetched++;
                faults.at(IntakeFaults.Step.AFTER_STORE);
            }
            processed = processPending(mailboxId);
            faults.at(IntakeFaults.Step.AFTER_PROCESS);
            for (MessageRow row : unflagged(mailboxId)) {
                session.markSeen(row.imapUid());
                jdbc.update("UPDATE channel_message SET flagged = TRUE WHERE id = ?", row.id());
                flagged++;
            }
            for (long uid : duplicates) {
                session.markSeen(uid);
            }
            mailboxes.polled(mailboxId, null);
            return new PollResult(fetched, processed, flagged, null);
        } catch (MessagingException | IOException | java.io.UncheckedIOException e) {
            String error = MailConnections.scrub(e, null);
            log.warn("Polling mailbox {} failed: {}", mailbox.name(), error);
            mailboxes.polled(mailboxId, error);
            return new PollResult(fetched, 0, flagged, error);
        }
    }

    /**
     * Step 2: stores the raw bytes, then the row; returns false when the row already existed (a duplicate
     * or a message another node stored first).
     */
    public boolean store(MailboxView mailbox, MailConnections.Fetched message) {
        byte[] raw = message.raw();
        String sha = store.store(raw);
        ParsedMail headersOnly = null;
        String messageId = null;
        String sender = null;
        String subject = null;
        try {
            headersOnly = MailParser.parse(raw);
            messageId = headersOnly.messageId();
            sender = headersOnly.from() == null ? null : headersOnly.from().address();
            subject = headersOnly.subject();
        } catch (RuntimeException unparseable) {
            // stored all the same; processing quarantines it
        }
        String key = messageKey(messageId, sha);
        boolean tooLarge = raw.length > maxBytes;
        try {
            jdbc.update(
                    "INSERT INTO channel_message (mailbox_id, message_key, message_id, imap_uid, raw_sha256, raw_size,"
                            + " sender, subject, subject_key, status, reason, attempts, flagged, received_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, ?)",
                    mailbox.id(),
                    key,
                    messageId == null || messageId.length() > 500 ? null : messageId,
                    message.uid(),
                    sha,
                    (long) raw.length,
                    sender == null || sender.length() > 320 ? null : sender,
                    subject == null ? null : Mailboxes.abbreviate(subject, 500),
                    subject == null ? null : Threader.subjectKey(subject),
                    tooLarge ? MessageRow.QUARANTINED : MessageRow.RECEIVED,
                    tooLarge ? "too-large" : null,
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    static String messageKey(@Nullable String messageId, String sha) {
        if (messageId == null || messageId.isBlank()) {
            return "sha256:" + sha;
        }
        return messageId.length() <= 190
                ? "id:" + messageId
                : "idsha:" + MailStore.sha256(messageId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Step 3 for every stored, unprocessed row (of one mailbox, or of all); returns how many it processed. */
    public int processPending(@Nullable Long mailboxId) {
        List<Long> pending = mailboxId == null
                ? jdbc.queryForList(
                        "SELECT id FROM channel_message WHERE status = ? ORDER BY id LIMIT ?",
                        Long.class,
                        MessageRow.RECEIVED,
                        batch)
                : jdbc.queryForList(
                        "SELECT id FROM channel_message WHERE status = ? AND mailbox_id = ? ORDER BY id LIMIT ?",
                        Long.class,
                        MessageRow.RECEIVED,
                        mailboxId,
                        batch);
        int done = 0;
        for (long id : pending) {
            if (processOne(id).isPresent()) {
                done++;
            }
        }
        return done;
    }

    /** Processes one stored row; a failure outside the mail counts an attempt, the fifth quarantines it. */
    Optional<MailProcessor.Outcome> processOne(long id) {
        try {
            return processor.process(id);
        } catch (IntakeFaults.Crash crash) {
            throw crash;
        } catch (RuntimeException e) {
            log.warn("Processing received message {} failed: {}", id, e.toString());
            jdbc.update("UPDATE channel_message SET attempts = attempts + 1 WHERE id = ?", id);
            Integer attempts =
                    jdbc.queryForObject("SELECT attempts FROM channel_message WHERE id = ?", Integer.class, id);
            if (attempts != null && attempts >= MAX_ATTEMPTS) {
                processor.quarantine(id, "failed", e.toString());
            }
            return Optional.empty();
        }
    }

    /**
     * Takes a quarantined message out of quarantine (audited) and processes it again; returns its new
     * status (QUARANTINED again when the reason remains).
     */
    public String retry(long id, dev.keel.shared.Actor actor) {
        quarantine.reopen(id, actor);
        processOne(id);
        return jdbc.queryForObject("SELECT status FROM channel_message WHERE id = ?", String.class, id);
    }

    /** What parsing, classifying and threading made of a message, without storing anything. */
    public record Analysis(String kind, @Nullable Long ticketId, int freshLength, int parts) {}

    /** Parses, classifies, folds and threads raw bytes without storing or changing anything (diagnostics, benchmark). */
    public Analysis analyse(byte[] raw) {
        ParsedMail mail = MailParser.parse(raw);
        java.util.Set<String> own = new java.util.HashSet<>(mailboxes.addresses());
        MailClassifier.Kind kind = MailClassifier.classify(mail, own);
        QuoteFolder.Folded folded = QuoteFolder.fold(mail.text());
        Long ticket = processor.thread(mail).orElse(null);
        return new Analysis(
                kind.name(), ticket, folded.fresh().length(), mail.parts().size());
    }

    private boolean storedUid(long mailboxId, long uid) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM channel_message WHERE mailbox_id = ? AND imap_uid = ?",
                Integer.class,
                mailboxId,
                uid);
        return count != null && count > 0;
    }

    private List<MessageRow> unflagged(long mailboxId) {
        return jdbc.query(
                "SELECT " + MessageRow.COLUMNS + " FROM channel_message WHERE mailbox_id = ? AND flagged = FALSE"
                        + " AND status <> ? AND imap_uid IS NOT NULL ORDER BY id",
                MessageRow::map,
                mailboxId,
                MessageRow.RECEIVED);
    }
}
