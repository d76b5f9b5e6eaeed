package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
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
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on tickets, checked against who adds or reads them: a ticket the viewer may not see is "not
 * found"; requesters attach only to their own open (or resolved) tickets and never see internal files;
 * only agents add internal ones. Size and type limits come from {@link TicketProperties}. A refused
 * upload leaves no row, no history and no file behind.
 */
@Service
@Transactional
public class TicketAttachments {

    static final int MAX_FILE_NAME = 255;

    private final Tickets tickets;
    private final TicketRepository ticketRepository;
    private final TicketAttachmentRepository attachments;
    private final TicketHistoryRepository history;
    private final AttachmentStore store;
    private final TicketProperties properties;
    private final Clock clock;

    TicketAttachments(
            Tickets tickets,
            TicketRepository ticketRepository,
            TicketAttachmentRepository attachments,
            TicketHistoryRepository history,
            AttachmentStore store,
            TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.ticketRepository = ticketRepository;
        this.attachments = attachments;
        this.history = history;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** An attachment's description and its bytes; the caller closes the stream. */
    public record Download(AttachmentView attachment, InputStream content) {}

    /**
     * Stores {@code content} and attaches it to the ticket. Throws a {@link DomainException}: NOT_FOUND
     * for a ticket the viewer may not see, FORBIDDEN for internal files from requesters or files on
     * someone else's ticket, CONFLICT for a requester on a closed ticket, INVALID for an empty, too large
     * or not accepted file.
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
        String name = sanitise(fileName);
        String type = acceptedType(contentType);
        AttachmentStore.Stored stored = storeLimited(content);
        Instant now = clock.instant();
        TicketAttachment attachment = attachments.save(new TicketAttachment(
                ticket.id(), null, name, type, stored.size(), stored.sha256(), internal, viewer.userId(), now));
        ticket.touch(now);
        ticketRepository.saveAndFlush(ticket);
        history.save(
                new TicketHistoryEntry(ticket.id(), new FieldChange("attachment", null, name), viewer.userId(), now));
        return view(attachment);
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

    /** Opens an attachment for reading; "not found" when it or its ticket is hidden from the viewer. */
    @Transactional(readOnly = true)
    public Download open(long attachmentId, TicketViewer viewer) {
        TicketAttachment attachment = attachments.findById(attachmentId).orElseThrow(TicketAttachments::notFound);
        Ticket ticket = tickets.loadVisible(attachment.ticketId(), viewer);
        if (attachment.internal() && !viewer.works(Tickets.view(ticket))) {
            throw notFound();
        }
        return new Download(view(attachment), store.open(attachment.sha256()));
    }

    private AttachmentStore.Stored storeLimited(InputStream content) {
        long max = properties.maxAttachmentSize().toBytes();
        try (PushbackInputStream in = new PushbackInputStream(content, 1)) {
            int first = in.read();
            if (first == -1) {
                throw DomainException.invalid("file", "ticket.validation.attachmentEmpty");
            }
            in.unread(first);
            AttachmentStore.Stored stored = store.store(in, max);
            if (stored.size() < 0) {
                throw DomainException.invalid("file", "ticket.validation.attachmentSize", readable(max));
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The media type without parameters, if the configuration accepts it. */
    String acceptedType(@Nullable String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean accepted = !type.isEmpty()
                && properties.allowedAttachmentTypes().stream()
                        .anyMatch(t -> t.strip().equalsIgnoreCase(type));
        if (!accepted) {
            String shown = type.isEmpty() ? "?" : type.substring(0, Math.min(type.length(), 100));
            throw DomainException.invalid("file", "ticket.validation.attachmentType", shown);
        }
        return type;
    }

    /** The last path segment, without control characters, at most 255 characters; never empty. */
    static String sanitise(@Nullable String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return "attachment";
        }
        if (name.length() > MAX_FILE_NAME) {
            int end = Character.isHighSurrogate(name.charAt(MAX_FILE_NAME - 1)) ? MAX_FILE_NAME - 1 : MAX_FILE_NAME;
            name = name.substring(0, end);
        }
        return name;
    }

    static String readable(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private static DomainException notFound() {
        return new DomainException(
                DomainException.Kind.NOT_FOUND, "attachment-not-found", "ticket.error.attachmentNotFound");
    }

    private static AttachmentView view(TicketAttachment a) {
        return new AttachmentView(
                a.id(),
                a.ticketId(),
                a.fileName(),
                a.contentType(),
                a.sizeBytes(),
                a.internal(),
                a.uploadedBy(),
                a.createdAt());
    }
}
