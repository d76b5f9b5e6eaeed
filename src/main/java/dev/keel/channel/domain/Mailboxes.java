package dev.keel.channel.domain;

import dev.keel.channel.ChannelAdministered;
import dev.keel.channel.SaveMailbox;
import dev.keel.channel.UnknownSenders;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mailboxes: created and changed in the console (audited, optimistic locking), passwords sealed by
 * {@link SecretBox} and never returned.
 */
@Service
@Transactional
public class Mailboxes {

    static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final String COLUMNS = "id, name, address, imap_host, imap_port, imap_ssl, imap_user, folder,"
            + " poll_seconds, smtp_host, smtp_port, smtp_ssl, smtp_user, smtp_secret, default_group_id,"
            + " default_category_id, default_organisation_id, unknown_senders, enabled, last_polled_at,"
            + " last_poll_error, version";

    private final JdbcTemplate jdbc;
    private final SecretBox secrets;
    private final MailConnections connections;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Mailboxes(
            JdbcTemplate jdbc,
            SecretBox secrets,
            MailConnections connections,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.connections = connections;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MailboxView> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM channel_mailbox ORDER BY name", Mailboxes::view);
    }

    @Transactional(readOnly = true)
    public MailboxView find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM channel_mailbox WHERE id = ?", Mailboxes::view, id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("mailbox"));
    }

    /** Every address Keel receives at; mail from one of them is Keel talking to itself. */
    @Transactional(readOnly = true)
    public List<String> addresses() {
        return jdbc.queryForList("SELECT DISTINCT LOWER(address) FROM channel_mailbox", String.class);
    }

    public MailboxView create(SaveMailbox command, Actor actor) {
        Valid v = validate(command, true);
        jdbc.update(
                "INSERT INTO channel_mailbox (name, address, imap_host, imap_port, imap_ssl, imap_user, imap_secret,"
                        + " folder, poll_seconds, smtp_host, smtp_port, smtp_ssl, smtp_user, smtp_secret,"
                        + " default_group_id, default_category_id, default_organisation_id, unknown_senders, enabled,"
                        + " version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                v.name,
                v.address,
                v.imapHost,
                v.imapPort,
                command.imapSsl(),
                v.imapUser,
                secrets.encrypt(blank(command.imapPassword()) ? "" : command.imapPassword()),
                v.folder,
                v.pollSeconds,
                v.smtpHost,
                v.smtpPort,
                command.smtpSsl(),
                v.smtpUser,
                blank(command.smtpPassword()) ? null : secrets.encrypt(command.smtpPassword()),
                command.defaultGroupId(),
                command.defaultCategoryId(),
                command.defaultOrganisationId(),
                v.unknownSenders.name(),
                command.enabled(),
                Timestamp.from(clock.instant()));
        long id = jdbc.queryForObject("SELECT id FROM channel_mailbox WHERE name = ?", Long.class, v.name);
        audit(actor, "mailbox.created", id, v.name);
        return find(id);
    }

    public MailboxView update(long id, SaveMailbox command, Actor actor) {
        MailboxView current = find(id);
        Valid v = validate(command, false);
        if (command.expectedVersion() != null && command.expectedVersion() != current.version()) {
            throw stale();
        }
        int updated = jdbc.update(
                "UPDATE channel_mailbox SET name = ?, address = ?, imap_host = ?, imap_port = ?, imap_ssl = ?,"
                        + " imap_user = ?, folder = ?, poll_seconds = ?, smtp_host = ?, smtp_port = ?, smtp_ssl = ?,"
                        + " smtp_user = ?, default_group_id = ?, default_category_id = ?, default_organisation_id = ?,"
                        + " unknown_senders = ?, enabled = ?, version = version + 1 WHERE id = ? AND version = ?",
                v.name,
                v.address,
                v.imapHost,
                v.imapPort,
                command.imapSsl(),
                v.imapUser,
                v.folder,
                v.pollSeconds,
                v.smtpHost,
                v.smtpPort,
                command.smtpSsl(),
                v.smtpUser,
                command.defaultGroupId(),
                command.defaultCategoryId(),
                command.defaultOrganisationId(),
                v.unknownSenders.name(),
                command.enabled(),
                id,
                current.version());
        if (updated == 0) {
            throw stale();
        }
        if (!blank(command.imapPassword())) {
            jdbc.update(
                    "UPDATE channel_mailbox SET imap_secret = ? WHERE id = ?",
                    secrets.encrypt(command.imapPassword()),
                    id);
        }
        if (!blank(command.smtpPassword())) {
            jdbc.update(
                    "UPDATE channel_mailbox SET smtp_secret = ? WHERE id = ?",
                    secrets.encrypt(command.smtpPassword()),
                    id);
        }
        audit(actor, "mailbox.updated", id, v.name + (blank(command.imapPassword()) ? "" : ", password changed"));
        return find(id);
    }

    /** Tries IMAP (and SMTP when configured) with the stored settings; never throws for a server error. */
    public ConnectionCheck test(long id, Actor actor) {
        MailboxView mailbox = find(id);
        ConnectionCheck check = connections.check(mailbox, imapPassword(id), smtpPassword(id));
        audit(actor, "mailbox.tested", id, check.ok() ? "ok" : "failed");
        return check;
    }

    @Transactional(readOnly = true)
    String imapPassword(long id) {
        return secrets.decrypt(
                jdbc.queryForObject("SELECT imap_secret FROM channel_mailbox WHERE id = ?", String.class, id));
    }

    @Transactional(readOnly = true)
    @Nullable
    String smtpPassword(long id) {
        String sealed = jdbc.queryForObject("SELECT smtp_secret FROM channel_mailbox WHERE id = ?", String.class, id);
        return sealed == null ? null : secrets.decrypt(sealed);
    }

    /** Enabled mailboxes whose own poll interval has elapsed at {@code now}. */
    @Transactional(readOnly = true)
    public List<MailboxView> due(Instant now) {
        return list().stream()
                .filter(MailboxView::enabled)
                .filter(m -> m.lastPolledAt() == null
                        || !m.lastPolledAt().plusSeconds(m.pollSeconds()).isAfter(now))
                .toList();
    }

    void polled(long id, @Nullable String error) {
        jdbc.update(
                "UPDATE channel_mailbox SET last_polled_at = ?, last_poll_error = ? WHERE id = ?",
                Timestamp.from(clock.instant()),
                error == null ? null : abbreviate(error, 2000),
                id);
    }

    Optional<MailboxView> findOptional(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM channel_mailbox WHERE id = ?", Mailboxes::view, id).stream()
                .findFirst();
    }

    private record Valid(
            String name,
            String address,
            String imapHost,
            int imapPort,
            String imapUser,
            String folder,
            int pollSeconds,
            @Nullable String smtpHost,
            @Nullable Integer smtpPort,
            @Nullable String smtpUser,
            UnknownSenders unknownSenders) {}

    private Valid validate(SaveMailbox c, boolean creating) {
        String name = required("name", c.name(), 100);
        String address = required("address", c.address(), 320).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(address).matches()) {
            throw DomainException.invalid("address", "channel.validation.email");
        }
        String host = required("imapHost", c.imapHost(), 255);
        int port = port("imapPort", c.imapPort());
        String user = required("imapUser", c.imapUser(), 320);
        if (creating && blank(c.imapPassword())) {
            throw DomainException.invalid("imapPassword", "validation.required");
        }
        String folder = blank(c.folder()) ? "INBOX" : c.folder().strip();
        if (folder.length() > 200) {
            throw DomainException.invalid("folder", "validation.tooLong", 200);
        }
        int poll = c.pollSeconds() == null ? 60 : c.pollSeconds();
        if (poll < 10 || poll > 86400) {
            throw DomainException.invalid("pollSeconds", "channel.validation.pollSeconds", 10, 86400);
        }
        String smtpHost = blank(c.smtpHost()) ? null : c.smtpHost().strip();
        Integer smtpPort = smtpHost == null ? null : port("smtpPort", c.smtpPort());
        String smtpUser = blank(c.smtpUser()) ? null : c.smtpUser().strip();
        Long exists = c.name() == null
                ? null
                : jdbc.query("SELECT id FROM channel_mailbox WHERE name = ?", (rs, i) -> rs.getLong(1), name).stream()
                        .findFirst()
                        .orElse(null);
        if (creating && exists != null) {
            throw DomainException.invalid("name", "channel.validation.nameTaken");
        }
        return new Valid(
                name,
                address,
                host,
                port,
                user,
                folder,
                poll,
                smtpHost,
                smtpPort,
                smtpUser,
                c.unknownSenders() == null ? UnknownSenders.CREATE : c.unknownSenders());
    }

    private static String required(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw DomainException.invalid(field, "validation.required");
        }
        if (v.length() > max) {
            throw DomainException.invalid(field, "validation.tooLong", max);
        }
        return v;
    }

    private static int port(String field, @Nullable Integer port) {
        if (port == null || port < 1 || port > 65535) {
            throw DomainException.invalid(field, "channel.validation.port");
        }
        return port;
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static DomainException stale() {
        return new DomainException(DomainException.Kind.CONFLICT, "stale", "error.stale");
    }

    private void audit(Actor actor, String action, long id, String details) {
        events.publishEvent(
                new ChannelAdministered(action, actor.name(), actor.remoteAddress(), "mailbox:" + id, details));
    }

    static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static MailboxView view(ResultSet rs, int row) throws SQLException {
        Timestamp polled = rs.getTimestamp("last_polled_at");
        return new MailboxView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("imap_host"),
                rs.getInt("imap_port"),
                rs.getBoolean("imap_ssl"),
                rs.getString("imap_user"),
                rs.getString("folder"),
                rs.getInt("poll_seconds"),
                rs.getString("smtp_host"),
                (Integer) rs.getObject("smtp_port", Integer.class),
                rs.getBoolean("smtp_ssl"),
                rs.getString("smtp_user"),
                rs.getString("smtp_secret") != null,
                rs.getObject("default_group_id", Long.class),
                rs.getObject("default_category_id", Long.class),
                rs.getObject("default_organisation_id", Long.class),
                UnknownSenders.valueOf(rs.getString("unknown_senders")),
                rs.getBoolean("enabled"),
                polled == null ? null : polled.toInstant(),
                rs.getString("last_poll_error"),
                rs.getLong("version"));
    }
}
