package dev.keel.channel.domain;

import dev.keel.notification.MailThreads;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Noise that must never open a ticket or be answered: Keel's own mail (its loop header or one of its
 * addresses as sender), delivery reports (bounces), and automatic replies by the headers of RFC 3834 and
 * the de-facto ones (X-Autoreply, X-Autorespond, Precedence bulk / junk / list, X-Loop), with the usual
 * out-of-office subjects as a last resort, and read receipts (RFC 8098 disposition notifications).
 */
final class MailClassifier {

    enum Kind {
        NORMAL,
        LOOP,
        BOUNCE,
        AUTO_REPLY,
        READ_RECEIPT
    }

    private static final List<String> AUTO_SUBJECTS = List.of(
            "auto:",
            "automatic reply",
            "auto reply",
            "autoreply",
            "auto-reply",
            "out of office",
            "out of the office",
            "自动回复",
            "自動回覆",
            "自动答复",
            "不在办公室");

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon");

    private MailClassifier() {}

    static Kind classify(ParsedMail mail, Set<String> ownAddresses) {
        if (mail.header(MailThreads.LOOP_HEADER) != null) {
            return Kind.LOOP;
        }
        String sender = mail.from() == null ? "" : mail.from().address();
        if (ownAddresses.contains(sender)) {
            return Kind.LOOP;
        }
        if (readReceipt(mail)) {
            return Kind.READ_RECEIPT;
        }
        String type = mail.header("content-type");
        boolean report = type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/report")
                && type.toLowerCase(Locale.ROOT).contains("delivery-status");
        String local = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
        if (report || (mail.report() != null && DAEMONS.contains(local))) {
            return Kind.BOUNCE;
        }
        if (autoReply(mail) || DAEMONS.contains(local)) {
            return Kind.AUTO_REPLY;
        }
        return Kind.NORMAL;
    }

    /** A message disposition notification (RFC 8098): "your message was displayed". */
    static boolean readReceipt(ParsedMail mail) {
        String type = mail.header("content-type");
        String t = type == null
                ? ""
                : type.toLowerCase(Locale.ROOT).replace(" ", "").replace("\"", "");
        return (t.startsWith("multipart/report") && t.contains("report-type=disposition-notification"))
                || mail.parts().stream()
                        .anyMatch(p -> p.contentType().equalsIgnoreCase("message/disposition-notification"));
    }

    static boolean autoReply(ParsedMail mail) {
        String submitted = mail.header("auto-submitted");
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (mail.header("x-autoreply") != null
                || mail.header("x-autorespond") != null
                || mail.header("x-autoresponder") != null
                || mail.header("x-loop") != null) {
            return true;
        }
        String precedence = mail.header("precedence");
        if (precedence != null) {
            String p = precedence.strip().toLowerCase(Locale.ROOT);
            if (p.equals("bulk") || p.equals("junk") || p.equals("list") || p.equals("auto_reply")) {
                return true;
            }
        }
        String suppress = mail.header("x-auto-response-suppress");
        String subject = mail.subject().toLowerCase(Locale.ROOT);
        boolean autoSubject = AUTO_SUBJECTS.stream().anyMatch(subject::startsWith);
        return autoSubject
                && (suppress != null
                        || mail.header("x-ms-exchange-generated-message-source") != null
                        || subject.startsWith("auto")
                        || subject.startsWith("out of")
                        || subject.startsWith("自"));
    }
}
