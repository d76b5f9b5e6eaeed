package dev.keel.channel.domain;

import dev.keel.notification.Notifications;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket a message belongs to, in this order: a ticket number in the subject (e.g. {@code
 * [INC-20261124-000042]}); In-Reply-To and References against the Message-IDs Keel received and sent; and
 * as a careful fallback, an open ticket the sender took part in within {@code
 * keel.channel.thread-fallback-days} whose title equals the subject without its Re/Fwd prefixes, and only
 * for a message that looks like a reply ({@link #looksLikeReply}).
 */
@Component
class Threader {

    static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{2,6}-\\d{8}-\\d{6,})(?![0-9])");
    private static final Pattern PREFIXES = Pattern.compile(
            "^\\s*((re|fw|fwd|aw|wg|sv|vs|antw|答复|回复|回覆|转发|轉寄|转寄)\\s*(\\[\\d+\\])?\\s*[:：]\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final TicketManagement tickets;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration fallbackWindow;

    Threader(
            TicketManagement tickets,
            Notifications notifications,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${keel.channel.thread-fallback-days:7}") int fallbackDays) {
        this.tickets = tickets;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.fallbackWindow = Duration.ofDays(fallbackDays);
    }

    /** How a message was matched; {@code how} is {@code number}, {@code header} or {@code subject}. */
    record Match(long ticketId, String how) {}

    Optional<Match> find(ParsedMail mail) {
        Optional<Long> byNumber = byNumber(mail.subject());
        if (byNumber.isPresent()) {
            return Optional.of(new Match(byNumber.get(), "number"));
        }
        Optional<Long> byHeader = byMessageIds(related(mail));
        if (byHeader.isPresent()) {
            return Optional.of(new Match(byHeader.get(), "header"));
        }
        if (!looksLikeReply(mail)) {
            return Optional.empty();
        }
        return bySubject(mail).map(id -> new Match(id, "subject"));
    }

    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^\\s*(re|aw|sv|vs|antw|odp|答复|回复|回覆|答覆)\\s*(\\[\\d+\\])?\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile(
            "(?m)^(>|On .{3,200}wrote:\\s*$|在.{2,200}(写道|寫道)[:：]|-{2,}\\s*(Original Message|原始邮件|原始郵件))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The subject fallback is for replies only: a reply prefix on the subject (Re:, AW:, SV:, 回复:, 答复:
     * …), a quoted part in the text, or an In-Reply-To (which, when this is asked, points outside Keel).
     * Separate mails that merely share a subject stay separate tickets.
     */
    static boolean looksLikeReply(ParsedMail mail) {
        return REPLY_PREFIX.matcher(mail.subject()).find()
                || mail.inReplyTo() != null
                || QUOTED.matcher(mail.text()).find();
    }

    Optional<Long> byNumber(@Nullable String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(subject);
        while (m.find()) {
            Optional<TicketView> ticket = tickets.findByNumber(m.group(1));
            if (ticket.isPresent()) {
                return Optional.of(followMerge(ticket.get()));
            }
        }
        return Optional.empty();
    }

    /** In-Reply-To first, then References from the newest to the oldest. */
    static List<String> related(ParsedMail mail) {
        List<String> ids = new ArrayList<>();
        if (mail.inReplyTo() != null) {
            ids.add(mail.inReplyTo());
        }
        List<String> references = new ArrayList<>(mail.references());
        java.util.Collections.reverse(references);
        for (String id : references) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    Optional<Long> byMessageIds(List<String> ids) {
        for (String id : ids.stream().limit(30).toList()) {
            Optional<Long> received = jdbc
                    .queryForList(
                            "SELECT ticket_id FROM channel_message WHERE message_id = ? AND ticket_id IS NOT NULL"
                                    + " ORDER BY id LIMIT 1",
                            Long.class,
                            id)
                    .stream()
                    .findFirst();
            Optional<Long> found = received.isPresent() ? received : notifications.ticketOfSentMessage(id);
            if (found.isPresent()) {
                Optional<TicketView> ticket = tickets.find(found.get());
                if (ticket.isPresent()) {
                    return Optional.of(followMerge(ticket.get()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The fallback: a ticket the sender took part in recently, one of whose received messages had the
     * same normalised subject (an indexed key), and which is still open.
     */
    private Optional<Long> bySubject(ParsedMail mail) {
        String subject = normalise(mail.subject());
        if (mail.from() == null || subject.length() < 4) {
            return Optional.empty();
        }
        List<Long> candidates = jdbc.queryForList(
                "SELECT DISTINCT m.ticket_id FROM channel_message m JOIN channel_participant p"
                        + " ON p.ticket_id = m.ticket_id AND p.address = ? AND p.created_at >= ?"
                        + " WHERE m.subject_key = ? AND m.ticket_id IS NOT NULL AND m.received_at >= ?"
                        + " ORDER BY m.ticket_id DESC LIMIT 5",
                Long.class,
                mail.from().address(),
                Timestamp.from(clock.instant().minus(fallbackWindow)),
                subjectKey(mail.subject()),
                Timestamp.from(clock.instant().minus(fallbackWindow)));
        for (long id : candidates) {
            Optional<TicketView> ticket = tickets.find(id);
            if (ticket.isPresent() && ticket.get().status().open()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** The normalised subject as stored for the fallback lookup (at most 200 characters). */
    static String subjectKey(String subject) {
        String key = normalise(subject);
        return key.length() <= 200 ? key : key.substring(0, 200);
    }

    private long followMerge(TicketView ticket) {
        TicketView t = ticket;
        for (int i = 0; i < 5 && t.mergedIntoId() != null; i++) {
            Optional<TicketView> target = tickets.find(t.mergedIntoId());
            if (target.isEmpty()) {
                break;
            }
            t = target.get();
        }
        return t.id();
    }

    /** The subject without reply / forward prefixes, ticket numbers in brackets and extra spaces. */
    static String normalise(@Nullable String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject;
        for (int i = 0; i < 5; i++) {
            String before = s;
            s = PREFIXES.matcher(s).replaceFirst("");
            s = s.replaceAll("^\\s*\\[[A-Z]{2,6}-\\d{8}-\\d{6,}\\]\\s*", "");
            if (s.equals(before)) {
                break;
            }
        }
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
