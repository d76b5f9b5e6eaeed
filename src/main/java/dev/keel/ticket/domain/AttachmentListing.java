package dev.keel.ticket.domain;

import dev.keel.ticket.TicketViewer;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to a ticket, for people who work it: the list (internal ones included) and the
 * bytes of one file. A ticket the viewer may not see is "not found".
 */
@Component
public class AttachmentListing {

    private final Tickets tickets;
    private final TicketAttachmentRepository attachments;
    private final AttachmentStore store;

    AttachmentListing(Tickets tickets, TicketAttachmentRepository attachments, AttachmentStore store) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.store = store;
    }

    /** One attached file, without its bytes. */
    public record AttachmentView(
            long id,
            String fileName,
            String contentType,
            long sizeBytes,
            boolean internal,
            long uploadedBy,
            Instant createdAt) {}

    /** An attached file and its content, to download. */
    public record Download(AttachmentView attachment, InputStream content) {}

    @Transactional(readOnly = true)
    public List<AttachmentView> of(long ticketId, TicketViewer viewer) {
        workable(ticketId, viewer);
        return attachments.findByTicketIdOrderById(ticketId).stream()
                .map(AttachmentListing::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Download download(long ticketId, long attachmentId, TicketViewer viewer) {
        workable(ticketId, viewer);
        TicketAttachment attachment = attachments
                .findById(attachmentId)
                .filter(a -> a.ticketId() == ticketId)
                .orElseThrow(TicketErrors::notFound);
        return new Download(view(attachment), store.open(attachment.sha256()));
    }

    private void workable(long ticketId, TicketViewer viewer) {
        Ticket ticket = tickets.loadVisible(ticketId, viewer);
        if (!viewer.works(Tickets.view(ticket))) {
            throw TicketErrors.notFound();
        }
    }

    private static AttachmentView view(TicketAttachment a) {
        return new AttachmentView(
                a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.internal(), a.uploadedBy(), a.createdAt());
    }
}
