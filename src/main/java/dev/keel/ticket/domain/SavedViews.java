package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agent's own named queues: a {@link TicketFilter} stored as JSON. Each view belongs to one user;
 * another user's view is "not found".
 */
@Service
@Transactional
public class SavedViews {

    static final int MAX_VIEWS_PER_USER = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SavedViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A saved view as its owner sees it. */
    public record SavedView(long id, String name, TicketFilter filter) {}

    @Transactional(readOnly = true)
    public List<SavedView> of(long ownerId) {
        return jdbc.sql("SELECT id, name, filter FROM ticket_saved_view WHERE owner_id = ? ORDER BY name, id")
                .param(ownerId)
                .query((rs, i) -> new SavedView(rs.getLong(1), rs.getString(2), read(rs.getString(3))))
                .list();
    }

    @Transactional(readOnly = true)
    public SavedView find(long id, long ownerId) {
        return jdbc.sql("SELECT id, name, filter FROM ticket_saved_view WHERE id = ? AND owner_id = ?")
                .param(id)
                .param(ownerId)
                .query((rs, i) -> new SavedView(rs.getLong(1), rs.getString(2), read(rs.getString(3))))
                .optional()
                .orElseThrow(SavedViews::notFound);
    }

    /** Saves a new view; the name is required (at most 100 characters). */
    public SavedView save(long ownerId, @Nullable String name, TicketFilter filter) {
        String checked = Tickets.text("name", name, 100);
        String stored = json.writeValueAsString(Stored.of(filter));
        if (stored.length() > 4000) {
            throw TicketErrors.invalid("name", "workspace.validation.filterTooLarge");
        }
        Integer count = jdbc.sql("SELECT COUNT(*) FROM ticket_saved_view WHERE owner_id = ?")
                .param(ownerId)
                .query(Integer.class)
                .single();
        if (count != null && count >= MAX_VIEWS_PER_USER) {
            throw TicketErrors.invalid("name", "workspace.validation.tooManyViews", MAX_VIEWS_PER_USER);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ticket_saved_view (owner_id, name, filter, version) VALUES (?, ?, ?, 0)")
                .param(ownerId)
                .param(checked)
                .param(stored)
                .update(keys, "id");
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("no key generated for the saved view");
        }
        return new SavedView(id.longValue(), checked, filter);
    }

    public void delete(long id, long ownerId) {
        int deleted = jdbc.sql("DELETE FROM ticket_saved_view WHERE id = ? AND owner_id = ?")
                .param(id)
                .param(ownerId)
                .update();
        if (deleted == 0) {
            throw notFound();
        }
    }

    private TicketFilter read(String stored) {
        try {
            return json.readValue(stored, Stored.class).filter();
        } catch (JacksonException e) {
            // a view written by an older release that no longer reads shows everything open
            return TicketFilter.open();
        }
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "view-not-found", "workspace.error.viewNotFound");
    }

    /** The stored form of a filter: every field may be missing, so that old views keep working. */
    record Stored(
            @Nullable Set<TicketStatus> statuses,
            @Nullable Set<Long> groupIds,
            @Nullable Long assigneeId,
            @Nullable Boolean unassigned,
            @Nullable Long requesterId,
            @Nullable Long organisationId,
            @Nullable TicketType type,
            @Nullable Priority priority,
            @Nullable Long categoryId,
            @Nullable Channel channel,
            @Nullable Instant createdFrom,
            @Nullable Instant createdTo) {

        static Stored of(TicketFilter f) {
            return new Stored(
                    f.statuses(),
                    f.groupIds(),
                    f.assigneeId(),
                    f.unassigned(),
                    f.requesterId(),
                    f.organisationId(),
                    f.type(),
                    f.priority(),
                    f.categoryId(),
                    f.channel(),
                    f.createdFrom(),
                    f.createdTo());
        }

        TicketFilter filter() {
            return new TicketFilter(
                    statuses == null ? Set.of() : Set.copyOf(statuses),
                    groupIds == null ? Set.of() : Set.copyOf(groupIds),
                    assigneeId,
                    Boolean.TRUE.equals(unassigned),
                    requesterId,
                    organisationId,
                    type,
                    priority,
                    categoryId,
                    channel,
                    createdFrom,
                    createdTo);
        }
    }
}
