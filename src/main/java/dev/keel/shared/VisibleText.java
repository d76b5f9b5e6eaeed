package dev.keel.shared;

import org.jspecify.annotations.Nullable;

/** Whether a text shows anything to a reader: a value of only spaces and invisible marks counts as empty. */
public final class VisibleText {

    private VisibleText() {}

    /**
     * True when {@code text} has at least one character that is not white space, a control character or
     * an invisible formatting mark (bidi embeddings and isolates, zero-width joiners, byte-order marks).
     */
    public static boolean present(@Nullable String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(VisibleText::visible);
    }

    private static boolean visible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT;
    }
}
