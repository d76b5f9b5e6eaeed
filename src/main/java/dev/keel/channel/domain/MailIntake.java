package dev.keel.channel.domain;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    static final int CONFLICT_ATTEMPTS = 8;
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
    private final MessageClaims claims;
    private final IntakeWorkers workers;
    private IntakeFaults faults = IntakeFaults.NONE;

    MailIntake(
            JdbcTemplate jdbc,
            MailStore store,
            Mailboxes mailboxes,
            MailConnections connections,
            MailProcessor processor,
            Quarantine quarantine,
            MessageClaims claims,
            IntakeWorkers workers,
            Clock clock,
            @Value("${keel.channel.batch:200}") int batch,
            @Value("${keel.channel.max-message-size:50MB}") org.springframework.util.unit.DataSize maxSize) {
        this.jdbc = jdbc;
        this.store = store;
        this.mailboxes = mailboxes;
        this.connections = connections;
        this.processor = processor;
        this.quarantine = quarantine;
        this.claims = claims;
        this.workers = workers;
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
     * Step 2: stores the raw bytes, then the row; returns false when this very message (same IMAP UID)
     * was stored before, by this node or another. A message with the Message-ID and content of one
     * stored before under another UID is a true duplicate: it gets a row of its own with status
     * DUPLICATE pointing to the first, so that it is visible and counted, never dropped unseen. A known
     * Message-ID with different content is a different mail and is stored for processing.
     */
    public boolean store(MailboxView mailbox, MailConnections.Fetched message) {
        byte[] raw = message.raw();
        String sha = store.store(raw).sha256();
        String messageId = null;
        String sender = null;
        String subject = null;
        String content;
        java.time.Instant sentAt = null;
        try {
            ParsedMail headersOnly = MailParser.parse(raw);
            messageId = headersOnly.messageId();
            sender = java.util.Optional.ofNullable(headersOnly.from())
                    .map(ParsedMail.Address::address)
                    .orElse(null);
            subject = headersOnly.subject();
            content = ContentKey.of(headersOnly);
            sentAt = MailTimes.sentAt(headersOnly);
        } catch (RuntimeException unparseable) {
            // stored all the same; processing quarantines it
            content = ContentKey.ofRaw(raw);
        }
        String key = ContentKey.messageKey(messageId, content);
        boolean tooLarge = raw.length > maxBytes;
        Row row = new Row(
                mailbox.id(),
                key,
                messageId == null || messageId.length() > 500 ? null : messageId,
                message.uid(),
                sha,
                raw.length,
                sender == null || sender.length() > 320 ? null : sender,
                subject,
                tooLarge ? MessageRow.QUARANTINED : MessageRow.RECEIVED,
                tooLarge ? "too-large" : null,
                null,
                null,
                sentAt);
        try {
            insert(row);
            return true;
        } catch (DuplicateKeyException sameContent) {
            List<Map<String, Object>> first = jdbc.queryForList(
                    "SELECT id, imap_uid, ticket_id FROM channel_message WHERE mailbox_id = ? AND message_key = ?",
                    mailbox.id(),
                    key);
            if (first.isEmpty()
                    || Long.valueOf(message.uid()).equals(toLong(first.get(0).get("imap_uid")))) {
                return false;
            }
            long firstId = toLong(first.get(0).get("id"));
            log.info(
                    "Message {} (UID {}) of mailbox {} duplicates message #{}; recorded as a duplicate",
                    messageId,
                    message.uid(),
                    mailbox.name(),
                    firstId);
            try {
                insert(new Row(
                        mailbox.id(),
                        "dup:" + message.uid() + ":"
                                + dev.keel.shared.files.ContentHash.sha256(
                                        key.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        row.messageId(),
                        message.uid(),
                        sha,
                        raw.length,
                        row.sender(),
                        subject,
                        MessageRow.DUPLICATE,
                        "duplicate",
                        "#" + firstId,
                        toLong(first.get(0).get("ticket_id")),
                        sentAt));
                return true;
            } catch (DuplicateKeyException alreadyRecorded) {
                return false;
            }
        }
    }

    private record Row(
            long mailboxId,
            String key,
            @Nullable String messageId,
            long uid,
            String sha,
            long size,
            @Nullable String sender,
            @Nullable String subject,
            String status,
            @Nullable String reason,
            @Nullable String detail,
            @Nullable Long ticketId,
            java.time.@Nullable Instant sentAt) {}

    private void insert(Row r) {
        boolean done = !r.status().equals(MessageRow.RECEIVED);
        jdbc.update(
                "INSERT INTO channel_message (mailbox_id, message_key, message_id, imap_uid, raw_sha256, raw_size,"
                        + " sender, subject, subject_key, status, reason, detail, ticket_id, attempts, flagged,"
                        + " received_at, processed_at, sent_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, FALSE, ?, ?, ?)",
                r.mailboxId(),
                r.key(),
                r.messageId(),
                r.uid(),
                r.sha(),
                r.size(),
                r.sender(),
                r.subject() == null ? null : Mailboxes.abbreviate(r.subject(), 500),
                r.subject() == null ? null : Threader.subjectKey(r.subject()),
                r.status(),
                r.reason(),
                r.detail(),
                r.ticketId(),
                Timestamp.from(clock.instant()),
                done ? Timestamp.from(clock.instant()) : null,
                r.sentAt() == null ? null : Timestamp.from(r.sentAt()));
    }

    private static @Nullable Long toLong(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static String messageKey(@Nullable String messageId, String contentHash) {
        return ContentKey.messageKey(messageId, contentHash);
    }

    /**
     * Step 3 for every stored, unprocessed row (of one mailbox, or of all); returns how many it processed.
     * Rows run in parallel on {@code keel.channel.workers} threads (within the database pool), except that
     * rows of one conversation (linked by the same sender or the same normalised subject) run one after the
     * other in arrival order, so that a reply finds the ticket its original opened and a new sender is
     * registered once.
     */
    public int processPending(@Nullable Long mailboxId) {
        List<Map<String, Object>> pending = mailboxId == null
                ? jdbc.queryForList(
                        "SELECT id, subject_key, sender FROM channel_message WHERE status = ? ORDER BY id LIMIT ?",
                        MessageRow.RECEIVED,
                        batch)
                : jdbc.queryForList(
                        "SELECT id, subject_key, sender FROM channel_message WHERE status = ? AND mailbox_id = ?"
                                + " ORDER BY id LIMIT ?",
                        MessageRow.RECEIVED,
                        mailboxId,
                        batch);
        // rows sharing a sender or a normalised subject are one conversation (union-find over both keys)
        Map<String, String> parent = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> row : pending) {
            long id = toLong(row.get("id"));
            String own = "#" + id;
            Object subject = row.get("subject_key");
            Object sender = row.get("sender");
            if (subject != null && !subject.toString().isBlank()) {
                union(parent, own, "s:" + subject);
            }
            if (sender != null) {
                union(parent, own, "f:" + sender);
            }
            ids.add(id);
            keys.add(own);
        }
        Map<String, List<Long>> conversations = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            conversations
                    .computeIfAbsent(find(parent, keys.get(i)), k -> new ArrayList<>())
                    .add(ids.get(i));
        }
        return workers.run(List.copyOf(conversations.values()), this::processOne);
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /**
     * Processes one stored row if this worker can claim it; a failure outside the mail counts an attempt,
     * the fifth quarantines it.
     */
    Optional<MailProcessor.Outcome> processOne(long id) {
        if (!claims.claim(id)) {
            return Optional.empty();
        }
        try {
            return processRetryingConflicts(id);
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
        } finally {
            claims.release(id);
        }
    }

    /**
     * Messages processed in parallel may touch one ticket at once (two replies to it, or routing) or
     * register one new requester at once; the loser of the optimistic lock or unique key tries again after
     * a short pause, on the fresh state, without counting an attempt.
     */
    private Optional<MailProcessor.Outcome> processRetryingConflicts(long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return processor.process(id);
            } catch (org.springframework.dao.ConcurrencyFailureException
                    | org.springframework.dao.DataIntegrityViolationException conflict) {
                if (attempt >= CONFLICT_ATTEMPTS) {
                    throw conflict;
                }
                log.debug("Message {} met a concurrent change (attempt {}); trying again", id, attempt);
                try {
                    Thread.sleep(
                            java.util.concurrent.ThreadLocalRandom.current().nextLong(10, 30L * attempt + 20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw conflict;
                }
            }
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
