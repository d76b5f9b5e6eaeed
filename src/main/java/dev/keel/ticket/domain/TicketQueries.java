package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import dev.keel.shared.Keyset.Page;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.shared.database.DatabaseVendor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketFilter.Sort;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketViewer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queue pages: a filter, the viewer's visibility and a sort, keyset-paginated. Every filter column
 * leads an index that ends with the sort key (see the ticket migration), so a first page reads only the
 * rows it shows, at any table size.
 */
@Component
public class TicketQueries {

    private static final String COLUMNS = "id, number, type, title, status, priority, channel, category_id,"
            + " requester_id, organisation_id, group_id, assignee_id, created_at, updated_at, version, due_at";

    /**
     * On MariaDB, {@code ticket.due_order} is {@code due_at} with "no due time" as this instant, kept by the
     * server (MariaDB has no NULLS LAST, and an expression in ORDER BY cannot walk an index).
     */
    static final Instant NO_DUE_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean dueOrderColumn;

    TicketQueries(DataSource dataSource, DatabaseVendor vendor) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.dueOrderColumn = vendor.mysqlFamily();
    }

    @Transactional(readOnly = true)
    public Page<TicketRow> page(TicketFilter filter, TicketViewer viewer, Sort sort, PageRequest request) {
        return page(filter, viewer, sort, request, null);
    }

    /** As {@link #page}, limited to tickets whose SLA due time is before {@code dueBefore} when given. */
    @Transactional(readOnly = true)
    public Page<TicketRow> page(
            TicketFilter filter, TicketViewer viewer, Sort sort, PageRequest request, @Nullable Instant dueBefore) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        matching(filter, viewer, dueBefore, where, params);
        keyset(sort, request, where, params);
        String sql = "SELECT " + COLUMNS + " FROM ticket"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + orderBy(sort) + " FETCH FIRST " + request.fetchSize() + " ROWS ONLY";
        List<TicketRow> rows = jdbc.query(sql, params, TicketQueries::row);
        return Keyset.page(rows, request, r -> keyOf(r, sort));
    }

    /**
     * How many tickets a queue holds, read up to {@code bound} rows: a {@code FETCH FIRST} of the matching
     * ids (the same indexes as the queue's first page), never a count of a whole table. A result equal to
     * {@code bound} means "that many or more".
     */
    @Transactional(readOnly = true)
    public int countUpTo(TicketFilter filter, TicketViewer viewer, @Nullable Instant dueBefore, int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        matching(filter, viewer, dueBefore, where, params);
        String sql = "SELECT COUNT(*) FROM (SELECT id FROM ticket"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " FETCH FIRST " + bound + " ROWS ONLY) bounded";
        Integer count = jdbc.queryForObject(sql, params, Integer.class);
        return count == null ? 0 : count;
    }

    private static void matching(
            TicketFilter filter,
            TicketViewer viewer,
            @Nullable Instant dueBefore,
            List<String> where,
            MapSqlParameterSource params) {
        conditions(filter, where, params);
        if (dueBefore != null) {
            where.add("due_at < :dueBefore");
            params.addValue("dueBefore", Timestamp.from(dueBefore));
        }
        visibility(viewer, where, params);
    }

    private static void conditions(TicketFilter f, List<String> where, MapSqlParameterSource p) {
        if (!f.statuses().isEmpty()) {
            where.add("status IN (:statuses)");
            p.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        if (!f.groupIds().isEmpty()) {
            where.add("group_id IN (:groupIds)");
            p.addValue("groupIds", f.groupIds());
        }
        if (f.unassigned()) {
            where.add("assignee_id IS NULL");
        } else if (f.assigneeId() != null) {
            where.add("assignee_id = :assigneeId");
            p.addValue("assigneeId", f.assigneeId());
        }
        equal(where, p, "requester_id", "requesterId", f.requesterId());
        equal(where, p, "organisation_id", "organisationId", f.organisationId());
        equal(where, p, "type", "type", f.type() == null ? null : f.type().name());
        equal(
                where,
                p,
                "priority",
                "priority",
                f.priority() == null ? null : f.priority().name());
        equal(where, p, "category_id", "categoryId", f.categoryId());
        equal(
                where,
                p,
                "channel",
                "channel",
                f.channel() == null ? null : f.channel().name());
        if (f.createdFrom() != null) {
            where.add("created_at >= :createdFrom");
            p.addValue("createdFrom", Timestamp.from(f.createdFrom()));
        }
        if (f.createdTo() != null) {
            where.add("created_at < :createdTo");
            p.addValue("createdTo", Timestamp.from(f.createdTo()));
        }
    }

    private static void equal(List<String> where, MapSqlParameterSource p, String column, String name, Object value) {
        if (value != null) {
            where.add(column + " = :" + name);
            p.addValue(name, value);
        }
    }

    /** The same rules as {@link TicketViewer#sees}, as SQL. */
    private static void visibility(TicketViewer v, List<String> where, MapSqlParameterSource p) {
        if (!v.securityMember() && !v.admin()) {
            where.add("(type <> 'SECURITY_INCIDENT' OR requester_id = :reporter)");
            p.addValue("reporter", v.userId());
        }
        if (v.admin()) {
            return;
        }
        p.addValue("viewer", v.userId());
        List<String> any = new ArrayList<>();
        any.add("requester_id = :viewer");
        if (v.agent()) {
            any.add("assignee_id = :viewer");
            if (!v.groupIds().isEmpty()) {
                any.add("group_id IN (:viewerGroups)");
                p.addValue("viewerGroups", v.groupIds());
            }
            if (v.servedOrganisationIds() == null) {
                any.add("TRUE");
            } else if (!v.servedOrganisationIds().isEmpty()) {
                any.add("organisation_id IN (:served)");
                p.addValue("served", v.servedOrganisationIds());
            }
        } else if (v.organisationVisibility() && v.organisationId() != null) {
            any.add("organisation_id = :viewerOrganisation");
            p.addValue("viewerOrganisation", v.organisationId());
        }
        where.add("(" + String.join(" OR ", any) + ")");
    }

    private String orderBy(Sort sort) {
        return switch (sort) {
            case NEWEST -> "id DESC";
            case OLDEST -> "id ASC";
            case RECENTLY_UPDATED -> "updated_at DESC, id DESC";
            case PRIORITY -> "priority ASC, id DESC";
            case DUE -> dueOrderColumn ? "due_order ASC, id ASC" : "due_at ASC NULLS LAST, id ASC";
        };
    }

    private void keyset(Sort sort, PageRequest request, List<String> where, MapSqlParameterSource p) {
        if (request.after() == null) {
            return;
        }
        String[] parts = request.after().split("\\|", 2);
        try {
            long id = Long.parseLong(parts[parts.length - 1]);
            p.addValue("afterId", id);
            switch (sort) {
                case NEWEST -> where.add("id < :afterId");
                case OLDEST -> where.add("id > :afterId");
                case RECENTLY_UPDATED -> {
                    p.addValue("afterUpdated", Timestamp.from(Instant.parse(parts[0])));
                    where.add("(updated_at < :afterUpdated OR (updated_at = :afterUpdated AND id < :afterId))");
                }
                case PRIORITY -> {
                    p.addValue("afterPriority", Priority.valueOf(parts[0]).name());
                    where.add("(priority > :afterPriority OR (priority = :afterPriority AND id < :afterId))");
                }
                case DUE -> {
                    if (dueOrderColumn) {
                        Instant due = parts[0].equals("-") ? NO_DUE_TIME : Instant.parse(parts[0]);
                        p.addValue("afterDue", Timestamp.from(due));
                        where.add("(due_order > :afterDue OR (due_order = :afterDue AND id > :afterId))");
                    } else if (parts[0].equals("-")) {
                        where.add("(due_at IS NULL AND id > :afterId)");
                    } else {
                        p.addValue("afterDue", Timestamp.from(Instant.parse(parts[0])));
                        where.add("(due_at > :afterDue OR (due_at = :afterDue AND id > :afterId) OR due_at IS NULL)");
                    }
                }
            }
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor", "error.cursor");
        }
    }

    private static Object keyOf(TicketRow row, Sort sort) {
        return switch (sort) {
            case NEWEST, OLDEST -> Long.toString(row.id());
            case RECENTLY_UPDATED -> row.updatedAt() + "|" + row.id();
            case PRIORITY -> row.priority() + "|" + row.id();
            case DUE -> (row.dueAt() == null ? "-" : row.dueAt().toString()) + "|" + row.id();
        };
    }

    private static TicketRow row(ResultSet rs, int i) throws SQLException {
        return new TicketRow(
                rs.getLong("id"),
                rs.getString("number"),
                TicketType.valueOf(rs.getString("type")),
                rs.getString("title"),
                TicketStatus.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")),
                Channel.valueOf(rs.getString("channel")),
                (Long) rs.getObject("category_id", Long.class),
                rs.getLong("requester_id"),
                rs.getObject("organisation_id", Long.class),
                rs.getObject("group_id", Long.class),
                rs.getObject("assignee_id", Long.class),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"),
                rs.getTimestamp("due_at") == null
                        ? null
                        : rs.getTimestamp("due_at").toInstant());
    }
}
