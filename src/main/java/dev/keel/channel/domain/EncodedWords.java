package dev.keel.channel.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Header text as people meant it: RFC 2047 encoded words (B and Q, any charset, also the common
 * non-standard ones inside words and without spaces), adjacent words of one charset joined before
 * decoding (mailers split multi-byte characters across words), words whose encoded text holds spaces
 * (which some mailers write though RFC 2047 forbids it), and raw 8-bit header bytes detected.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?]*?)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

    private EncodedWords() {}

    /** Decodes a header value as Jakarta Mail returns it (bytes widened to chars one to one). */
    static String decode(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        String value = unfold(raw);
        boolean eightBit = value.chars().anyMatch(c -> c > 0x7f);
        if (eightBit && value.chars().allMatch(c -> c <= 0xff)) {
            value = MailCharsets.decode(value.getBytes(StandardCharsets.ISO_8859_1), null);
        }
        if (!value.contains("=?")) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(value);
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (m.find()) {
            String gap = value.substring(last, m.start());
            boolean adjacent =
                    pendingCharset != null && BETWEEN_WORDS.matcher(gap).matches();
            String charset = m.group(1).toLowerCase(Locale.ROOT);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star); // RFC 2231 language suffix
            }
            if (!adjacent || !charset.equals(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(gap);
                }
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quoted(m.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(value.substring(last));
        return out.toString();
    }

    static String unfold(String raw) {
        return raw.replaceAll("\\r?\\n[ \\t]+", " ").replace("\r", "").replace("\n", "");
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, @Nullable String charset) {
        if (pending.size() > 0) {
            out.append(MailCharsets.decode(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    private static byte[] base64(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9+/]", "");
        while (clean.length() % 4 != 0) {
            if (clean.length() % 4 == 1) {
                clean = clean.substring(0, clean.length() - 1);
            } else {
                clean += "=";
            }
        }
        try {
            return Base64.getDecoder().decode(clean);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() + 0 && i + 2 <= text.length() - 1) {
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                } else {
                    out.write(c);
                }
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }
}
