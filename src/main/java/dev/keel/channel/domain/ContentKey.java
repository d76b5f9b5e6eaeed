package dev.keel.channel.domain;

import dev.keel.shared.files.ContentHash;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What makes two received messages the same mail: the Message-ID AND a SHA-256 of the key headers (From,
 * Sender, To, Cc, Subject, Date, In-Reply-To, References) and the normalised body (line endings, trailing
 * blanks) and files. A mailer reusing a Message-ID for a different mail gives a different key; the same
 * mail delivered twice, or changed only in its line endings or transport headers (Received,
 * Return-Path), gives the same key.
 */
final class ContentKey {

    private static final List<String> KEY_HEADERS =
            List.of("from", "sender", "to", "cc", "subject", "date", "in-reply-to", "references");

    private ContentKey() {}

    /** The content hash of a parsed message. */
    static String of(ParsedMail mail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : KEY_HEADERS) {
            String value = mail.header(name);
            write(
                    out,
                    name + ":"
                            + (value == null
                                    ? ""
                                    : value.replaceAll("\\s+", " ").strip()));
        }
        write(out, normalise(mail.text()));
        for (ParsedMail.Part part : mail.parts()) {
            write(
                    out,
                    part.fileName() + "/" + part.contentType().toLowerCase(Locale.ROOT) + "/"
                            + ContentHash.sha256(part.content()));
        }
        return ContentHash.sha256(out.toByteArray());
    }

    /** The content hash of bytes that are no message at all: the bytes with normalised line endings. */
    static String ofRaw(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        return ContentHash.sha256(normalise(text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The row key: unique per mailbox, so that one mail is stored once whoever stores it. */
    static String messageKey(@Nullable String messageId, String contentHash) {
        if (messageId == null || messageId.isBlank()) {
            return "sha256:" + contentHash;
        }
        String key = "id:" + messageId + "#" + contentHash;
        return key.length() <= 200
                ? key
                : "idsha:" + ContentHash.sha256((messageId + "#" + contentHash).getBytes(StandardCharsets.UTF_8));
    }

    static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t]+\n", "\n")
                .strip();
    }

    private static void write(ByteArrayOutputStream out, String value) {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }
}
