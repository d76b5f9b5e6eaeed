package dev.keel.channel.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Helpers for writing test messages by hand. */
final class MailParserTestsSupport {

    private MailParserTestsSupport() {}

    /** {@code text} as one RFC 2047 B-encoded UTF-8 word (plain ASCII stays as it is). */
    static String utf8(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?= ";
    }
}
