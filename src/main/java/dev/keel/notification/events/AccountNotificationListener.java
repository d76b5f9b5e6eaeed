package dev.keel.notification.events;

import dev.keel.identity.IdentityEvents.AccountLocked;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.notification.domain.MailComposer;
import dev.keel.notification.domain.Mailer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails the owner of a locked account. The event is only published for real accounts (an unknown name
 * cannot be locked), and the sign-in page says nothing about the lock, so the mail is the one place the
 * owner learns of it. Keyed by account and lock, so a redelivered event sends it once.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
class AccountNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(AccountNotificationListener.class);

    private final UserDirectory directory;
    private final MailComposer composer;
    private final Mailer mailer;
    private final ZoneId zone;

    AccountNotificationListener(
            UserDirectory directory,
            MailComposer composer,
            Mailer mailer,
            @Value("${keel.ticket.number-zone:Asia/Shanghai}") String zone) {
        this.directory = directory;
        this.composer = composer;
        this.mailer = mailer;
        this.zone = ZoneId.of(zone);
    }

    @ApplicationModuleListener
    void on(AccountLocked event) {
        if (!mailer.enabled()) {
            return;
        }
        Instant until;
        try {
            until = Instant.parse(event.until());
        } catch (DateTimeParseException e) {
            log.warn("Account {} locked with an unreadable end ({}); no mail sent", event.actor(), event.until());
            return;
        }
        directory
                .findUser(event.actor())
                .filter(UserSummary::enabled)
                .filter(user -> !user.email().isBlank())
                .ifPresent(user -> mailer.send(composer.accountLocked(user, until, event.remoteAddress(), zone)));
    }
}
