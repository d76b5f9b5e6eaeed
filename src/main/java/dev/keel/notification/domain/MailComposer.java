package dev.keel.notification.domain;

import dev.keel.identity.UserSummary;
import dev.keel.ticket.TicketView;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notification texts from the message bundles in the recipient's saved language (Simplified
 * Chinese when none was saved). Subjects always start with the ticket number in brackets, which is
 * also what e-mail replies are matched by.
 */
@Component
public class MailComposer {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final String baseUrl;

    MailComposer(MessageSource messages, @Value("${keel.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public static Locale localeOf(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT_LOCALE;
        }
        return Locale.forLanguageTag(tag).getLanguage().equals("en") ? Locale.ENGLISH : DEFAULT_LOCALE;
    }

    public String link(TicketView ticket) {
        return baseUrl + "/portal/tickets/" + ticket.id();
    }

    public Mail opened(TicketView t, UserSummary to) {
        Locale locale = localeOf(to.locale());
        return mail(t, "opened:" + t.id(), NotificationKind.OPENED, to.email(), locale, to.displayName(), "");
    }

    public Mail groupQueue(TicketView t, String groupName, String mailbox, String eventKey) {
        return mail(t, eventKey, NotificationKind.GROUP_QUEUE, mailbox, DEFAULT_LOCALE, groupName, t.description());
    }

    public Mail reply(TicketView t, UserSummary to, String author, String body, long entryId) {
        Locale locale = localeOf(to.locale());
        String text = text("notification.reply.body", locale, to.displayName(), author, body, t.title(), link(t));
        return new Mail(
                t.id(), "reply:" + entryId, NotificationKind.REPLY, to.email(), subject("reply", t, locale), text);
    }

    public Mail resolved(TicketView t, UserSummary to, long autoCloseDays) {
        Locale locale = localeOf(to.locale());
        String notes = t.resolutionNotes() == null ? "" : t.resolutionNotes();
        String text =
                text("notification.resolved.body", locale, to.displayName(), t.title(), notes, link(t), autoCloseDays);
        return new Mail(
                t.id(),
                "resolved:" + t.id() + ":" + t.resolvedAt(),
                NotificationKind.RESOLVED,
                to.email(),
                subject("resolved", t, locale),
                text);
    }

    private Mail mail(
            TicketView t, String key, NotificationKind kind, String to, Locale locale, String name, String extra) {
        String which = kind == NotificationKind.OPENED ? "opened" : "group";
        String text = text("notification." + which + ".body", locale, name, t.title(), t.number(), link(t), extra);
        return new Mail(t.id(), key, kind, to, subject(which, t, locale), text);
    }

    private String subject(String which, TicketView t, Locale locale) {
        return "[" + t.number() + "] " + text("notification." + which + ".subject", locale, t.title());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * An SLA warning ({@code percent} below 100) or breach for an agent or manager, in their language, with
     * the due time in {@code zone} and a link to the ticket in the workspace.
     */
    public Mail slaAlert(
            TicketView t,
            UserSummary to,
            String clockKind,
            long clockId,
            int percent,
            java.time.Instant dueAt,
            java.time.ZoneId zone) {
        Locale locale = localeOf(to.locale());
        boolean breach = percent >= 100;
        String which = breach ? "breached" : "warned";
        String kind = text("sla.clock." + clockKind, locale);
        String due = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(dueAt.atZone(zone)) + " (" + zone.getId() + ")";
        String link = link(t).replace("/portal/tickets/", "/workspace/tickets/");
        String text =
                text("sla.mail." + which + ".body", locale, to.displayName(), t.title(), kind, percent, due, link);
        String subject = "[" + t.number() + "] " + text("sla.mail." + which + ".subject", locale, kind, t.title());
        return new Mail(
                t.id(),
                "sla:" + clockId + ":" + percent + ":" + to.id(),
                breach ? NotificationKind.SLA_BREACH : NotificationKind.SLA_WARNING,
                to.email(),
                subject,
                text);
    }

    /**
     * Tells the owner of an account that it was locked after repeated failed sign-ins: the sign-in page
     * answers a locked account like a wrong password (so that it reveals no user names), so this mail is
     * how the real owner learns of it — and of an attack on their password.
     */
    public Mail accountLocked(
            UserSummary to, java.time.Instant lockedUntil, @Nullable String remoteAddress, java.time.ZoneId zone) {
        Locale locale = localeOf(to.locale());
        String until = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(lockedUntil.atZone(zone)) + " (" + zone.getId() + ")";
        String from = remoteAddress == null || remoteAddress.isBlank()
                ? text("notification.accountLocked.unknownAddress", locale)
                : remoteAddress;
        return new Mail(
                null,
                "account-locked:" + to.id() + ":" + lockedUntil.toEpochMilli(),
                NotificationKind.ACCOUNT_LOCKED,
                to.email(),
                text("notification.accountLocked.subject", locale),
                text("notification.accountLocked.body", locale, to.displayName(), until, from, baseUrl + "/login"));
    }
}
