package dev.keel.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A generated mailbox backlog, the same for the benchmark and its smoke test: new mails in UTF-8, GB2312,
 * Big5, ISO-8859-1 and ISO-2022-JP, some with a PDF attachment; replies to earlier mails (In-Reply-To);
 * the same mail delivered twice; out-of-office replies. Each sender writes at most one mail every ten
 * minutes of Date, as a backlog after an outage would hold, so that no flood limit applies.
 */
public final class BacklogMail {

    /** One generated message and what it should become. */
    public record Message(String raw, Kind kind) {}

    public enum Kind {
        TICKET,
        REPLY,
        DUPLICATE,
        NOISE
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private BacklogMail() {}

    /** {@code count} messages to {@code to}, unique by {@code tag}, from {@code senders} distinct senders. */
    public static List<Message> generate(int count, String tag, String to, int senders) {
        List<Message> out = new ArrayList<>(count);
        List<String[]> opened = new ArrayList<>(); // message id, subject, sender
        Instant start = Instant.parse("2026-11-20T00:00:00Z");
        for (int i = 0; i < count; i++) {
            String sender = "backlog" + (i % senders) + "." + tag + "@ecm.example";
            Instant sent = start.plusSeconds(600L * (i / senders) + i % senders);
            String id = tag + "." + i + "@ecm.example";
            if (i % 50 == 49 && !out.isEmpty()) {
                // the same mail again (a gateway resending it after the outage)
                Message earlier = out.get(out.size() - 1);
                if (earlier.kind() == Kind.TICKET) {
                    out.add(new Message(
                            earlier.raw().replace("Received: from mx1", "Received: from mx2"), Kind.DUPLICATE));
                    continue;
                }
            }
            if (i % 20 == 19) {
                out.add(new Message(
                        head(sender, to, "Automatic reply: out of office", id, sent, "Auto-Submitted: auto-replied\n")
                                + "Content-Type: text/plain; charset=us-ascii\n\nI am away until Monday.\n",
                        Kind.NOISE));
                continue;
            }
            if (i % 7 == 6 && !opened.isEmpty()) {
                String[] original = opened.get((i * 31) % opened.size());
                out.add(new Message(
                        head(original[2], to, "Re: " + original[1], id, sent, "In-Reply-To: <" + original[0] + ">\n")
                                + "Content-Type: text/plain; charset=utf-8\n\nStill happening, see above.\n\n> "
                                + original[1] + "\n",
                        Kind.REPLY));
                continue;
            }
            String subject = "Backlog " + tag + " #" + i;
            String body;
            switch (i % 5) {
                case 0 -> body = text("utf-8", "服务器在停机后无法启动，编号 " + i, StandardCharsets.UTF_8);
                case 1 -> body = text("gb2312", "打印机卡纸，编号 " + i, Charset.forName("GBK"));
                case 2 -> body = text("big5", "印表機無法列印，編號 " + i, Charset.forName("Big5"));
                case 3 ->
                    body = text(
                            "iso-8859-1", "Die Größe der Datei ist falsch, Nummer " + i, StandardCharsets.ISO_8859_1);
                default ->
                    body = "Content-Type: multipart/mixed; boundary=\"b" + i + "\"\n\n--b" + i + "\n"
                            + text("iso-2022-jp", "プリンターが動きません " + i, Charset.forName("ISO-2022-JP"))
                            + "--b" + i + "\nContent-Type: application/pdf\nContent-Disposition: attachment;"
                            + " filename=\"report-" + i + ".pdf\"\nContent-Transfer-Encoding: base64\n\n"
                            + Base64.getMimeEncoder()
                                    .encodeToString(("%PDF-1.4 report " + i).getBytes(StandardCharsets.US_ASCII))
                            + "\n--b" + i + "--\n";
            }
            opened.add(new String[] {id, subject, sender});
            out.add(new Message(head(sender, to, subject, id, sent, "") + body, Kind.TICKET));
        }
        return out;
    }

    private static String head(String from, String to, String subject, String id, Instant sent, String extra) {
        return "Received: from mx1.ecm.example by mx.keel.example; " + DATE.format(sent) + "\nFrom: " + from + "\nTo: "
                + to + "\nSubject: " + subject + "\nDate: " + DATE.format(sent) + "\nMessage-ID: <" + id
                + ">\nMIME-Version: 1.0\n" + extra;
    }

    private static String text(String label, String text, Charset charset) {
        return "Content-Type: text/plain; charset=" + label + "\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(charset)) + "\n";
    }

    /** How many of each kind the backlog holds. */
    public static long count(List<Message> messages, Kind kind) {
        return messages.stream().filter(m -> m.kind() == kind).count();
    }
}
