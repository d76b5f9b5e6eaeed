package dev.keel.channel.domain;

import dev.keel.ticket.TicketParticipation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the ticket pages show of a message that came in by e-mail: the folded quote and signature, the
 * sanitised HTML with its inline images served through Keel, and the original .eml — each only for
 * people who may see the ticket.
 */
@Service
public class MailViews {

    private static final Pattern CID = Pattern.compile("src=\"cid:([^\"]+)\"");

    private final JdbcTemplate jdbc;
    private final MailStore store;
    private final TicketParticipation participation;

    MailViews(JdbcTemplate jdbc, MailStore store, TicketParticipation participation) {
        this.jdbc = jdbc;
        this.store = store;
        this.participation = participation;
    }

    /** A received message as the conversation shows it. */
    public record MailView(
            long messageId,
            long ticketId,
            String folded,
            @Nullable String html,
            String fileName) {}

    /** The mail an entry came from, if it did and the user may see its ticket. */
    public Optional<MailView> forEntry(long entryId, long userId) {
        return view(
                jdbc.query(
                        "SELECT " + MessageRow.COLUMNS
                                + " FROM channel_message WHERE entry_id = ? AND status = 'PROCESSED'",
                        MessageRow::map,
                        entryId),
                userId);
    }

    /** The mail a ticket was opened by, if it was and the user may see it. */
    public Optional<MailView> forTicket(long ticketId, long userId) {
        return view(
                jdbc.query(
                        "SELECT " + MessageRow.COLUMNS
                                + " FROM channel_message WHERE ticket_id = ? AND entry_id IS NULL"
                                + " AND status = 'PROCESSED' ORDER BY id LIMIT 1",
                        MessageRow::map,
                        ticketId),
                userId);
    }

    /** The raw bytes of a processed message, for someone who may see its ticket. */
    public Optional<byte[]> original(long messageId, long userId) {
        return visibleRow(messageId, userId).map(r -> store.read(r.rawSha256()));
    }

    /** An inline part by its Content-ID, for someone who may see the message's ticket. */
    public Optional<ParsedMail.Part> inline(long messageId, String contentId, long userId) {
        return visibleRow(messageId, userId)
                .flatMap(r -> MailParser.parse(store.read(r.rawSha256())).parts().stream()
                        .filter(p -> contentId.equals(p.contentId()))
                        .findFirst());
    }

    private Optional<MessageRow> visibleRow(long messageId, long userId) {
        return jdbc
                .query(
                        "SELECT " + MessageRow.COLUMNS + " FROM channel_message WHERE id = ? AND ticket_id IS NOT NULL",
                        MessageRow::map,
                        messageId)
                .stream()
                .findFirst()
                .filter(r -> r.ticketId() != null && participation.visibleTo(r.ticketId(), userId));
    }

    private Optional<MailView> view(List<MessageRow> rows, long userId) {
        if (rows.isEmpty()
                || rows.get(0).ticketId() == null
                || !participation.visibleTo(rows.get(0).ticketId(), userId)) {
            return Optional.empty();
        }
        MessageRow row = rows.get(0);
        ParsedMail mail = MailParser.parse(store.read(row.rawSha256()));
        QuoteFolder.Folded folded = QuoteFolder.fold(mail.text());
        String html = mail.html() == null ? null : inlineImages(mail.html(), row.id());
        return Optional.of(
                new MailView(row.id(), row.ticketId(), folded.folded(), html, "message-" + row.id() + ".eml"));
    }

    /** Points {@code cid:} images at Keel's inline-part URL of this message. */
    static String inlineImages(String html, long messageId) {
        Matcher m = CID.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String cid = m.group(1).replaceAll("[^A-Za-z0-9@._$-]", "");
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement("src=\"/channel/messages/" + messageId + "/inline/"
                            + java.net.URLEncoder.encode(cid, java.nio.charset.StandardCharsets.UTF_8) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }
}
