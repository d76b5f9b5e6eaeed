package dev.keel.notification.events;

import dev.keel.identity.GroupSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.notification.domain.Mail;
import dev.keel.notification.domain.MailComposer;
import dev.keel.notification.domain.Mailer;
import dev.keel.ticket.AttachmentView;
import dev.keel.ticket.EntryKind;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.TicketEvents.TicketAssigned;
import dev.keel.ticket.TicketEvents.TicketCommentAdded;
import dev.keel.ticket.TicketEvents.TicketOpened;
import dev.keel.ticket.TicketEvents.TicketResolved;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketParticipation;
import dev.keel.ticket.TicketView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns ticket events into e-mails after they committed. Nobody is told about their own reply or
 * resolution; the requester's confirmation of a new ticket is the one receipt everyone gets, because
 * it carries the number that e-mail replies are threaded by.
 */
@Component
// without an SMTP host there is nothing to send: no listener, so opening a ticket costs no publications for it
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class TicketNotificationListener {

    private final TicketManagement tickets;
    private final UserDirectory directory;
    private final MailComposer composer;
    private final Mailer mailer;
    private final long autoCloseDays;
    private final TicketParticipation participation;

    TicketNotificationListener(
            TicketManagement tickets,
            UserDirectory directory,
            MailComposer composer,
            Mailer mailer,
            @Value("${keel.ticket.auto-close-after:5d}") Duration autoCloseAfter,
            TicketParticipation participation) {
        this.participation = participation;
        this.tickets = tickets;
        this.directory = directory;
        this.composer = composer;
        this.mailer = mailer;
        this.autoCloseDays = autoCloseAfter.toDays();
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        if (!mailer.enabled()) {
            return;
        }
        tickets.find(event.ticketId())
                .ifPresent(ticket ->
                        requester(ticket).ifPresent(requester -> mailer.send(composer.opened(ticket, requester))));
    }

    /** A ticket that lands in a group's queue without a person (on opening, by routing or escalation). */
    @ApplicationModuleListener
    void on(TicketAssigned event) {
        if (!mailer.enabled() || event.groupId() == null || event.assigneeId() != null) {
            return;
        }
        Optional<TicketView> ticket = tickets.find(event.ticketId());
        Optional<GroupSummary> group = directory.findGroup(event.groupId());
        if (ticket.isEmpty() || group.isEmpty() || group.get().email() == null) {
            return;
        }
        TicketView t = ticket.get();
        if (t.assigneeId() != null || !t.status().open() || !event.groupId().equals(t.groupId())) {
            return;
        }
        String key = "queue:" + t.id() + ":" + group.get().id() + ":" + t.version();
        mailer.send(composer.groupQueue(t, group.get().name(), group.get().email(), key));
    }

    @ApplicationModuleListener
    void on(TicketCommentAdded event) {
        if (!mailer.enabled() || event.kind() != EntryKind.PUBLIC_REPLY || event.authorId() == null) {
            return;
        }
        Optional<TicketView> ticket = tickets.find(event.ticketId());
        if (ticket.isEmpty() || ticket.get().requesterId() == event.authorId()) {
            return;
        }
        Optional<EntryView> entry = tickets.entries(event.ticketId()).stream()
                .filter(e -> e.id() == event.entryId())
                .findFirst();
        Optional<UserSummary> requester = requester(ticket.get());
        if (entry.isEmpty() || requester.isEmpty()) {
            return;
        }
        String author = directory
                .findUser(event.authorId())
                .map(UserSummary::displayName)
                .orElse("");
        mailer.send(composer.reply(
                        ticket.get(), requester.get(), author, entry.get().body(), event.entryId())
                .withFiles(files(event.entryId())));
    }

    /** The files of a reply, attached to the mail that tells the requester about it. */
    private List<Mail.MailFile> files(long entryId) {
        List<Mail.MailFile> files = new ArrayList<>();
        for (AttachmentView a : participation.entryAttachments(entryId)) {
            try (InputStream in = participation.openAttachment(a.id())) {
                files.add(new Mail.MailFile(a.fileName(), a.contentType(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @ApplicationModuleListener
    void on(TicketResolved event) {
        if (!mailer.enabled()) {
            return;
        }
        tickets.find(event.ticketId())
                .filter(ticket -> ticket.requesterId() != event.actorId())
                .ifPresent(ticket -> requester(ticket)
                        .ifPresent(requester -> mailer.send(composer.resolved(ticket, requester, autoCloseDays))));
    }

    private Optional<UserSummary> requester(TicketView ticket) {
        return directory.findUser(ticket.requesterId()).filter(UserSummary::enabled);
    }
}
