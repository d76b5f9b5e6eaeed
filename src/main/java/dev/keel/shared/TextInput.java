package dev.keel.shared;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Cleans text a person or a system sent, by the kind of field it goes into. Single-line text (titles,
 * names, file names, subjects) never holds line breaks, tabs, other control characters or the Unicode
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can make {@code
 * txt.exe} look like {@code exe.txt}; line breaks and tabs become a space, the rest is removed.
 * Multi-line text (descriptions, comments, bodies) keeps line feeds and tabs (CR LF and lone CR become
 * LF) and loses every other control character. Every script, emoji and ordinary punctuation stays.
 */
public final class TextInput {

    private static final Set<String> SINGLE_LINE_NAMES = Set.of("title", "subject", "code", "username", "email");

    private TextInput() {}

    /**
     * Whether a field of this name holds single-line text: {@code title}, {@code subject}, {@code code},
     * {@code username}, {@code email} and every name ending in {@code name} or {@code title}
     * ({@code displayName}, {@code fileName}…). Other fields are single-line when marked {@link SingleLine}.
     */
    public static boolean isSingleLineField(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return SINGLE_LINE_NAMES.contains(name) || lower.endsWith("name") || lower.endsWith("title");
    }

    /** {@code text} cleaned for the field {@code name} (see {@link #isSingleLineField}). */
    public static @Nullable String forField(@Nullable String name, boolean markedSingleLine, @Nullable String text) {
        return markedSingleLine || isSingleLineField(name) ? singleLine(text) : multiLine(text);
    }

    public static @Nullable String singleLine(@Nullable String text) {
        if (text == null || isClean(text, false)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    public static @Nullable String multiLine(@Nullable String text) {
        if (text == null || isClean(text, true)) {
            return text;
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isClean(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (multiLine
                    ? (c == '\r' || (Character.isISOControl(c) && c != '\n' && c != '\t'))
                    : (Character.isISOControl(c) || isBidiControl(c))) {
                return false;
            }
        }
        return true;
    }
}
