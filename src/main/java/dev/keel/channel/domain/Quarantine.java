package dev.keel.channel.domain;

import dev.keel.channel.ChannelAdministered;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages that could not become a ticket or reply: listed newest first (keyset pages on the status
 * index), downloadable as .eml, retried (processed again as if just received) or discarded (kept in
 * the store, no longer listed). Every action is audited.
 */
@Service
@Transactional
public class Quarantine {

    private final JdbcTemplate jdbc;
    private final MailStore store;
    private final ApplicationEventPublisher events;

    Quarantine(JdbcTemplate jdbc, MailStore store, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.events = events;
    }

    public Keyset.Page<QuarantinedMessage> list(Keyset.PageRequest page) {
        long after = page.afterLong(Long.MAX_VALUE);
        List<QuarantinedMessage> rows = jdbc.query(
                "SELECT " + MessageRow.COLUMNS + " FROM channel_message WHERE status = ? AND id < ?"
                        + " ORDER BY id DESC LIMIT ?",
                (rs, i) -> view(MessageRow.map(rs, i)),
                MessageRow.QUARANTINED,
                after,
                page.fetchSize());
        return Keyset.page(rows, page, QuarantinedMessage::id);
    }

    public QuarantinedMessage find(long id) {
        return view(row(id));
    }

    /** The raw message as received. */
    public byte[] download(long id, Actor actor) {
        MessageRow row = row(id);
        audit(actor, "mail.quarantine.downloaded", id, row.reason());
        return store.read(row.rawSha256());
    }

    /** Puts the message back to be processed (see {@link MailIntake#retry}). */
    void reopen(long id, Actor actor) {
        MessageRow row = row(id);
        jdbc.update(
                "UPDATE channel_message SET status = ?, reason = NULL, detail = NULL, attempts = 0 WHERE id = ? AND status = ?",
                MessageRow.RECEIVED,
                id,
                MessageRow.QUARANTINED);
        audit(actor, "mail.quarantine.retried", id, row.reason());
    }

    public void discard(long id, Actor actor) {
        MessageRow row = row(id);
        jdbc.update(
                "UPDATE channel_message SET status = ? WHERE id = ? AND status = ?",
                MessageRow.DISCARDED,
                id,
                MessageRow.QUARANTINED);
        audit(actor, "mail.quarantine.discarded", id, row.reason());
    }

    private MessageRow row(long id) {
        return jdbc
                .query(
                        "SELECT " + MessageRow.COLUMNS + " FROM channel_message WHERE id = ? AND status = ?",
                        MessageRow::map,
                        id,
                        MessageRow.QUARANTINED)
                .stream()
                .findFirst()
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.NOT_FOUND, "not-found", "channel.quarantine.notFound"));
    }

    private void audit(Actor actor, String action, long id, String reason) {
        events.publishEvent(
                new ChannelAdministered(action, actor.name(), actor.remoteAddress(), "mail:" + id, "reason=" + reason));
    }

    private static QuarantinedMessage view(MessageRow r) {
        return new QuarantinedMessage(
                r.id(),
                r.mailboxId(),
                r.sender(),
                r.subject(),
                r.reason() == null ? "unknown" : r.reason(),
                r.detail(),
                r.rawSize(),
                r.receivedAt());
    }
}
