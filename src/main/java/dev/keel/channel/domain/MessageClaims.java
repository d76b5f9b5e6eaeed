package dev.keel.channel.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Exactly one worker processes a received message: a worker claims the row with a guarded update
 * (claimed by nobody, by this node, or by a claim older than {@code keel.channel.claim-timeout}, which
 * a node that died leaves behind) before it processes it, and releases it afterwards. Within a node the
 * rows in work are also held in memory, so the leftover sweep and "poll now" on one node never meet
 * either. A plain UPDATE … WHERE works the same on H2 and PostgreSQL.
 */
@Component
class MessageClaims {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration timeout;
    private final String node = "node-" + UUID.randomUUID();
    private final Set<Long> inWork = ConcurrentHashMap.newKeySet();

    MessageClaims(JdbcTemplate jdbc, Clock clock, @Value("${keel.channel.claim-timeout:PT10M}") Duration timeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Claims a RECEIVED row for this worker; false when it is in work elsewhere or not RECEIVED any more. */
    boolean claim(long id) {
        if (!inWork.add(id)) {
            return false;
        }
        int claimed = jdbc.update(
                "UPDATE channel_message SET claimed_by = ?, claimed_at = ? WHERE id = ? AND status = ?"
                        + " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)",
                node,
                Timestamp.from(clock.instant()),
                id,
                MessageRow.RECEIVED,
                node,
                Timestamp.from(clock.instant().minus(timeout)));
        if (claimed == 0) {
            inWork.remove(id);
            return false;
        }
        return true;
    }

    /** Gives a claimed row back (it is processed, or failed and waits for the next attempt). */
    void release(long id) {
        try {
            jdbc.update(
                    "UPDATE channel_message SET claimed_by = NULL, claimed_at = NULL WHERE id = ? AND claimed_by = ?",
                    id,
                    node);
        } finally {
            inWork.remove(id);
        }
    }

    String node() {
        return node;
    }
}
