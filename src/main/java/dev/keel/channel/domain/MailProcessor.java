package dev.keel.channel.domain;

import dev.keel.channel.UnknownSenders;
import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.Permission;
import dev.keel.identity.RequesterRegistration;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.EntryView;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketParticipation;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 3 of the intake: turns one stored message into a ticket, a reply, a bounce note, or a quarantine
 * entry, in ONE transaction that also records the outcome on the message row. A message that is not
 * RECEIVED any more (another node got it first) is left alone, so processing twice never duplicates.
 */
@Component
class MailProcessor {

    private static final Logger log = LoggerFactory.getLogger(MailProcessor.class);
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 20000;
    static final int ENTRY_MAX = 50000;

    private final JdbcTemplate jdbc;
    private final MailStore store;
    private final Mailboxes mailboxes;
    private final Threader threader;
    private final TicketManagement tickets;
    private final TicketParticipation participation;
    private final RequesterRegistration requesters;
    private final UserDirectory directory;
    private final RefusalMailer refusals;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String keelFrom;
    private final int rateLimit;
    private final Duration rateWindow;
    private IntakeFaults faults = IntakeFaults.NONE;

    MailProcessor(
            JdbcTemplate jdbc,
            MailStore store,
            Mailboxes mailboxes,
            Threader threader,
            TicketManagement tickets,
            TicketParticipation participation,
            RequesterRegistration requesters,
            UserDirectory directory,
            RefusalMailer refusals,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${keel.mail.from:servicedesk@keel.example}") String keelFrom,
            @Value("${keel.channel.rate-limit:20}") int rateLimit,
            @Value("${keel.channel.rate-window:PT10M}") Duration rateWindow) {
        this.jdbc = jdbc;
        this.store = store;
        this.mailboxes = mailboxes;
        this.threader = threader;
        this.tickets = tickets;
        this.participation = participation;
        this.requesters = requesters;
        this.directory = directory;
        this.refusals = refusals;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.keelFrom = keelFrom.toLowerCase(Locale.ROOT);
        this.rateLimit = rateLimit;
        this.rateWindow = rateWindow;
    }

    void faults(IntakeFaults faults) {
        this.faults = faults;
    }

    /** The outcome recorded on the row. */
    record Outcome(
            String status,
            @Nullable String reason,
            @Nullable String detail,
            @Nullable Long ticketId,
            @Nullable Long entryId) {

        static Outcome quarantine(String reason, @Nullable String detail) {
            return new Outcome(MessageRow.QUARANTINED, reason, detail, null, null);
        }

        static Outcome ignored(String reason, @Nullable Long ticketId) {
            return new Outcome(MessageRow.IGNORED, reason, null, ticketId, null);
        }
    }

    /** Processes the message if it is still RECEIVED; returns its outcome, or empty when it was not. */
    Optional<Outcome> process(long messageRowId) {
        try {
            return Optional.ofNullable(transactions.execute(tx -> {
                List<MessageRow> rows = jdbc.query(
                        "SELECT " + MessageRow.COLUMNS + " FROM channel_message WHERE id = ? FOR UPDATE",
                        MessageRow::map,
                        messageRowId);
                if (rows.isEmpty() || !rows.get(0).status().equals(MessageRow.RECEIVED)) {
                    return null;
                }
                MessageRow row = rows.get(0);
                Outcome outcome = decide(row);
                faults.at(IntakeFaults.Step.BEFORE_COMMIT);
                record(row.id(), outcome);
                return outcome;
            }));
        } catch (DomainException refused) {
            // the ticket module refused the content: nothing of it was kept; the mail waits in quarantine
            String detail = refused.fieldProblems().isEmpty()
                    ? refused.messageKey()
                    : refused.fieldProblems().get(0).field() + ": "
                            + refused.fieldProblems().get(0).messageKey();
            quarantine(messageRowId, "refused", detail);
            return Optional.of(Outcome.quarantine("refused", detail));
        }
    }

    /** The ticket a parsed message threads onto, if any. */
    Optional<Long> thread(ParsedMail mail) {
        return threader.find(mail).map(Threader.Match::ticketId);
    }

