package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.shared.files.FileStore;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketViewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on tickets, checked against who adds or reads them: a ticket the viewer may not see is "not
 * found"; requesters attach only to their own open (or resolved) tickets and never see internal files;
 * only agents add internal ones. Size, type and name rules are {@link AttachmentRules}. A refused upload
 * leaves no row, no history and no file behind; {@link TicketSubmissions} adds files together with a new
 * ticket or reply.
 */
@Service
@Transactional
public class TicketAttachments {

    /** At most this many files come with one new ticket or reply. */
    public static final int MAX_FILES = 10;

    /** The form field problems with a single file are reported on. */
    static final String FILE = "file";

    /** The form field problems with files that come with a new ticket or reply are reported on. */
    static final String FILES = "attachments";

    private final Tickets tickets;
    private final TicketRepository ticketRepository;
    private final TicketAttachmentRepository attachments;
    private final TicketHistoryRepository history;
    private final AttachmentStore store;
    private final AttachmentRules rules;
    private final Clock clock;

    TicketAttachments(
            Tickets tickets,
            TicketRepository ticketRepository,
            TicketAttachmentRepository attachments,
            TicketHistoryRepository history,
            AttachmentStore store,
            AttachmentRules rules,
            Clock clock) {
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
        this.attachments = attachments;
        this.history = history;
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /** A file as it arrived: the name and type the client claims, its declared size and its bytes. */
    public record Upload(String fileName, @Nullable String contentType, long size, InputStreamSource content) {}

    /** An attachment's description and its bytes; the caller closes the stream. */
    public record Download(AttachmentView attachment, InputStream content) {}

    /**
     * Stores {@code content} and attaches it to the ticket. Throws a {@link DomainException}: NOT_FOUND
     * for a ticket the viewer may not see, FORBIDDEN for internal files from requesters or files on
     * someone else's ticket, CONFLICT for a requester on a closed ticket, INVALID (field {@code file}) for
     * an empty, too large or not accepted file.
     */
    public AttachmentView attach(
            long ticketId,
            TicketViewer viewer,
            @Nullable String fileName,
            @Nullable String contentType,
            InputStream content,
            boolean internal) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        boolean agent = viewer.works(Tickets.view(ticket));
        if (!agent && (internal || ticket.requesterId() != viewer.userId())) {
            throw TicketErrors.notAllowed();
        }
        if (!agent && !ticket.status().open() && ticket.status() != TicketStatus.RESOLVED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ticket-closed", "ticket.error.notOpen");
        }
        return store(ticket, null, fileName, contentType, content, internal, viewer.userId(), FILE);
    }

    /**
     * Attaches an upload to a ticket and, when {@code entryId} is given, to that conversation entry. For
     * callers that have just checked that the actor may write on the ticket (by opening it or adding the
     * entry in the same transaction). Problems are reported on the field {@code attachments}.
     */
    AttachmentView attach(long ticketId, @Nullable Long entryId, Upload upload, boolean internal, long actorId) {
        Ticket ticket = ticketRepository.findById(ticketId).orElseThrow(TicketErrors::notFound);
        try (InputStream content = upload.content().getInputStream()) {
            return store(ticket, entryId, upload.fileName(), upload.contentType(), content, internal, actorId, FILES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Refuses a whole batch before anything is written: more than {@link #MAX_FILES} files, or one that
     * is empty, too large or of a type not accepted (INVALID, field {@code attachments}).
     */
    @Transactional(readOnly = true)
    public void check(List<Upload> uploads) {
        rules.check(uploads, MAX_FILES, FILES);
    }

    /** The ticket's attachments in upload order, as this viewer may see them. */
    @Transactional(readOnly = true)
    public List<AttachmentView> list(long ticketId, TicketViewer viewer) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        boolean agent = viewer.works(Tickets.view(ticket));
        return attachments.findByTicketIdOrderById(ticketId).stream()
                .filter(a -> agent || !a.internal())
                .map(TicketAttachments::view)
                .toList();
    }

    /**
     * Opens an attachment of a ticket for reading; "not found" when the ticket is hidden from the viewer,
     * the attachment belongs to another ticket, or it is internal and the viewer does not work the ticket.
     */
    @Transactional(readOnly = true)
    public Download open(long ticketId, long attachmentId, TicketViewer viewer) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        TicketAttachment attachment = attachments.findById(attachmentId).orElseThrow(TicketAttachments::notFound);
        if (attachment.ticketId() != ticketId) {
            throw TicketErrors.notFound();
        }
        if (attachment.internal() && !viewer.works(Tickets.view(ticket))) {
            throw notFound();
        }
        return new Download(view(attachment), store.open(attachment.sha256()));
    }

    private AttachmentView store(
            Ticket ticket,
            @Nullable Long entryId,
            @Nullable String fileName,
            @Nullable String contentType,
            InputStream content,
            boolean internal,
            long actorId,
            String field) {
        String name = AttachmentRules.sanitise(fileName);
        String type = rules.acceptedType(contentType, field);
        FileStore.StoredFile stored = storeLimited(content, field);
        Instant now = clock.instant();
        TicketAttachment attachment = attachments.save(new TicketAttachment(
                ticket.id(), entryId, name, type, stored.size(), stored.sha256(), internal, actorId, now));
        ticket.attached(attachment.id(), now);
        ticketRepository.saveAndFlush(ticket);
        history.save(new TicketHistoryEntry(ticket.id(), new FieldChange("attachment", null, name), actorId, now));
        return view(attachment);
    }

    private FileStore.StoredFile storeLimited(InputStream content, String field) {
        try (PushbackInputStream in = new PushbackInputStream(content, 1)) {
            int first = in.read();
            if (first == -1) {
                throw rules.empty(field);
            }
            in.unread(first);
            return store.store(in, rules.maxBytes()).orElseThrow(() -> rules.tooLarge(field));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException notFound() {
        return new DomainException(
                DomainException.Kind.NOT_FOUND, "attachment-not-found", "ticket.error.attachmentNotFound");
    }

    private static AttachmentView view(TicketAttachment a) {
        return new AttachmentView(
                a.id(),
                a.ticketId(),
                a.entryId(),
                a.fileName(),
                a.contentType(),
                a.sizeBytes(),
                a.internal(),
                a.uploadedBy(),
                a.createdAt());
    }
}
