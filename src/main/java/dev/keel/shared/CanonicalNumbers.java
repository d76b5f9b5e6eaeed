package dev.keel.shared;

import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whole numbers as they are written in Keel's addresses and parameters: ASCII digits, an optional
 * leading minus, no sign, spaces, leading zeros, hexadecimal or other scripts' digits. {@code 4} is
 * the id 4; {@code " 4"}, {@code +4}, {@code 0004}, {@code 0x4} and {@code ４} are not ids at all, so
 * two spellings never reach the same record.
 */
public final class CanonicalNumbers {

    private static final Pattern CANONICAL = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private CanonicalNumbers() {}

    /** The value of {@code text} when it is a canonical decimal {@code long}, else empty. */
    public static OptionalLong parseLong(@Nullable String text) {
        if (text == null || !CANONICAL.matcher(text).matches() || text.equals("-0")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException overflow) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code text} is made of digits of any script only: meant as an id (canonical or not), not a name. */
    public static boolean looksNumeric(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
