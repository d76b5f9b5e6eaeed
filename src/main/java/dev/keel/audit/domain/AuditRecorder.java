package dev.keel.audit.domain;

import dev.keel.audit.AuditEntry;
import dev.keel.audit.AuditLog;
import dev.keel.shared.AuditableEvent;
import dev.keel.shared.Keyset;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries and verifies the chain. The chain head row is locked for every append, so writers
 * on any number of nodes extend the chain strictly one after the other.
 */
@Service
public class AuditRecorder implements AuditLog {

    private static final int MAX_DETAILS = 4000;
    private static final String COLUMNS =
            "seq, occurred_at, actor, action, subject, details, remote_address, prev_hash, hash";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;

    AuditRecorder(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
    }

    @Transactional
    public AuditEntry append(AuditableEvent event) {
        Head head = jdbc.queryForObject(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (head == null) {
            throw new IllegalStateException("audit_chain_head row is missing");
        }
        long seq = head.lastSeq() + 1;
        // the database keeps microseconds; hash exactly what it keeps
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = cut(event.actor(), 100);
        String action = cut(event.action(), 100);
        String subject = event.subject() == null ? null : cut(event.subject(), 200);
        String details = cut(event.details(), MAX_DETAILS);
        String address = event.remoteAddress() == null ? null : cut(event.remoteAddress(), 64);
        String hash = AuditHashing.hash(head.lastHash(), seq, at, actor, action, subject, details, address);
        jdbc.update(
                "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq,
                Timestamp.from(at),
                actor,
                action,
                subject,
                details,
                address,
                head.lastHash(),
                hash);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return new AuditEntry(seq, at, actor, action, subject, details, address, head.lastHash(), hash);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(@Nullable String action, PageRequest request) {
        long before = request.afterLong(Long.MAX_VALUE);
        List<AuditEntry> rows = action == null || action.isBlank()
                ? jdbc.query(
                        "SELECT " + COLUMNS + " FROM audit_entry WHERE seq < ? ORDER BY seq DESC FETCH FIRST "
                                + request.fetchSize() + " ROWS ONLY",
                        AuditRecorder::entry,
                        before)
                : jdbc.query(
                        "SELECT " + COLUMNS + " FROM audit_entry WHERE action = ? AND seq < ? ORDER BY seq DESC"
                                + " FETCH FIRST " + request.fetchSize() + " ROWS ONLY",
                        AuditRecorder::entry,
                        action.trim(),
                        before);
        return Keyset.page(rows, request, AuditEntry::seq);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditHashing.GENESIS);
        AtomicReference<@Nullable Long> broken = new AtomicReference<>();
        AtomicReference<@Nullable String> reason = new AtomicReference<>();
        // The head is read first: an append commits its entry and the head together, so every entry up to
        // the head's sequence is already visible, and entries appended while we verify are left for next time.
        Head head = jdbc.queryForObject(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)));
        if (head == null) {
            throw new IllegalStateException("audit_chain_head row is missing");
        }
        streaming.query(
                "SELECT " + COLUMNS + " FROM audit_entry WHERE seq <= ? ORDER BY seq",
                (RowCallbackHandler) rs -> {
                    if (broken.get() != null) {
                        return;
                    }
                    AuditEntry e = entry(rs, 0);
                    long expectedSeq = checked.get() + 1;
                    if (e.seq() != expectedSeq) {
                        broken.set(expectedSeq);
                        reason.set("missing");
                    } else if (!e.prevHash().equals(previous.get())) {
                        broken.set(e.seq());
                        reason.set("link");
                    } else if (!e.hash()
                            .equals(AuditHashing.hash(
                                    e.prevHash(),
                                    e.seq(),
                                    e.occurredAt(),
                                    e.actor(),
                                    e.action(),
                                    e.subject(),
                                    e.details(),
                                    e.remoteAddress()))) {
                        broken.set(e.seq());
                        reason.set("hash");
                    } else {
                        checked.incrementAndGet();
                        previous.set(e.hash());
                    }
                },
                head.lastSeq());
        if (broken.get() == null) {
            if (head.lastSeq() != checked.get() || !head.lastHash().equals(previous.get())) {
                broken.set(checked.get() + 1);
                reason.set("truncated");
            }
        }
        return new ChainVerification(checked.get(), broken.get(), reason.get(), clock.instant());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("details"),
                rs.getString("remote_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private record Head(long lastSeq, String lastHash) {}
}
