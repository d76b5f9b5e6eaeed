package dev.keel.notification.events;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.notification.domain.MailComposer;
import dev.keel.notification.domain.Mailer;
import dev.keel.sla.SlaEvents.SlaBreached;
import dev.keel.sla.SlaEvents.SlaWarned;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails SLA warnings and breaches to the people the policy's thresholds named (assignee, group lead,
 * a manager). Each mail is keyed by clock, threshold and recipient, so a redelivered event sends none
 * twice.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class SlaNotificationListener {

    private final TicketManagement tickets;
    private final UserDirectory directory;
    private final MailComposer composer;
    private final Mailer mailer;
    private final ZoneId zone;

    SlaNotificationListener(
            TicketManagement tickets,
            UserDirectory directory,
            MailComposer composer,
            Mailer mailer,
            @Value("${keel.ticket.number-zone:Asia/Shanghai}") String zone) {
        this.tickets = tickets;
        this.directory = directory;
        this.composer = composer;
        this.mailer = mailer;
        this.zone = ZoneId.of(zone);
    }

    @ApplicationModuleListener
    void on(SlaWarned event) {
        send(
                event.ticketId(),
                event.notifyUserIds(),
                event.kind().name(),
                event.clockId(),
                event.percent(),
                event.dueAt());
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        send(event.ticketId(), event.notifyUserIds(), event.kind().name(), event.clockId(), 100, event.dueAt());
    }

    private void send(long ticketId, List<Long> userIds, String kind, long clockId, int percent, Instant due) {
        if (!mailer.enabled() || userIds.isEmpty()) {
            return;
        }
        Optional<TicketView> ticket = tickets.find(ticketId);
        if (ticket.isEmpty()) {
            return;
        }
        for (long userId : userIds) {
            directory
                    .findUser(userId)
                    .filter(UserSummary::enabled)
                    .ifPresent(user ->
                            mailer.send(composer.slaAlert(ticket.get(), user, kind, clockId, percent, due, zone)));
        }
    }
}
