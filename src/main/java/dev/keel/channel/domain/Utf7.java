package dev.keel.channel.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Decodes UTF-7 (RFC 2152), which the JDK does not know: ASCII as is, other characters as modified
 * base64 of UTF-16 between {@code +} and {@code -}; {@code +-} is a plus sign. Broken sequences are kept
 * as they are rather than dropped.
 */
final class Utf7 {

    private Utf7() {}

    static String decode(byte[] bytes) {
        String in = new String(bytes, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder(in.length());
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c != '+') {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < in.length() && isBase64(in.charAt(end))) {
                end++;
            }
            if (end == i + 1) {
                // "+-" is a literal plus; a lone "+" is kept
                out.append('+');
                i = end < in.length() && in.charAt(end) == '-' ? end + 1 : end;
                continue;
            }
            String run = in.substring(i + 1, end);
            String decoded = decodeRun(run);
            if (decoded == null) {
                out.append(in, i, end);
            } else {
                out.append(decoded);
            }
            i = end < in.length() && in.charAt(end) == '-' ? end + 1 : end;
        }
        return out.toString();
    }

    private static String decodeRun(String run) {
        int usable = run.length() * 6 / 8 / 2 * 2;
        try {
            String padded = run;
            while (padded.length() % 4 != 0) {
                padded += "=";
            }
            byte[] utf16 = Base64.getDecoder().decode(padded);
            int length = Math.min(utf16.length, usable) / 2 * 2;
            return new String(utf16, 0, length, StandardCharsets.UTF_16BE);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBase64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