    /** Quarantines a row in its own transaction (after processing failed for a reason outside the mail). */
    void quarantine(long rowId, String reason, @Nullable String detail) {
        transactions.executeWithoutResult(tx -> jdbc.update(
                "UPDATE channel_message SET status = ?, reason = ?, detail = ?, processed_at = ? WHERE id = ?"
                        + " AND status = ?",
                MessageRow.QUARANTINED,
                reason,
                detail == null ? null : Mailboxes.abbreviate(detail, 2000),
                Timestamp.from(clock.instant()),
                rowId,
                MessageRow.RECEIVED));
    }

    private void record(long rowId, Outcome o) {
        jdbc.update(
                "UPDATE channel_message SET status = ?, reason = ?, detail = ?, ticket_id = ?, entry_id = ?,"
                        + " processed_at = ? WHERE id = ?",
                o.status(),
                o.reason(),
                o.detail() == null ? null : Mailboxes.abbreviate(o.detail(), 2000),
                o.ticketId(),
                o.entryId(),
                Timestamp.from(clock.instant()),
                rowId);
    }

    private Outcome decide(MessageRow row) {
        MailboxView mailbox = mailboxes.findOptional(row.mailboxId()).orElse(null);
        if (mailbox == null) {
            return Outcome.quarantine("no-mailbox", null);
        }
        byte[] raw = store.read(row.rawSha256());
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Outcome.quarantine("unparseable", e.getMessage());
        }
        if (mail.from() == null || !SenderAttribution.usable(mail.from().address())) {
            return Outcome.quarantine(
                    "no-sender", "tried " + SenderAttribution.tried() + "; " + String.join("; ", mail.problems()));
        }
        Set<String> own = new HashSet<>(mailboxes.addresses());
        own.add(keelFrom);
        switch (MailClassifier.classify(mail, own)) {
            case LOOP -> {
                return Outcome.ignored("loop", null);
            }
            case BOUNCE -> {
                return bounce(mail);
            }
            case AUTO_REPLY -> {
                return Outcome.ignored(
                        "auto-reply",
                        threader.find(mail).map(Threader.Match::ticketId).orElse(null));
            }
            case READ_RECEIPT -> {
                return Outcome.ignored(
                        "read-receipt",
                        threader.find(mail).map(Threader.Match::ticketId).orElse(null));
            }
            case NORMAL -> {
                // taken in below
            }
        }
        String sender = mail.from().address();
        if (rateLimited(sender, row)) {
            return Outcome.quarantine("rate-limited", rateLimit + " / " + rateWindow);
        }
        Optional<Threader.Match> match = threader.find(mail);
        Optional<TicketView> ticket = match.flatMap(m -> tickets.find(m.ticketId()));
        boolean followUp = false;
        if (ticket.isPresent() && !ticket.get().status().open() && ticket.get().status() != TicketStatus.RESOLVED) {
            followUp = true;
        }
        Optional<UserSummary> author = requesters.findByEmail(sender);
        if (author.isEmpty()) {
            if (mailbox.unknownSenders() == UnknownSenders.REFUSE) {
                refuseAfterCommit(mailbox, mail);
                return Outcome.quarantine("unknown-sender", sender);
            }
            author = Optional.of(
                    requesters.registerRequester(sender, mail.from().name(), organisationFor(mailbox, sender)));
        }
        QuoteFolder.Folded folded = QuoteFolder.fold(mail.text());
        if (ticket.isPresent() && !followUp) {
            return reply(mail, raw, ticket.get(), author.get(), folded);
        }
        return open(mail, raw, mailbox, author.get(), folded, followUp ? ticket.get() : null);
    }

    private Outcome reply(
            ParsedMail mail, byte[] raw, TicketView ticket, UserSummary author, QuoteFolder.Folded folded) {
        if (author.id() != ticket.requesterId()
                && !participation.watchers(ticket.id()).contains(author.id())) {
            participation.addWatcher(ticket.id(), author.id());
        }
        String body = limit(folded.fresh().isEmpty() ? subjectOrEmpty(mail) : folded.fresh(), ENTRY_MAX);
        EntryView entry = participation.participantReply(ticket.id(), author.id(), body);
        attach(mail, raw, ticket.id(), entry.id(), author.id());
        participants(ticket.id(), mail);
        return new Outcome(MessageRow.PROCESSED, "reply", null, ticket.id(), entry.id());
    }

    private Outcome open(
            ParsedMail mail,
            byte[] raw,
            MailboxView mailbox,
            UserSummary requester,
            QuoteFolder.Folded folded,
            @Nullable TicketView earlier) {
        String title = Threader.normalise(mail.subject()).isEmpty()
                ? noSubject()
                : mail.subject().strip();
        if (earlier != null) {
            title = Threader.NUMBER
                    .matcher(title)
                    .replaceAll("")
                    .replaceAll("^[\\s\\[\\]]+", "")
                    .strip();
            if (title.isEmpty()) {
                title = noSubject();
            }
        }
        String description = folded.fresh().isEmpty() ? title : folded.fresh();
        if (earlier != null) {
            description = both("channel.mail.followUp", earlier.number()) + "\n\n" + description;
        }
        String note = null;
        if (description.length() > DESCRIPTION_MAX) {
            note = both("channel.mail.truncated");
            description = description.substring(0, DESCRIPTION_MAX - 200) + "\n…";
        }
        TicketView opened = tickets.open(
                new OpenTicket(
                        null,
                        limit(title, TITLE_MAX),
                        description,
                        Channel.EMAIL,
                        mailbox.defaultCategoryId() != null && tickets.categoryExists(mailbox.defaultCategoryId())
                                ? mailbox.defaultCategoryId()
                                : null,
                        null,
                        null,
                        requester.id()),
                requester.id());
        if (opened.groupId() == null
                && mailbox.defaultGroupId() != null
                && directory.findGroup(mailbox.defaultGroupId()).isPresent()) {
            opened = tickets.assign(opened.id(), mailbox.defaultGroupId(), null, null);
        }
        attach(mail, raw, opened.id(), null, requester.id());
        long ticketId = opened.id();
        for (ParsedMail.Address cc : concat(mail.to(), mail.cc())) {
            requesters
                    .findByEmail(cc.address())
                    .filter(u -> u.id() != requester.id() && u.enabled())
                    .ifPresent(u -> participation.addWatcher(ticketId, u.id()));
        }
        participants(opened.id(), mail);
        if (note != null) {
            participation.systemNote(opened.id(), note);
        }
        return new Outcome(MessageRow.PROCESSED, earlier != null ? "follow-up" : "opened", null, opened.id(), null);
    }

    private Outcome bounce(ParsedMail mail) {
        ParsedMail.DeliveryReport report = mail.report();
        Optional<Long> ticket = Optional.empty();
        if (report != null && report.originalMessageId() != null) {
            ticket = threader.byMessageIds(List.of(report.originalMessageId()));
        }
        if (ticket.isEmpty() && report != null) {
            ticket = threader.byNumber(report.originalSubject());
        }
        if (ticket.isEmpty()) {
            ticket = threader.byNumber(mail.subject()).or(() -> threader.byMessageIds(Threader.related(mail)));
        }
        List<String> failed = report == null ? List.of() : report.failedRecipients();
        Instant now = clock.instant();
        for (String address : failed) {
            String a = address.toLowerCase(Locale.ROOT);
            int updated = jdbc.update(
                    "UPDATE channel_bounce SET bounces = bounces + 1, last_ticket_id = ?, last_bounce_at = ?"
                            + " WHERE address = ?",
                    ticket.orElse(null),
                    Timestamp.from(now),
                    a);
            if (updated == 0) {
                jdbc.update(
                        "INSERT INTO channel_bounce (address, bounces, last_ticket_id, last_bounce_at) VALUES (?, 1, ?, ?)",
                        a,
                        ticket.orElse(null),
                        Timestamp.from(now));
            }
        }
        if (ticket.isEmpty()) {
            return new Outcome(MessageRow.BOUNCE, "bounce-unmatched", String.join(", ", failed), null, null);
        }
        String who = failed.isEmpty() ? "?" : String.join(", ", failed);
        String diagnostic = report == null || report.diagnostic().isBlank() ? "" : "\n" + report.diagnostic();
        EntryView note = participation.systemNote(ticket.get(), both("channel.mail.bounced", who) + diagnostic);
        return new Outcome(MessageRow.BOUNCE, "bounce", who, ticket.get(), note.id());
    }

    private void attach(ParsedMail mail, byte[] raw, long ticketId, @Nullable Long entryId, long actorId) {
        List<String> refused = new ArrayList<>();
        for (ParsedMail.Part part : mail.parts()) {
            if (part.content().length == 0) {
                continue;
            }
            Optional<TicketParticipation.Refusal> refusal = participation.attach(
                    ticketId, entryId, part.fileName(), part.contentType(), part.content(), actorId);
            refusal.ifPresent(r -> refused.add(part.fileName() + ": "
                    + messages.getMessage(
                            r.messageKey(), r.arguments().toArray(), r.messageKey(), Locale.SIMPLIFIED_CHINESE)
                    + " / "
                    + messages.getMessage(r.messageKey(), r.arguments().toArray(), r.messageKey(), Locale.ENGLISH)));
        }
        if (!refused.isEmpty()) {
            // the whole original message (a message/rfc822 file, which the rules accept by default) keeps
            // the refused files, e.g. winmail.dat, on the ticket
            Optional<TicketParticipation.Refusal> original =
                    participation.attach(ticketId, entryId, "original-message.eml", "message/rfc822", raw, actorId);
            participation.systemNote(
                    ticketId,
                    both(original.isEmpty() ? "channel.mail.attachmentInOriginal" : "channel.mail.attachmentRefused")
                            + "\n"
                            + String.join("\n", refused));
        }
    }

    private void participants(long ticketId, ParsedMail mail) {
        Set<String> own = new HashSet<>(mailboxes.addresses());
        own.add(keelFrom);
        Set<String> addresses = new HashSet<>();
        if (mail.from() != null) {
            addresses.add(mail.from().address());
        }
        concat(mail.to(), mail.cc()).forEach(a -> addresses.add(a.address()));
        for (String address : addresses) {
            if (own.contains(address) || address.length() > 320) {
                continue;
            }
            Integer exists = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM channel_participant WHERE ticket_id = ? AND address = ?",
                    Integer.class,
                    ticketId,
                    address);
            if (exists == null || exists == 0) {
                jdbc.update(
                        "INSERT INTO channel_participant (ticket_id, address, created_at) VALUES (?, ?, ?)",
                        ticketId,
                        address,
                        Timestamp.from(clock.instant()));
            }
        }
    }

    /**
     * A flood is more than {@code rate-limit} earlier messages from the sender within {@code rate-window}
     * of this one, measured by when the messages entered the mail system (Received / Date) and not when
     * Keel fetched them: a backlog of mail written over hours is no flood, however fast it is fetched.
     */
    private boolean rateLimited(String sender, MessageRow row) {
        Timestamp sent = jdbc.queryForObject(
                "SELECT COALESCE(sent_at, received_at) FROM channel_message WHERE id = ?", Timestamp.class, row.id());
        Instant at = sent == null ? row.receivedAt() : sent.toInstant();
        Integer earlier = jdbc.queryForObject(
                "SELECT COUNT(*) FROM channel_message WHERE sender = ? AND id < ? AND status <> ?"
                        + " AND COALESCE(sent_at, received_at) >= ? AND COALESCE(sent_at, received_at) <= ?",
                Integer.class,
                sender,
                row.id(),
                MessageRow.DUPLICATE,
                Timestamp.from(at.minus(rateWindow)),
                Timestamp.from(at.plus(rateWindow)));
        return earlier != null && earlier >= rateLimit;
    }

    private @Nullable Long organisationFor(MailboxView mailbox, String sender) {
        String domain = sender.substring(sender.indexOf('@') + 1);
        String[] labels = domain.split("\\.");
        for (OrganisationSummary o : directory.organisations()) {
            if (!o.active()) {
                continue;
            }
            for (String label : labels) {
                if (label.equalsIgnoreCase(o.code())) {
                    return o.id();
                }
            }
        }
        return mailbox.defaultOrganisationId();
    }

    private void refuseAfterCommit(MailboxView mailbox, ParsedMail mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            refusals.refuse(mailbox, mail);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    refusals.refuse(mailbox, mail);
                } catch (RuntimeException e) {
                    log.warn("Could not send the refusal to an unknown sender: {}", e.getMessage());
                }
            }
        });
    }

    private String subjectOrEmpty(ParsedMail mail) {
        return mail.subject().isBlank() ? noSubject() : mail.subject();
    }

    private String noSubject() {
        return both("channel.mail.noSubject").replace("\n", " ");
    }

    /** A note stored once for every reader, in both languages (like the ticket module's system notes). */
    private String both(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE) + "\n"
                + messages.getMessage(key, args, Locale.ENGLISH);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static List<ParsedMail.Address> concat(List<ParsedMail.Address> a, List<ParsedMail.Address> b) {
        List<ParsedMail.Address> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static boolean agent(UserSummary user) {
        return user.roles().stream().anyMatch(r -> r.permissions().contains(Permission.WORKSPACE_USE));
    }
}
