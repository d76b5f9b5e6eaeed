package dev.keel.ticket.domain;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketEvents.TicketCommentAdded;
import dev.keel.ticket.TicketEvents.TicketFirstResponded;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening tickets, reading them and their conversation, and the system-side operations other modules
 * use. Viewer-checked work on a ticket is in {@link TicketWork}.
 */
@Service
@Transactional
public class Tickets implements TicketManagement {

    private final TicketRepository tickets;
    private final TicketIds ids;
    private final TicketEntryRepository entries;
    private final TicketHistoryRepository history;
    private final CategoryRepository categories;
    private final PriorityMatrix matrix;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TicketProperties properties;
    private final Clock clock;

    Tickets(
            TicketRepository tickets,
            TicketIds ids,
            TicketEntryRepository entries,
            TicketHistoryRepository history,
            CategoryRepository categories,
            PriorityMatrix matrix,
            UserDirectory directory,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.ids = ids;
        this.entries = entries;
        this.history = history;
        this.categories = categories;
        this.matrix = matrix;
        this.directory = directory;
        this.events = events;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public TicketView open(OpenTicket command, long actorId) {
        UserSummary requester = directory
                .findUser(command.requesterId())
                .orElseThrow(() -> TicketErrors.invalid("requesterId", "ticket.validation.requester"));
        String title = text("title", command.title(), 200);
        String description = text("description", command.description(), 20000);
        Category category = null;
        if (command.categoryId() != null) {
            category = categories
                    .findById(command.categoryId())
                    .filter(Category::active)
                    .orElseThrow(() -> TicketErrors.invalid("categoryId", "ticket.validation.category"));
        }
        TicketType type = command.type() != null
                ? command.type()
                : category != null && category.defaultType() != null ? category.defaultType() : TicketType.INCIDENT;
        Impact impact = command.impact() != null ? command.impact() : Impact.MINOR;
        Urgency urgency = command.urgency() != null ? command.urgency() : Urgency.MEDIUM;
        Instant now = clock.instant();
        var content = new Ticket.NewTicket(
                type,
                title,
                description,
                command.channel(),
                command.categoryId(),
                impact,
                urgency,
                requester.id(),
                requester.organisationId(),
                actorId);
        Ticket ticket = new Ticket(
                ids.next(), content, matrix.priorityOf(impact, urgency), now, ZoneId.of(properties.numberZone()));
        if (category != null && category.defaultGroupId() != null) {
            ticket.assign(category.defaultGroupId(), null, now);
        }
        save(ticket, actorId, now);
        return view(ticket);
    }

    /** The ticket of an idempotent open, and whether this call opened it or an earlier one with the key did. */
    public record IdempotentOpen(TicketView ticket, boolean replayed) {}

    /**
     * Opens a ticket once per idempotency key and user: a retried request returns the first ticket,
     * marked as replayed (also when the first request committed while this one was on its way).
     */
    public IdempotentOpen openIdempotent(OpenTicket command, long actorId, @Nullable String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new IdempotentOpen(open(command, actorId), false);
        }
        if (idempotencyKey.length() > 200) {
            throw TicketErrors.invalid("Idempotency-Key", "ticket.validation.idempotencyKey");
        }
        Optional<Long> earlier = earlierTicket(actorId, idempotencyKey);
        if (earlier.isPresent()) {
            return new IdempotentOpen(find(earlier.get()).orElseThrow(TicketErrors::notFound), true);
        }
        TicketView opened = open(command, actorId);
        jdbc.update(
                "INSERT INTO ticket_idempotency (user_id, idempotency_key, ticket_id, created_at) VALUES (?, ?, ?, ?)",
                actorId,
                idempotencyKey,
                opened.id(),
                java.sql.Timestamp.from(clock.instant()));
        return new IdempotentOpen(opened, false);
    }

