package dev.keel.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an entry: SHA-256 over the previous hash and every field, each length-prefixed so that
 * no two different entries can produce the same input.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {}

    static String hash(
            String prevHash,
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String subject,
            String details,
            @Nullable String remoteAddress) {
        StringBuilder input = new StringBuilder(256);
        append(input, prevHash);
        append(input, Long.toString(seq));
        append(input, occurredAt.toString());
        append(input, actor);
        append(input, action);
        append(input, subject);
        append(input, details);
        append(input, remoteAddress);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void append(StringBuilder input, @Nullable String value) {
        if (value == null) {
            input.append("-1:");
        } else {
            input.append(value.length()).append(':').append(value);
        }
        input.append('|');
    }
}
