package dev.keel.notification.domain;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Threading and loop headers on everything Keel sends: a Message-ID on the sender's host, In-Reply-To
 * and References from the ticket's earlier mails (received and sent), {@code Auto-Submitted} on
 * automatic notifications and Keel's own loop header, by which the e-mail channel refuses to take in
 * anything Keel sent.
 */
public final class MailHeaders {

    /** Keel's loop header; a received mail carrying it is never processed. */
    public static final String LOOP_HEADER = dev.keel.notification.MailThreads.LOOP_HEADER;

    /** At most this many earlier Message-IDs go into References (the first and the latest ones). */
    static final int MAX_REFERENCES = 20;

    private MailHeaders() {}

    /** A new Message-ID (without angle brackets) on the host of the sender address. */
    public static String messageId(String from) {
        return "keel." + UUID.randomUUID() + "@" + host(from);
    }

    /** The host part of an address, lower-case; {@code keel.invalid} when there is none. */
    public static String host(String address) {
        int at = address.lastIndexOf('@');
        String host = at < 0 ? "" : address.substring(at + 1).replace(">", "").strip();
        return host.isEmpty() ? "keel.invalid" : host.toLowerCase(Locale.ROOT);
    }

    static void thread(MimeMessage message, String messageId, List<String> earlier, boolean automatic, String from)
            throws MessagingException {
        message.setHeader("Message-ID", "<" + messageId + ">");
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(earlier));
        if (!ids.isEmpty()) {
            if (ids.size() > MAX_REFERENCES) {
                List<String> kept = new ArrayList<>();
                kept.add(ids.get(0));
                kept.addAll(ids.subList(ids.size() - (MAX_REFERENCES - 1), ids.size()));
                ids = kept;
            }
            message.setHeader("In-Reply-To", "<" + ids.get(ids.size() - 1) + ">");
            message.setHeader(
                    "References",
                    String.join(" ", ids.stream().map(id -> "<" + id + ">").toList()));
        }
        if (automatic) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        message.setHeader(LOOP_HEADER, host(from));
    }
}
