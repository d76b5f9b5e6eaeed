package dev.keel.channel.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A received message as Keel understands it. Addresses are lower-case; Message-IDs are without angle
 * brackets; {@code text} is the readable body (from the HTML part when there is no text part); {@code
 * html} is sanitised or null; {@code headers} holds the first value of each header by lower-case name.
 */
public record ParsedMail(
        @Nullable String messageId,
        @Nullable String inReplyTo,
        List<String> references,
        @Nullable Address from,
        List<Address> to,
        List<Address> cc,
        String subject,
        String text,
        @Nullable String html,
        List<Part> parts,
        Map<String, String> headers,
        @Nullable DeliveryReport report,
        boolean signed,
        List<String> problems) {

    /** An address and the display name that came with it. */
    public record Address(String address, @Nullable String name) {}

    /**
     * A file of the message: attachments, forwarded messages, inline images ({@code contentId} set).
     */
    public record Part(
            String fileName,
            String contentType,
            byte[] content,
            @Nullable String contentId,
            boolean inline) {}

    /** A delivery status notification: who could not be reached and which message it was. */
    public record DeliveryReport(
            List<String> failedRecipients,
            @Nullable String originalMessageId,
            @Nullable String originalSubject,
            String diagnostic) {}

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