    @Transactional(readOnly = true)
    public Optional<Long> earlierTicket(long actorId, String idempotencyKey) {
        return jdbc
                .queryForList(
                        "SELECT ticket_id FROM ticket_idempotency WHERE user_id = ? AND idempotency_key = ?",
                        Long.class,
                        actorId,
                        idempotencyKey)
                .stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketView> find(long ticketId) {
        return tickets.findById(ticketId).map(Tickets::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketView> findByNumber(String number) {
        return tickets.findByNumber(number).map(Tickets::view);
    }

    @Override
    public TicketView assign(long ticketId, @Nullable Long groupId, @Nullable Long assigneeId, @Nullable Long actorId) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(TicketErrors::notFound);
        Instant now = clock.instant();
        ticket.assign(groupId, assigneeId, now);
        save(ticket, actorId, now);
        return view(ticket);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EntryView> entries(long ticketId) {
        return entries.findByTicketIdOrderById(ticketId).stream()
                .map(TicketEntry::view)
                .toList();
    }

    @Override
    public EntryView addEntry(long ticketId, EntryKind kind, String body, long authorId) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow(TicketErrors::notFound);
        return addEntry(ticket, kind, body, 0, authorId, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> openAssignmentCounts(Set<Long> userIds) {
        Map<Long, Long> counts = new HashMap<>();
        userIds.forEach(id -> counts.put(id, 0L));
        if (userIds.isEmpty()) {
            return counts;
        }
        new NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT assignee_id, COUNT(*) FROM ticket WHERE assignee_id IN (:ids)"
                                + " AND status IN ('ASSIGNED', 'IN_PROGRESS', 'PENDING') GROUP BY assignee_id",
                        new MapSqlParameterSource("ids", userIds),
                        rs -> {
                            counts.put(rs.getLong(1), rs.getLong(2));
                        });
        return counts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return Categories.flatten(categories.findAllByOrderBySortOrderAscIdAsc(), false);
    }

    @Override
    public boolean categoryExists(long categoryId) {
        return categories.existsById(categoryId);
    }

    @Transactional(readOnly = true)
    public List<HistoryView> history(long ticketId) {
        return history.findByTicketIdOrderById(ticketId).stream()
                .map(TicketHistoryEntry::view)
                .toList();
    }

    /** Adds a conversation entry; a first public reply by an agent counts as the first response. */
    EntryView addEntry(Ticket ticket, EntryKind kind, String body, int timeSpent, long authorId, boolean byAgent) {
        String text = text("body", body, 50000);
        if (timeSpent < 0 || timeSpent > 24 * 60) {
            throw TicketErrors.invalid("timeSpentMinutes", "ticket.validation.timeSpent");
        }
        Instant now = clock.instant();
        TicketEntry entry = entries.save(new TicketEntry(ticket.id(), kind, authorId, text, timeSpent, now));
        ticket.touch(now);
        if (kind == EntryKind.PUBLIC_REPLY && byAgent && ticket.recordFirstResponse(now)) {
            events.publishEvent(new TicketFirstResponded(ticket.id(), entry.id()));
        }
        tickets.saveAndFlush(ticket);
        events.publishEvent(new TicketCommentAdded(ticket.id(), entry.id(), kind, authorId));
        return entry.view();
    }

    /** Saves the ticket (which publishes its events) and its history rows. */
    void save(Ticket ticket, @Nullable Long actorId, Instant now) {
        // flushed at once so that the returned view carries the version the client must send back
        tickets.saveAndFlush(ticket);
        for (FieldChange change : ticket.drainChanges()) {
            history.save(new TicketHistoryEntry(ticket.id(), change, actorId, now));
        }
    }

    Ticket load(long ticketId) {
        return tickets.findById(ticketId).orElseThrow(TicketErrors::notFound);
    }

    /** Loads a ticket the viewer may see; anything else is "not found", never "forbidden". */
    Ticket loadVisible(long ticketId, TicketViewer viewer) {
        Ticket ticket = load(ticketId);
        if (!viewer.sees(view(ticket))) {
            throw TicketErrors.notFound();
        }
        return ticket;
    }

    static String text(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (!dev.keel.shared.VisibleText.present(v)) {
            throw TicketErrors.invalid(field, "validation.required");
        }
        if (v.length() > max) {
            throw TicketErrors.invalid(field, "validation.tooLong", max);
        }
        return v;
    }

    static TicketView view(Ticket t) {
        return new TicketView(
                t.id(),
                t.number(),
                t.type(),
                t.title(),
                t.description(),
                t.status(),
                t.pendingReason(),
                t.channel(),
                t.categoryId(),
                t.impact(),
                t.urgency(),
                t.priority(),
                t.requesterId(),
                t.organisationId(),
                t.groupId(),
                t.assigneeId(),
                t.createdBy(),
                t.resolutionCode(),
                t.resolutionNotes(),
                t.rating(),
                t.ratingComment(),
                t.reopenCount(),
                t.createdAt(),
                t.updatedAt(),
                t.firstResponseAt(),
                t.resolvedAt(),
                t.closedAt(),
                t.mergedIntoId(),
                t.version());
    }

    static void checkVersion(Ticket ticket, @Nullable Long expected) {
        if (expected != null && ticket.version() != expected) {
            throw TicketErrors.stale();
        }
    }

    @Override
    public void recordDueAt(long ticketId, @Nullable Instant dueAt) {
        jdbc.update(
                "UPDATE ticket SET due_at = ? WHERE id = ?",
                dueAt == null ? null : java.sql.Timestamp.from(dueAt),
                ticketId);
    }

    @Override
    public TicketView escalate(long ticketId, @Nullable Priority priority, @Nullable Long groupId, String note) {
        Ticket ticket = load(ticketId);
        if (!ticket.status().open()) {
            return view(ticket);
        }
        Instant now = clock.instant();
        if (priority != null) {
            ticket.escalatePriority(priority, now);
        }
        if (groupId != null && !groupId.equals(ticket.groupId())) {
            ticket.assign(groupId, null, now);
        }
        save(ticket, null, now);
        TicketEntry entry = entries.save(new TicketEntry(ticketId, EntryKind.SYSTEM, null, note, 0, now));
        events.publishEvent(new TicketCommentAdded(ticketId, entry.id(), EntryKind.SYSTEM, null));
        return view(ticket);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TicketView> findVisible(long ticketId, long userId) {
        Optional<TicketView> ticket = find(ticketId);
        if (ticket.isEmpty() || directory.findUser(userId).isEmpty()) {
            return Optional.empty();
        }
        return new TicketViewers(directory).of(userId).sees(ticket.get()) ? ticket : Optional.empty();
    }
}
