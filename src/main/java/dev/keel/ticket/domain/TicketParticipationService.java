package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.PendingReason;
import dev.keel.ticket.TicketEvents.TicketCommentAdded;
import dev.keel.ticket.TicketParticipation;
import dev.keel.ticket.TicketStatus;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TicketParticipation} for intake channels; see there. */
@Service
@Transactional
class TicketParticipationService implements TicketParticipation {

    private final Tickets tickets;
    private final TicketAttachments attachments;
    private final TicketAttachmentRepository attachmentRows;
    private final AttachmentRules rules;
    private final AttachmentStore store;
    private final TicketViewers viewers;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TicketEntryRepository entries;
    private final ApplicationEventPublisher events;

    TicketParticipationService(
            Tickets tickets,
            TicketAttachments attachments,
            TicketAttachmentRepository attachmentRows,
            AttachmentRules rules,
            AttachmentStore store,
            TicketViewers viewers,
            JdbcTemplate jdbc,
            Clock clock,
            TicketEntryRepository entries,
            ApplicationEventPublisher events) {
        this.entries = entries;
        this.events = events;
        this.tickets = tickets;
        this.attachments = attachments;
        this.attachmentRows = attachmentRows;
        this.rules = rules;
        this.store = store;
        this.viewers = viewers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public EntryView participantReply(long ticketId, long authorId, String body) {
        Ticket ticket = tickets.load(ticketId);
        EntryView entry = tickets.addEntry(ticket, EntryKind.PUBLIC_REPLY, body, 0, authorId, false);
        if (ticket.requesterId() == authorId
                && ticket.status() == TicketStatus.PENDING
                && ticket.pendingReason() == PendingReason.REQUESTER) {
            ticket.resume(clock.instant());
            tickets.save(ticket, authorId, clock.instant());
        }
        return entry;
    }

    @Override
    public void addWatcher(long ticketId, long userId) {
        tickets.load(ticketId);
        if (jdbc.update(
                        "UPDATE ticket_watcher SET user_id = user_id WHERE ticket_id = ? AND user_id = ?",
                        ticketId,
                        userId)
                == 0) {
            jdbc.update("INSERT INTO ticket_watcher (ticket_id, user_id) VALUES (?, ?)", ticketId, userId);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> watchers(long ticketId) {
        return jdbc.queryForList(
                "SELECT user_id FROM ticket_watcher WHERE ticket_id = ? ORDER BY user_id", Long.class, ticketId);
    }

    @Override
    public Optional<Refusal> attach(
            long ticketId,
            @Nullable Long entryId,
            String fileName,
            @Nullable String contentType,
            byte[] content,
            long actorId) {
        var upload =
                new TicketAttachments.Upload(fileName, contentType, content.length, new ByteArrayResource(content));
        try {
            // the rules are checked here, outside the transactional attachment service, so that a refusal
            // does not mark the caller's transaction for rollback
            rules.check(List.of(upload), 1, TicketAttachments.FILES);
        } catch (DomainException refused) {
            return Optional.of(refusal(refused));
        }
        attachments.attach(ticketId, entryId, upload, false, actorId);
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttachmentView> entryAttachments(long entryId) {
        return attachmentRows.findByEntryIdOrderById(entryId).stream()
                .filter(a -> !a.internal())
                .map(a -> new AttachmentView(
                        a.id(),
                        a.ticketId(),
                        a.entryId(),
                        a.fileName(),
                        a.contentType(),
                        a.sizeBytes(),
                        a.internal(),
                        a.uploadedBy(),
                        a.createdAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream openAttachment(long attachmentId) {
        return attachmentRows
                .findById(attachmentId)
                .map(a -> store.open(a.sha256()))
                .orElseGet(() -> new ByteArrayInputStream(new byte[0]));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean visibleTo(long ticketId, long userId) {
        try {
            return tickets.find(ticketId).map(t -> viewers.of(userId).sees(t)).orElse(false);
        } catch (DomainException unknownUser) {
            return false;
        }
    }

    @Override
    public EntryView systemNote(long ticketId, String body) {
        Ticket ticket = tickets.load(ticketId);
        Instant now = clock.instant();
        TicketEntry note = entries.save(
                new TicketEntry(ticketId, EntryKind.SYSTEM, null, Tickets.text("body", body, 50000), 0, now));
        ticket.touch(now);
        tickets.save(ticket, null, now);
        events.publishEvent(new TicketCommentAdded(ticketId, note.id(), EntryKind.SYSTEM, null));
        return note.view();
    }

    private static Refusal refusal(DomainException e) {
        if (e.fieldProblems().isEmpty()) {
            return new Refusal(e.messageKey(), Arrays.asList(e.arguments()));
        }
        var problem = e.fieldProblems().get(0);
        return new Refusal(problem.messageKey(), Arrays.asList(problem.arguments()));
    }
}
