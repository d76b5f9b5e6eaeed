package dev.keel.notification.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One composed e-mail. {@code eventKey} identifies the event that caused it, so that a retried event
 * does not send it twice. {@code files} are attached (an agent's reply carries the files of the reply).
 * {@code ticketId} is null for a mail about no ticket (a notice about the recipient's own account).
 */
public record Mail(
        @Nullable Long ticketId,
        String eventKey,
        NotificationKind kind,
        String recipient,
        String subject,
        String text,
        List<MailFile> files) {

    public Mail {
        files = List.copyOf(files);
    }

    public Mail(
            @Nullable Long ticketId,
            String eventKey,
            NotificationKind kind,
            String recipient,
            String subject,
            String text) {
        this(ticketId, eventKey, kind, recipient, subject, text, List.of());
    }

    /** A file attached to a mail. */
    public record MailFile(String fileName, String contentType, byte[] content) {}

    public Mail withFiles(List<MailFile> attached) {
        return new Mail(ticketId, eventKey, kind, recipient, subject, text, attached);
    }
}
