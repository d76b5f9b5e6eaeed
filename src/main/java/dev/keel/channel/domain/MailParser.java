package dev.keel.channel.domain;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses raw RFC 5322 bytes into a {@link ParsedMail}, surviving what real mailboxes hold: MIME of any
 * nesting, encoded headers and file names (RFC 2047 and 2231), any charset or a wrong one, broken
 * transfer encodings, HTML-only mail, inline images, forwarded messages, signed mail, TNEF, delivery
 * reports. Problems are collected instead of thrown; only bytes that are not a message at all throw.
 */
public final class MailParser {

    private static final Session SESSION = session();
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final int MAX_DEPTH = 20;

    private MailParser() {}

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        return Session.getInstance(p);
    }

    /** Mutable state of one parse. */
    private static final class Collector {
        @Nullable
        String text;

        @Nullable
        String html;

        final List<ParsedMail.Part> parts = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        boolean signed;
        ParsedMail.@Nullable DeliveryReport report;
        final List<String> failed = new ArrayList<>();
        String diagnostic = "";

        @Nullable
        String originalMessageId;

        @Nullable
        String originalSubject;
    }

    public static ParsedMail parse(byte[] raw) {
        MimeMessage message;
        try {
            message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new IllegalArgumentException("not a mail message: " + e.getMessage(), e);
        }
        Map<String, String> headers = headers(message);
        Collector c = new Collector();
        walk(message, c, 0);
        if (!c.failed.isEmpty() || c.originalMessageId != null) {
            c.report = new ParsedMail.DeliveryReport(
                    List.copyOf(c.failed), c.originalMessageId, c.originalSubject, c.diagnostic.strip());
        }
        String html = c.html == null ? null : MailHtml.sanitise(c.html);
        // an empty text/plain beside a non-empty HTML alternative (some mailers send one) is no text
        String text = c.text != null && !c.text.isBlank()
                ? c.text
                : c.html != null && !c.html.isBlank() ? MailHtml.text(c.html) : c.text != null ? c.text : "";
        ParsedMail.Address from = null;
        for (String name : SenderAttribution.HEADERS) {
            from = SenderAttribution.read(header(message, name)).orElse(null);
            if (from != null) {
                if (!name.equals("From")) {
                    c.problems.add("sender taken from " + name);
                }
                break;
            }
        }
        if (from == null) {
            c.problems.add("no usable sender in " + SenderAttribution.tried());
        }
        return new ParsedMail(
                firstId(headers.get("message-id")),
                firstId(headers.get("in-reply-to")),
                ids(headers.get("references")),
                from,
                addresses(header(message, "To")),
                addresses(header(message, "Cc")),
                EncodedWords.decode(header(message, "Subject")).strip(),
                normaliseNewlines(text),
                html,
                List.copyOf(c.parts),
                headers,
                c.report,
                c.signed,
                List.copyOf(c.problems));
    }

    private static Map<String, String> headers(MimeMessage message) {
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            Enumeration<Header> all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                Header h = all.nextElement();
                headers.putIfAbsent(
                        h.getName().toLowerCase(Locale.ROOT),
                        EncodedWords.unfold(h.getValue()).strip());
            }
        } catch (MessagingException e) {
            // no headers readable: an empty map; the message will lack a sender and be quarantined
        }
        return headers;
    }

    private static @Nullable String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static void walk(Part part, Collector c, int depth) {
        if (depth > MAX_DEPTH) {
            c.problems.add("nesting deeper than " + MAX_DEPTH);
            return;
        }
        String type = contentType(part);
        ContentType ct = parseType(type);
        String base = ct == null ? "text/plain" : ct.getBaseType().toLowerCase(Locale.ROOT);
        String disposition = disposition(part);
        String fileName = fileName(part, ct);
        try {
            if (base.startsWith("multipart/")) {
                multipart(part, base, ct, c, depth);
                return;
            }
            if (base.equals("message/rfc822") || base.equals("message/global")) {
                byte[] bytes = bytes(part, c);
                String name = fileName != null ? fileName : embeddedSubject(bytes) + ".eml";
                c.parts.add(new ParsedMail.Part(name, "message/rfc822", bytes, null, false));
                embedded(bytes, c);
                return;
            }
            if (base.equals("message/delivery-status") || base.equals("message/global-delivery-status")) {
                deliveryStatus(MailCharsets.decode(bytes(part, c), "utf-8"), c);
                return;
            }
            if (base.equals("text/rfc822-headers") || base.equals("message/global-headers")) {
                embedded(bytes(part, c), c);
                return;
            }
            if (base.equals("application/pkcs7-signature")
                    || base.equals("application/x-pkcs7-signature")
                    || base.equals("application/pgp-signature")) {
                c.signed = true;
                return;
            }
            boolean attachment = "attachment".equals(disposition) || (fileName != null && !base.startsWith("text/"));
            if ((base.equals("text/plain") || base.equals("text/html")) && !attachment) {
                String text = MailCharsets.decode(bytes(part, c), ct == null ? null : ct.getParameter("charset"));
                if (base.equals("text/plain")) {
                    c.text = c.text == null ? text : c.text + "\n\n" + text;
                } else {
                    c.html = c.html == null ? text : c.html + "\n" + text;
                }
                return;
            }
            String contentId = firstId(header(part, "Content-ID"));
            String name = fileName != null ? fileName : defaultName(base, contentId);
            boolean inline = contentId != null && base.startsWith("image/") && !"attachment".equals(disposition);
            c.parts.add(new ParsedMail.Part(name, base, bytes(part, c), contentId, inline));
        } catch (MessagingException | IOException | RuntimeException e) {
            c.problems.add(base + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            byte[] raw = rawBytes(part);
            if (raw.length > 0) {
                if (c.text == null && base.startsWith("multipart/")) {
                    c.text = MailCharsets.decode(raw, null);
                } else {
                    c.parts.add(new ParsedMail.Part(
                            fileName != null ? fileName : defaultName(base, null),
                            "application/octet-stream",
                            raw,
                            null,
                            false));
                }
            }
        }
    }

    private static void multipart(Part part, String base, @Nullable ContentType ct, Collector c, int depth)
            throws MessagingException, IOException {
        Object content = part.getContent();
        if (!(content instanceof Multipart multipart)) {
            c.problems.add(base + " without parts");
            c.text = MailCharsets.decode(rawBytes(part), null);
            return;
        }
        if (multipart instanceof MimeMultipart mime && !mime.isComplete()) {
            c.problems.add(base + ": missing end boundary");
        }
        int count = multipart.getCount();
        if (base.equals("multipart/signed")) {
            c.signed = true;
        }
        if (base.equals("multipart/alternative")) {
            // the richest readable alternative of each kind: the last text/plain and the last text/html
            Collector alt = new Collector();
            for (int i = 0; i < count; i++) {
                walk(multipart.getBodyPart(i), alt, depth + 1);
            }
            if (alt.text != null) {
                c.text = c.text == null ? alt.text : c.text + "\n\n" + alt.text;
            }
            if (alt.html != null) {
                c.html = c.html == null ? alt.html : c.html + "\n" + alt.html;
            }
            c.parts.addAll(alt.parts);
            c.problems.addAll(alt.problems);
            return;
        }
        for (int i = 0; i < count; i++) {
            BodyPart child = multipart.getBodyPart(i);
            walk(child, c, depth + 1);
        }
    }

    private static void deliveryStatus(String status, Collector c) {
        String recipient = null;
        String action = null;
        for (String line : (status.replace("\r", "") + "\n\n").split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (recipient != null && (action == null || action.equals("failed"))) {
                    c.failed.add(recipient);
                }
                recipient = null;
                action = null;
                continue;
            }
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("final-recipient:")
                    || (lower.startsWith("original-recipient:") && recipient == null)) {
                String value = l.substring(l.indexOf(':') + 1).strip();
                int semi = value.indexOf(';');
                recipient =
                        (semi >= 0 ? value.substring(semi + 1) : value).strip().toLowerCase(Locale.ROOT);
            } else if (lower.startsWith("action:")) {
                action = lower.substring(7).strip();
            } else if (lower.startsWith("diagnostic-code:") || lower.startsWith("status:")) {
                c.diagnostic += l + "\n";
            }
        }
    }

    private static void embedded(byte[] bytes, Collector c) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(bytes));
            String id = firstId(headers.getHeader("Message-ID", null));
            if (id != null && c.originalMessageId == null) {
                c.originalMessageId = id;
                c.originalSubject = EncodedWords.decode(headers.getHeader("Subject", null));
            }
        } catch (MessagingException e) {
            c.problems.add("embedded headers unreadable");
        }
    }

    private static String embeddedSubject(byte[] bytes) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(bytes));
            String subject =
                    EncodedWords.decode(headers.getHeader("Subject", null)).strip();
            String safe = subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
            return safe.isEmpty() ? "message" : safe.length() > 100 ? safe.substring(0, 100) : safe;
        } catch (MessagingException e) {
            return "message";
        }
    }

    private static String contentType(Part part) {
        String value = header(part, "Content-Type");
        return value == null ? "text/plain" : EncodedWords.unfold(value);
    }

    private static @Nullable ContentType parseType(String value) {
        try {
            return new ContentType(value);
        } catch (Exception e) {
            String base = value.split(";", 2)[0].strip();
            try {
                return new ContentType(base.isEmpty() ? "application/octet-stream" : base);
            } catch (Exception again) {
                return null;
            }
        }
    }

    private static @Nullable String disposition(Part part) {
        String value = header(part, "Content-Disposition");
        if (value == null) {
            return null;
        }
        return value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The file name from Content-Disposition or Content-Type, RFC 2231 or RFC 2047 encoded. */
    static @Nullable String fileName(Part part, @Nullable ContentType ct) {
        String name = null;
        try {
            name = part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            name = null;
        }
        if ((name == null || name.isBlank()) && ct != null) {
            name = ct.getParameter("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String decoded = name.contains("=?") ? EncodedWords.decode(name) : name;
        if (decoded.chars().anyMatch(ch -> ch > 0x7f) && decoded.chars().allMatch(ch -> ch <= 0xff)) {
            decoded = MailCharsets.decode(decoded.getBytes(StandardCharsets.ISO_8859_1), null);
        }
        return decoded.strip();
    }

    private static String defaultName(String base, @Nullable String contentId) {
        String ext = switch (base) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "application/ms-tnef", "application/vnd.ms-tnef" -> ".dat";
            case "application/pkcs7-mime", "application/x-pkcs7-mime" -> ".p7m";
            default -> ".bin";
        };
        if (base.contains("tnef")) {
            return "winmail.dat";
        }
        return (contentId != null ? contentId.replaceAll("[^A-Za-z0-9._-]", "_") : "attachment") + ext;
    }

    private static byte[] bytes(Part part, Collector c) throws MessagingException, IOException {
        String encoding = header(part, "Content-Transfer-Encoding");
        if (encoding != null && encoding.strip().equalsIgnoreCase("base64")) {
            // decoded leniently: a missing "=" padding, line noise or a truncated last group is common
            return base64(rawBytes(part));
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException | MessagingException | RuntimeException e) {
            c.problems.add("transfer encoding: " + e.getMessage());
            return rawBytes(part);
        }
    }

    /** Base64 without its padding, with stray characters or a dangling last character still decodes. */
    static byte[] base64(byte[] encoded) {
        StringBuilder clean = new StringBuilder(encoded.length);
        for (byte b : encoded) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'A' && ch <= 'Z')
                    || (ch >= 'a' && ch <= 'z')
                    || (ch >= '0' && ch <= '9')
                    || ch == '+'
                    || ch == '/') {
                clean.append(ch);
            } else if (ch == '-' || ch == '_') {
                clean.append(ch == '-' ? '+' : '/');
            } else if (ch == '=') {
                break;
            }
        }
        if (clean.length() % 4 == 1) {
            clean.setLength(clean.length() - 1);
        }
        return java.util.Base64.getDecoder().decode(padded(clean));
    }

    private static String padded(StringBuilder clean) {
        while (clean.length() % 4 != 0) {
            clean.append('=');
        }
        return clean.toString();
    }

    private static byte[] rawBytes(Part part) {
        try {
            InputStream in = part instanceof jakarta.mail.internet.MimeBodyPart body
                    ? body.getRawInputStream()
                    : part instanceof MimeMessage m ? m.getRawInputStream() : part.getInputStream();
            try (in) {
                return in.readAllBytes();
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            return new byte[0];
        }
    }

    static @Nullable String firstId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = MESSAGE_ID.matcher(value);
        if (m.find()) {
            return m.group(1);
        }
        String bare = value.strip();
        return bare.contains("@") && !bare.contains(" ") ? bare : null;
    }

    static List<String> ids(@Nullable String value) {
        if (value == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return Collections.unmodifiableList(ids);
    }

    static List<ParsedMail.Address> addresses(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String decoded = EncodedWords.unfold(value);
        List<ParsedMail.Address> out = new ArrayList<>();
        // split on commas outside quotes and angle brackets
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        List<String> pieces = new ArrayList<>();
        for (char ch : decoded.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '<' && !quoted) {
                angle++;
            } else if (ch == '>' && !quoted && angle > 0) {
                angle--;
            }
            if ((ch == ',' || ch == ';') && !quoted && angle == 0) {
                pieces.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        pieces.add(current.toString());
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            String address;
            String name = null;
            int lt = p.lastIndexOf('<');
            int gt = p.lastIndexOf('>');
            if (lt >= 0 && gt > lt) {
                address = p.substring(lt + 1, gt).strip();
                name = EncodedWords.decode(p.substring(0, lt).strip().replaceAll("^\"|\"$", ""))
                        .strip();
            } else {
                address = p.replaceAll("\\(.*\\)", "").strip();
            }
            if (address.contains("@") && !address.contains(" ")) {
                out.add(new ParsedMail.Address(
                        address.toLowerCase(Locale.ROOT), name == null || name.isEmpty() ? null : name));
            }
        }
        return List.copyOf(out);
    }

    private static String normaliseNewlines(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\u0000", "")
                .strip();
    }

    /** For tests and the fold view: decodes {@code text} the way header values are decoded. */
    static String decodeHeader(String raw) {
        return EncodedWords.decode(raw);
    }

    static String encodeForTest(String text) throws java.io.UnsupportedEncodingException {
        return MimeUtility.encodeText(text, "UTF-8", "B");
    }

    static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }
}
