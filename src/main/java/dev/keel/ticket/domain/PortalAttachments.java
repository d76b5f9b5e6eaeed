package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files requesters attach in the portal: checked (count, size, type) before anything is written, and
 * stored in the same transaction as the ticket or reply they belong to, so that a refused file leaves
 * no ticket or reply behind. Requesters see public attachments only; agents see all.
 */
@Service
@Transactional
public class PortalAttachments {

    static final int MAX_FILES = 10;

    private final Tickets tickets;
    private final TicketWork work;
    private final TicketAttachmentRepository attachments;
    private final AttachmentStore store;
    private final TicketProperties properties;
    private final Clock clock;

    PortalAttachments(
            Tickets tickets,
            TicketWork work,
            TicketAttachmentRepository attachments,
            AttachmentStore store,
            TicketProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.work = work;
        this.attachments = attachments;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** A file as it arrived: the name and type the client claims, its size and its bytes. */
    public record Upload(String fileName, @Nullable String contentType, long size, InputStreamSource content) {}

    /** An attachment as listed on a ticket page. */
    public record AttachmentView(
            long id,
            long ticketId,
            @Nullable Long entryId,
            String fileName,
            String contentType,
            long sizeBytes,
            long uploadedBy,
            Instant createdAt) {}

    /** An attachment and its bytes; the caller closes the stream. */
    public record Download(AttachmentView attachment, InputStream content) {}

    /** Opens a ticket with its attachments; nothing is created when a file is refused. */
    public TicketView open(OpenTicket command, long actorId, List<Upload> uploads) {
        check(uploads);
        TicketView ticket = tickets.open(command, actorId);
        for (Upload upload : uploads) {
            save(ticket.id(), null, upload, actorId);
        }
        return ticket;
    }

    /** Adds a public reply with attachments, as {@link TicketWork#reply} allows it for this viewer. */
    public EntryView reply(long ticketId, TicketViewer viewer, String body, List<Upload> uploads) {
        check(uploads);
        EntryView entry = work.reply(ticketId, viewer, EntryKind.PUBLIC_REPLY, body, 0);
        for (Upload upload : uploads) {
            save(ticketId, entry.id(), upload, viewer.userId());
        }
        return entry;
    }

    /** A ticket's attachments this viewer may see; an invisible ticket is "not found". */
    @Transactional(readOnly = true)
    public List<AttachmentView> list(long ticketId, TicketViewer viewer) {
        TicketView ticket = work.view(ticketId, viewer);
        boolean agent = viewer.works(ticket);
        return attachments.findByTicketIdOrderById(ticketId).stream()
                .filter(a -> agent || !a.internal())
                .map(PortalAttachments::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(long ticketId, long attachmentId, TicketViewer viewer) {
        TicketView ticket = work.view(ticketId, viewer);
        TicketAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.ticketId() == ticketId)
                .filter(a -> !a.internal() || viewer.works(ticket))
                .orElseThrow(() -> DomainException.notFound("attachment"));
        return new Download(view(attachment), store.open(attachment.sha256()));
    }

    /** Refuses the whole batch when one file is empty, too large or of a type not accepted. */
    public void check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw TicketErrors.invalid("attachments", "ticket.validation.attachmentCount", MAX_FILES);
        }
        for (Upload upload : uploads) {
            if (upload.size() <= 0) {
                throw TicketErrors.invalid("attachments", "ticket.validation.attachmentEmpty");
            }
            if (upload.size() > properties.maxAttachmentSize().toBytes()) {
                throw TicketErrors.invalid("attachments", "ticket.validation.attachmentSize", maxSize());
            }
            String type = type(upload.contentType());
            if (!properties.allowedAttachmentTypes().contains(type)) {
                throw TicketErrors.invalid("attachments", "ticket.validation.attachmentType", type);
            }
        }
    }

    private void save(long ticketId, @Nullable Long entryId, Upload upload, long actorId) {
        AttachmentStore.Stored stored;
        try (InputStream in = upload.content().getInputStream()) {
            stored = store.store(in, properties.maxAttachmentSize().toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stored.size() < 0) {
            throw TicketErrors.invalid("attachments", "ticket.validation.attachmentSize", maxSize());
        }
        if (stored.size() == 0) {
            throw TicketErrors.invalid("attachments", "ticket.validation.attachmentEmpty");
        }
        attachments.save(new TicketAttachment(
                ticketId,
                entryId,
                fileName(upload.fileName()),
                type(upload.contentType()),
                stored.size(),
                stored.sha256(),
                false,
                actorId,
                clock.instant()));
    }

    /** The last path segment of what the client sent, without control characters, at most 255 long. */
    static String fileName(@Nullable String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "attachment";
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private String maxSize() {
        long bytes = properties.maxAttachmentSize().toBytes();
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static String type(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        String t = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return t.toLowerCase(Locale.ROOT);
    }

    private static AttachmentView view(TicketAttachment a) {
        return new AttachmentView(
                a.id(),
                a.ticketId(),
                a.entryId(),
                a.fileName(),
                a.contentType(),
                a.sizeBytes(),
                a.uploadedBy(),
                a.createdAt());
    }
}
