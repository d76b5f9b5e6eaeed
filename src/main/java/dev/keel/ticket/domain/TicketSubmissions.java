package dev.keel.ticket.domain;

import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new ticket or a reply together with its files, in one transaction: the files are checked before
 * anything is written, and a file refused while it is stored rolls the ticket or reply back too.
 */
@Service
@Transactional
public class TicketSubmissions {

    private final Tickets tickets;
    private final TicketWork work;
    private final TicketAttachments attachments;

    TicketSubmissions(Tickets tickets, TicketWork work, TicketAttachments attachments) {
        this.tickets = tickets;
        this.work = work;
        this.attachments = attachments;
    }

    /**
     * Opens a ticket, as {@link Tickets#open} does, with its files; nothing is created when the command
     * or a file is refused (INVALID, files on the field {@code attachments}).
     */
    public TicketView open(OpenTicket command, long actorId, List<TicketAttachments.Upload> uploads) {
        attachments.check(uploads);
        TicketView ticket = tickets.open(command, actorId);
        for (TicketAttachments.Upload upload : uploads) {
            attachments.attach(ticket.id(), null, upload, false, actorId);
        }
        return ticket;
    }

    /**
     * Adds a public reply, as {@link TicketWork#reply} allows it for this viewer, with its files linked
     * to the reply; nothing is added when the reply or a file is refused.
     */
    public EntryView reply(long ticketId, TicketViewer viewer, String body, List<TicketAttachments.Upload> uploads) {
        attachments.check(uploads);
        EntryView entry = work.reply(ticketId, viewer, EntryKind.PUBLIC_REPLY, body, 0);
        for (TicketAttachments.Upload upload : uploads) {
            attachments.attach(ticketId, entry.id(), upload, false, viewer.userId());
        }
        return entry;
    }
}
