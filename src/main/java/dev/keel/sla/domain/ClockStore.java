package dev.keel.sla.domain;

import dev.keel.sla.ClockKind;
import dev.keel.sla.ClockState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Clocks, their plan history and fired thresholds in the database; clocks are optimistically locked. */
@Repository
class ClockStore {

    private static final String COLUMNS = "id, ticket_id, kind, state, policy_id, calendar_id, target_amount,"
            + " target_unit, budget_ms, consumed_ms, started_at, running_since, due_at, stopped_at, breached,"
            + " next_check_at, version";

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SlaClock> ofTicket(long ticketId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock WHERE ticket_id = ? ORDER BY id")
                .param(ticketId)
                .query(ClockStore::clock)
                .list();
    }

    /** Reads a clock and locks its row until the transaction ends. */
    Optional<SlaClock> lock(long clockId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sla_clock WHERE id = ? FOR UPDATE")
                .param(clockId)
                .query(ClockStore::clock)
                .optional();
    }

    List<Long> dueForCheck(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM sla_clock WHERE next_check_at <= ? ORDER BY next_check_at, id FETCH FIRST "
                        + limit + " ROWS ONLY")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    void insert(SlaClock c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sla_clock (ticket_id, kind, state, policy_id, calendar_id, target_amount, target_unit,"
                        + " budget_ms, consumed_ms, started_at, running_since, due_at, stopped_at, breached,"
                        + " next_check_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .param(c.ticketId)
                .param(c.kind.name())
                .param(c.state.name())
                .param(c.policyId)
                .param(c.calendarId)
                .param(c.targetAmount)
                .param(c.targetUnit.name())
                .param(c.budgetMs)
                .param(c.consumedMs)
                .param(ts(c.startedAt))
                .param(ts(c.runningSince))
                .param(ts(c.dueAt))
                .param(ts(c.stoppedAt))
                .param(c.breached)
                .param(ts(c.nextCheckAt))
                .update(keys, "id");
        c.id = keys.getKeyAs(Number.class).longValue();
    }

    void update(SlaClock c) {
        int updated = jdbc.sql("UPDATE sla_clock SET state = ?, policy_id = ?, calendar_id = ?, target_amount = ?,"
                        + " target_unit = ?, budget_ms = ?, consumed_ms = ?, running_since = ?, due_at = ?,"
                        + " stopped_at = ?, breached = ?, next_check_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .param(c.state.name())
                .param(c.policyId)
                .param(c.calendarId)
                .param(c.targetAmount)
                .param(c.targetUnit.name())
                .param(c.budgetMs)
                .param(c.consumedMs)
                .param(ts(c.runningSince))
                .param(ts(c.dueAt))
                .param(ts(c.stoppedAt))
                .param(c.breached)
                .param(ts(c.nextCheckAt))
                .param(c.id)
                .param(c.version)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("clock " + c.id + " changed meanwhile");
        }
        c.version++;
    }

    void plan(SlaClock c, Instant at, String reason, String policyName) {
        jdbc.sql("INSERT INTO sla_plan (clock_id, ticket_id, planned_at, reason, policy_id, policy_name,"
                        + " target_amount, target_unit, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(c.id)
                .param(c.ticketId)
                .param(ts(at))
                .param(reason)
                .param(c.policyId)
                .param(policyName.length() > 100 ? policyName.substring(0, 100) : policyName)
                .param(c.targetAmount)
                .param(c.targetUnit.name())
                .param(ts(c.dueAt))
                .update();
    }

    List<PlanView> plans(long ticketId) {
        return jdbc.sql("SELECT p.clock_id, c.kind, p.planned_at, p.reason, p.policy_name, p.target_amount,"
                        + " p.target_unit, p.due_at FROM sla_plan p JOIN sla_clock c ON c.id = p.clock_id"
                        + " WHERE p.ticket_id = ? ORDER BY p.id")
                .param(ticketId)
                .query((rs, i) -> new PlanView(
                        rs.getLong(1),
                        ClockKind.valueOf(rs.getString(2)),
                        instant(rs, 3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        TargetUnit.valueOf(rs.getString(7)),
                        instant(rs, 8)))
                .list();
    }

    Set<Integer> fired(long clockId) {
        return new TreeSet<>(jdbc.sql("SELECT threshold_percent FROM sla_threshold_fired WHERE clock_id = ?")
                .param(clockId)
                .query(Integer.class)
                .list());
    }

    void fire(long clockId, int percent, Instant at) {
        jdbc.sql("INSERT INTO sla_threshold_fired (clock_id, threshold_percent, fired_at) VALUES (?, ?, ?)")
                .param(clockId)
                .param(percent)
                .param(ts(at))
                .update();
    }

    private static @Nullable Timestamp ts(@Nullable Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static SlaClock clock(ResultSet rs, int i) throws SQLException {
        return new SlaClock(
                rs.getLong("id"),
                rs.getLong("ticket_id"),
                ClockKind.valueOf(rs.getString("kind")),
                ClockState.valueOf(rs.getString("state")),
                rs.getObject("policy_id", Long.class),
                rs.getLong("calendar_id"),
                rs.getInt("target_amount"),
                TargetUnit.valueOf(rs.getString("target_unit")),
                rs.getLong("budget_ms"),
                rs.getLong("consumed_ms"),
                instant(rs, "started_at"),
                instant(rs, "running_since"),
                instant(rs, "due_at"),
                instant(rs, "stopped_at"),
                rs.getBoolean("breached"),
                instant(rs, "next_check_at"),
                rs.getLong("version"));
    }
}
