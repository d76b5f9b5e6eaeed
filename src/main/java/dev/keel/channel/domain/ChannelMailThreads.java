package dev.keel.channel.domain;

import dev.keel.notification.MailThreads;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells notifications what the e-mail channel knows about a ticket's thread: the mailbox address it
 * came in by, the Message-IDs received for it, and addresses that bounced within {@code
 * keel.channel.bounce-suppression} (after which they are tried again).
 */
@Component
class ChannelMailThreads implements MailThreads {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration suppression;

    ChannelMailThreads(
            JdbcTemplate jdbc, Clock clock, @Value("${keel.channel.bounce-suppression:P30D}") Duration suppression) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.suppression = suppression;
    }

    @Override
    public Optional<String> senderAddress(long ticketId) {
        return jdbc
                .queryForList(
                        "SELECT b.address FROM channel_message m JOIN channel_mailbox b ON b.id = m.mailbox_id"
                                + " WHERE m.ticket_id = ? AND m.status = 'PROCESSED' ORDER BY m.id LIMIT 1",
                        String.class,
                        ticketId)
                .stream()
                .findFirst();
    }

    @Override
    public List<String> receivedMessageIds(long ticketId) {
        return jdbc.queryForList(
                "SELECT message_id FROM channel_message WHERE ticket_id = ? AND status = 'PROCESSED'"
                        + " AND message_id IS NOT NULL ORDER BY id",
                String.class,
                ticketId);
    }

    @Override
    public boolean suppressed(String address) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM channel_bounce WHERE address = ? AND last_bounce_at >= ?",
                Integer.class,
                address.strip().toLowerCase(Locale.ROOT),
                Timestamp.from(clock.instant().minus(suppression)));
        return count != null && count > 0;
    }
}
