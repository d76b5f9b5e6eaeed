package dev.keel.ticket.domain;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.DomainException;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.Impact;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.ResolutionCode;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.Urgency;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a person does to a ticket, checked against who they are: a ticket they may not see is
 * "not found"; requesters reply, accept, reject, rate and reopen their own tickets; agents do the rest.
 * {@code expectedVersion} (nullable) guards against lost updates.
 */
@Service
@Transactional
public class TicketWork {

    private final Tickets tickets;
    private final PriorityMatrix matrix;
    private final CategoryRepository categories;
    private final UserDirectory directory;
    private final JdbcTemplate jdbc;
    private final TicketProperties properties;
    private final Clock clock;

    TicketWork(
            Tickets tickets,
            PriorityMatrix matrix,
            CategoryRepository categories,
            UserDirectory directory,
            JdbcTemplate jdbc,
            TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.matrix = matrix;
        this.categories = categories;
        this.directory = directory;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TicketView view(long ticketId, TicketViewer viewer) {
        return Tickets.view(tickets.loadVisible(ticketId, viewer));
    }

    /** The conversation as this viewer may see it: requesters never see internal notes. */
    @Transactional(readOnly = true)
    public List<EntryView> conversation(long ticketId, TicketViewer viewer) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        boolean agent = viewer.works(Tickets.view(ticket));
        return tickets.entries(ticketId).stream()
                .filter(e -> agent || e.kind() != EntryKind.INTERNAL_NOTE)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<HistoryView> history(long ticketId, TicketViewer viewer) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        if (viewer.works(Tickets.view(ticket))) {
            return tickets.history(ticketId);
        }
        // the same visibility as the thing recorded: an internal file (or an internal note's file) is not
        // shown to requesters, so neither is the history line that names it
        Set<String> internalFiles = Set.copyOf(jdbc.queryForList(
                "SELECT file_name FROM ticket_attachment WHERE ticket_id = ? AND internal = TRUE",
                String.class,
                ticketId));
        return tickets.history(ticketId).stream()
                .filter(h -> !h.field().equals("attachment") || !internalFiles.contains(h.newValue()))
                .toList();
    }

    /**
     * Adds a reply or note. Requesters may only add public replies; a requester's reply to a ticket
     * pending on them resumes it.
     */
    public EntryView reply(long ticketId, TicketViewer viewer, EntryKind kind, String body, int timeSpentMinutes) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        boolean agent = viewer.works(Tickets.view(ticket));
        if (kind == EntryKind.SYSTEM || (!agent && kind != EntryKind.PUBLIC_REPLY)) {
            throw TicketErrors.notAllowed();
        }
        if (!agent && !ticket.status().open() && ticket.status() != TicketStatus.RESOLVED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ticket-closed", "ticket.error.notOpen");
        }
        EntryView entry = tickets.addEntry(ticket, kind, body, agent ? timeSpentMinutes : 0, viewer.userId(), agent);
        if (!agent && ticket.status() == TicketStatus.PENDING && ticket.pendingReason() == PendingReason.REQUESTER) {
            ticket.resume(clock.instant());
            tickets.save(ticket, viewer.userId(), clock.instant());
        }
        return entry;
    }

    /** Assigns to a group and/or a person; the person must belong to the group. */
    public TicketView assign(
            long ticketId,
            TicketViewer viewer,
            @Nullable Long groupId,
            @Nullable Long assigneeId,
            @Nullable Long expectedVersion) {
        Ticket ticket = agentTicket(ticketId, viewer, expectedVersion);
        Long group = groupId;
        if (group != null) {
            GroupSummary summary = directory
                    .findGroup(group)
                    .orElseThrow(() -> TicketErrors.invalid("groupId", "ticket.validation.group"));
            if (assigneeId != null && !summary.memberIds().contains(assigneeId)) {
                throw TicketErrors.invalid("assigneeId", "ticket.validation.assigneeNotMember");
            }
        } else if (assigneeId != null) {
            directory
                    .findUser(assigneeId)
                    .orElseThrow(() -> TicketErrors.invalid("assigneeId", "ticket.validation.assignee"));
            group = ticket.groupId();
        }
        Instant now = clock.instant();
        ticket.assign(group, assigneeId, now);
        tickets.save(ticket, viewer.userId(), now);
        return Tickets.view(ticket);
    }

    /** {@link #claim(long, TicketViewer, boolean, Long)} without taking over from a colleague. */
    public TicketView claim(long ticketId, TicketViewer viewer, @Nullable Long expectedVersion) {
        return claim(ticketId, viewer, false, expectedVersion);
    }

    /**
     * The agent takes the ticket, within their own groups: a ticket of a group they are not in is
     * refused (CONFLICT; it is moved with "assign" instead, visibly); a ticket without a group goes to
     * their first group. A ticket assigned to a colleague is taken over only with {@code takeOver}
     * (the page asks first), otherwise CONFLICT naming the colleague.
     */
    public TicketView claim(long ticketId, TicketViewer viewer, boolean takeOver, @Nullable Long expectedVersion) {
        Ticket ticket = agentTicket(ticketId, viewer, expectedVersion);
        Long group = ticket.groupId();
        if (group != null && !viewer.groupIds().contains(group)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "claim-other-group",
                    "ticket.error.claimOtherGroup",
                    directory.findGroup(group).map(GroupSummary::name).orElse("#" + group));
        }
        if (group == null) {
            group = viewer.groupIds().stream().sorted().findFirst().orElse(null);
        }
        Long assignee = ticket.assigneeId();
        if (assignee != null && assignee != viewer.userId() && !takeOver) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "claim-taken", "ticket.error.claimTaken", userName(assignee));
        }
        Instant now = clock.instant();
        ticket.assign(group, viewer.userId(), now);
        tickets.save(ticket, viewer.userId(), now);
        return Tickets.view(ticket);
    }

    /**
     * Starts work on the ticket. Only on one's own ticket (or one nobody holds yet): a ticket assigned to
     * a colleague is refused (CONFLICT naming them); their work is theirs to start.
     */
    public TicketView start(long ticketId, TicketViewer viewer, @Nullable Long expectedVersion) {
        return agentChange(ticketId, viewer, expectedVersion, (t, now) -> {
            if (t.assigneeId() != null && t.assigneeId() != viewer.userId()) {
                throw new DomainException(
                        DomainException.Kind.CONFLICT,
                        "start-others",
                        "ticket.error.startOthers",
                        userName(t.assigneeId()));
            }
            t.start(now);
        });
    }

    private String userName(long userId) {
        return directory.findUser(userId).map(UserSummary::displayName).orElse("#" + userId);
    }

    public TicketView pend(long ticketId, TicketViewer viewer, PendingReason reason, @Nullable Long expectedVersion) {
        return agentChange(ticketId, viewer, expectedVersion, (t, now) -> t.pend(reason, now));
    }

    public TicketView resume(long ticketId, TicketViewer viewer, @Nullable Long expectedVersion) {
        return agentChange(ticketId, viewer, expectedVersion, (t, now) -> t.resume(now));
    }

    public TicketView resolve(
            long ticketId,
            TicketViewer viewer,
            @Nullable ResolutionCode code,
            @Nullable String notes,
            @Nullable Long expectedVersion) {
        return agentChange(ticketId, viewer, expectedVersion, (t, now) -> t.resolve(code, notes, viewer.userId(), now));
    }

    public TicketView cancel(
            long ticketId, TicketViewer viewer, @Nullable String reason, @Nullable Long expectedVersion) {
        TicketView view = agentChange(ticketId, viewer, expectedVersion, (t, now) -> t.cancel(now));
        if (reason != null && !reason.isBlank()) {
            tickets.addEntry(tickets.load(ticketId), EntryKind.INTERNAL_NOTE, reason, 0, viewer.userId(), true);
        }
        return view;
    }

    /** Functional escalation to a group of a higher tier, with the reason as an internal note. */
    public TicketView escalate(
            long ticketId,
            TicketViewer viewer,
            long toGroupId,
            @Nullable String reason,
            @Nullable Long expectedVersion) {
        Ticket ticket = agentTicket(ticketId, viewer, expectedVersion);
        GroupSummary target = directory
                .findGroup(toGroupId)
                .orElseThrow(() -> TicketErrors.invalid("groupId", "ticket.validation.group"));
        if (ticket.groupId() != null) {
            GroupSummary current = directory.findGroup(ticket.groupId()).orElse(null);
            if (current != null && target.tier().ordinal() <= current.tier().ordinal()) {
                throw TicketErrors.invalid("groupId", "ticket.validation.escalateTier");
            }
        }
        String why = Tickets.text("reason", reason, 2000);
        Instant now = clock.instant();
        ticket.escalate(toGroupId, now);
        tickets.save(ticket, viewer.userId(), now);
        tickets.addEntry(ticket, EntryKind.INTERNAL_NOTE, why, 0, viewer.userId(), true);
        return Tickets.view(ticket);
    }

    /** The requester accepts the resolution: the ticket closes. */
    public TicketView accept(long ticketId, TicketViewer viewer) {
        return requesterChange(ticketId, viewer, (t, now) -> t.accept(now));
    }

    /** The requester rejects the resolution with a reason: the ticket goes back to work. */
    public TicketView reject(long ticketId, TicketViewer viewer, @Nullable String reason) {
        String why = Tickets.text("reason", reason, 4000);
        TicketView view = requesterChange(ticketId, viewer, (t, now) -> t.reject(now));
        tickets.addEntry(tickets.load(ticketId), EntryKind.PUBLIC_REPLY, why, 0, viewer.userId(), false);
        return view;
    }

    public TicketView rate(long ticketId, TicketViewer viewer, int stars, @Nullable String comment) {
        if (comment != null && comment.length() > 2000) {
            throw TicketErrors.invalid("comment", "validation.tooLong", 2000);
        }
        return requesterChange(ticketId, viewer, (t, now) -> t.rate(stars, comment));
    }

    /** Reopens a closed ticket within the reopen window (its requester or an agent). */
    public TicketView reopen(long ticketId, TicketViewer viewer, @Nullable String reason) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        if (!viewer.works(Tickets.view(ticket)) && ticket.requesterId() != viewer.userId()) {
            throw TicketErrors.notAllowed();
        }
        Instant now = clock.instant();
        ticket.reopen(properties.reopenWindow(), now);
        tickets.save(ticket, viewer.userId(), now);
        if (reason != null && !reason.isBlank()) {
            tickets.addEntry(ticket, EntryKind.PUBLIC_REPLY, reason, 0, viewer.userId(), false);
        }
        return Tickets.view(ticket);
    }

    /** Changes type, category, impact, urgency (hence priority), title and description. */
    public TicketView reclassify(
            long ticketId,
            TicketViewer viewer,
            TicketType type,
            @Nullable Long categoryId,
            Impact impact,
            Urgency urgency,
            String title,
            String description,
            @Nullable Long expectedVersion) {
        Ticket ticket = agentTicket(ticketId, viewer, expectedVersion);
        if (categoryId != null
                && categories.findById(categoryId).filter(Category::active).isEmpty()) {
            throw TicketErrors.invalid("categoryId", "ticket.validation.category");
        }
        Instant now = clock.instant();
        ticket.reclassify(
                type,
                categoryId,
                impact,
                urgency,
                matrix.priorityOf(impact, urgency),
                Tickets.text("title", title, 200),
                Tickets.text("description", description, 20000),
                now);
        tickets.save(ticket, viewer.userId(), now);
        return Tickets.view(ticket);
    }

    public void watch(long ticketId, TicketViewer viewer, long userId) {
        tickets.loadVisible(ticketId, viewer);
        if (userId != viewer.userId() && !viewer.agent() && !viewer.admin()) {
            throw TicketErrors.notAllowed();
        }
        directory.findUser(userId).orElseThrow(() -> TicketErrors.invalid("userId", "validation.user"));
        if (jdbc.update(
                        "UPDATE ticket_watcher SET user_id = user_id WHERE ticket_id = ? AND user_id = ?",
                        ticketId,
                        userId)
                == 0) {
            jdbc.update("INSERT INTO ticket_watcher (ticket_id, user_id) VALUES (?, ?)", ticketId, userId);
        }
    }

    public void unwatch(long ticketId, TicketViewer viewer, long userId) {
        tickets.loadVisible(ticketId, viewer);
        if (userId != viewer.userId() && !viewer.agent() && !viewer.admin()) {
            throw TicketErrors.notAllowed();
        }
        jdbc.update("DELETE FROM ticket_watcher WHERE ticket_id = ? AND user_id = ?", ticketId, userId);
    }

    @Transactional(readOnly = true)
    public List<Long> watchers(long ticketId, TicketViewer viewer) {
        tickets.loadVisible(ticketId, viewer);
        return jdbc.queryForList(
                "SELECT user_id FROM ticket_watcher WHERE ticket_id = ? ORDER BY user_id", Long.class, ticketId);
    }

    /** Links two tickets the agent can see; a duplicate link merges (see {@link #merge}). */
    public void link(long fromId, TicketViewer viewer, long toId, LinkKind kind) {
        if (fromId == toId) {
            throw TicketErrors.invalid("toId", "ticket.validation.linkSelf");
        }
        agentTicket(fromId, viewer, null);
        agentTicket(toId, viewer, null);
        if (kind == LinkKind.DUPLICATE_OF) {
            merge(fromId, viewer, toId);
            return;
        }
        Integer exists = jdbc.queryForObject(
                "SELECT COUNT(*) FROM ticket_link WHERE from_id = ? AND to_id = ? AND kind = ?",
                Integer.class,
                fromId,
                toId,
                kind.name());
        if (exists != null && exists == 0) {
            jdbc.update(
                    "INSERT INTO ticket_link (from_id, to_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                    fromId,
                    toId,
                    kind.name(),
                    viewer.userId(),
                    Timestamp.from(clock.instant()));
        }
    }

    /** A ticket's links in both directions: (kind, other ticket id, outgoing?). */
    @Transactional(readOnly = true)
    public List<LinkView> links(long ticketId, TicketViewer viewer) {
        tickets.loadVisible(ticketId, viewer);
        return jdbc.query(
                "SELECT kind, to_id, TRUE FROM ticket_link WHERE from_id = ?"
                        + " UNION ALL SELECT kind, from_id, FALSE FROM ticket_link WHERE to_id = ?",
                (rs, i) -> new LinkView(LinkKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getBoolean(3)),
                ticketId,
                ticketId);
    }

    /** One link as seen from a ticket. */
    public record LinkView(LinkKind kind, long otherTicketId, boolean outgoing) {}

    /**
     * Merges a duplicate into the surviving ticket: its conversation and attachments move over, it is
     * closed as a duplicate, and both tickets get a system note.
     */
    public void merge(long duplicateId, TicketViewer viewer, long intoId) {
        if (duplicateId == intoId) {
            throw TicketErrors.invalid("toId", "ticket.validation.linkSelf");
        }
        Ticket duplicate = agentTicket(duplicateId, viewer, null);
        Ticket into = agentTicket(intoId, viewer, null);
        if (!into.status().open() && into.status() != TicketStatus.RESOLVED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ticket-closed", "ticket.error.notOpen");
        }
        jdbc.update("UPDATE ticket_entry SET ticket_id = ? WHERE ticket_id = ?", intoId, duplicateId);
        jdbc.update("UPDATE ticket_attachment SET ticket_id = ? WHERE ticket_id = ?", intoId, duplicateId);
        jdbc.update(
                "INSERT INTO ticket_link (from_id, to_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                duplicateId,
                intoId,
                LinkKind.DUPLICATE_OF.name(),
                viewer.userId(),
                Timestamp.from(clock.instant()));
        Instant now = clock.instant();
        duplicate.markMergedInto(intoId, now);
        tickets.save(duplicate, viewer.userId(), now);
        tickets.addEntry(duplicate, EntryKind.SYSTEM, "merged into " + into.number(), 0, viewer.userId(), true);
        tickets.addEntry(into, EntryKind.SYSTEM, "merged from " + duplicate.number(), 0, viewer.userId(), true);
    }

    private interface Change {
        void apply(Ticket ticket, Instant now);
    }

    private TicketView agentChange(long ticketId, TicketViewer viewer, @Nullable Long expectedVersion, Change change) {
        Ticket ticket = agentTicket(ticketId, viewer, expectedVersion);
        Instant now = clock.instant();
        change.apply(ticket, now);
        tickets.save(ticket, viewer.userId(), now);
        return Tickets.view(ticket);
    }

    private TicketView requesterChange(long ticketId, TicketViewer viewer, Change change) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        if (ticket.requesterId() != viewer.userId() && !viewer.admin()) {
            throw TicketErrors.notAllowed();
        }
        Instant now = clock.instant();
        change.apply(ticket, now);
        tickets.save(ticket, viewer.userId(), now);
        return Tickets.view(ticket);
    }

    private Ticket agentTicket(long ticketId, TicketViewer viewer, @Nullable Long expectedVersion) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        if (!viewer.works(Tickets.view(ticket))) {
            throw TicketErrors.notAllowed();
        }
        Tickets.checkVersion(ticket, expectedVersion);
        return ticket;
    }
}
