package dev.keel.channel.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a header or body into text whatever the mail claims: GB2312 and GBK labels are
 * read as GB18030 (their superset, which real "GB2312" mail often needs), UTF-7 by {@link Utf7}, and a
 * missing, unknown or wrong label falls back to detection: valid UTF-8 first, then juniversalchardet,
 * then plausible Latin text (the label kept), then the CJK and other charsets juniversalchardet proposes,
 * then windows-1252. A Latin label (ISO-8859-1, US-ASCII) is kept unless its bytes prove it wrong. Never
 * throws.
 */
final class MailCharsets {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MailCharsets() {}

    /** The Java charset for a label, with the mail-world aliases; null when unknown. */
    static @Nullable Charset forLabel(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "gb2312", "gbk", "cp936", "x-gbk", "gb_2312-80", "euc-cn", "x-euc-cn", "hz-gb-2312", "gb18030":
                return GB18030;
            case "big5", "big-5", "cn-big5", "x-x-big5":
                return Charset.forName("Big5-HKSCS");
            case "ks_c_5601-1987", "ks_c_5601", "ksc5601", "euc-kr":
                return Charset.forName("x-windows-949");
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms932", "cp932", "windows-31j":
                return Charset.forName("windows-31j");
            case "iso-2022-jp", "csiso2022jp", "iso-2022-jp-1", "iso-2022-jp-ms":
                // Microsoft's variant knows the NEC and IBM extension characters (①, ㈱, Ⅲ) real mailers send
                return iso2022jp();
            case "utf8":
                return StandardCharsets.UTF_8;
            case "iso-8859-1", "latin1", "us-ascii", "ascii", "ansi_x3.4-1968":
                return WINDOWS_1252;
            default:
                try {
                    return Charset.forName(name);
                } catch (RuntimeException unknown) {
                    return null;
                }
        }
    }

    /** Decodes {@code bytes} labelled {@code label}; see the class comment for the fallbacks. */
    static String decode(byte[] bytes, @Nullable String label) {
        String name = label == null ? "" : label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("utf-7") || name.equals("unicode-1-1-utf-7") || name.equals("x-utf-7")) {
            return Utf7.decode(bytes);
        }
        if (ascii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        if (!MailCharsets.iso2022(name)) {
            // valid UTF-8 with multi-byte sequences almost never happens by chance in other charsets,
            // and is the most common mislabelling (a "gb2312" or "iso-8859-1" label on UTF-8 text)
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8;
            }
        }
        Charset declared = forLabel(label);
        if (declared != null && !declared.equals(WINDOWS_1252)) {
            String strict = strict(bytes, declared);
            if (strict != null) {
                return strict;
            }
        }
        if (declared != null && declared.equals(WINDOWS_1252) && latin(bytes)) {
            // the label is kept unless the bytes prove it wrong: text in a Latin charset has its 8-bit
            // letters alone or in pairs between ASCII (Größe, à été), never in long runs
            return new String(bytes, WINDOWS_1252);
        }
        return detect(bytes, declared != null && declared.equals(WINDOWS_1252) ? declared : null);
    }

    /**
     * Whether bytes read as windows-1252 (the superset of ISO-8859-1 that mailers use under that label) are
     * plausible Latin text: every byte defined, every 8-bit character a letter or common sign, and no run
     * of more than three 8-bit bytes (which CJK text in a double-byte charset always has).
     */
    static boolean latin(byte[] bytes) {
        int run = 0;
        int high = 0;
        int longRuns = 0;
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v < 0x80) {
                if (run > 3) {
                    longRuns++;
                }
                run = 0;
                continue;
            }
            if (v == 0x81 || v == 0x8d || v == 0x8f || v == 0x90 || v == 0x9d) {
                return false;
            }
            char ch = new String(new byte[] {b}, WINDOWS_1252).charAt(0);
            if (!Character.isLetter(ch) && "€‚„…†‡‰‹›‘’“”•–—˜™°±²³´µ·¸¹º»¼½¾¿¡¢£¤¥¦§¨©ª«¬®¯×÷ ".indexOf(ch) < 0) {
                return false;
            }
            run++;
            high++;
        }
        if (run > 3) {
            longRuns++;
        }
        return high > 0 && longRuns == 0;
    }

    private static Charset iso2022jp() {
        try {
            return Charset.forName("x-windows-iso2022jp");
        } catch (RuntimeException unavailable) {
            return Charset.forName("ISO-2022-JP");
        }
    }

    private static final List<Charset> CANDIDATES = List.of(
            GB18030,
            Charset.forName("Big5-HKSCS"),
            Charset.forName("windows-31j"),
            Charset.forName("EUC-JP"),
            Charset.forName("x-windows-949"));

    /**
     * Detection for unlabelled or mislabelled bytes: valid UTF-8 first; then the CJK charsets (and what
     * juniversalchardet proposes) that decode the bytes cleanly, scored by how plausible the text is
     * (common ideographs, kana, hangul, punctuation); GB18030 wins a tie.
     */
    static String detect(byte[] bytes, @Nullable Charset lastResort) {
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        if (latin(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        Charset detected = forLabel(detector.getDetectedCharset());
        List<Charset> candidates = new java.util.ArrayList<>(CANDIDATES);
        if (detected != null && !candidates.contains(detected) && !detected.equals(WINDOWS_1252)) {
            candidates.add(detected);
        }
        String best = null;
        double bestScore = 0.6;
        for (Charset candidate : candidates) {
            String text = strict(bytes, candidate);
            if (text == null) {
                continue;
            }
            double score = plausibility(text)
                    + (candidate.equals(detected) ? 0.02 : 0)
                    + (candidate.equals(GB18030) ? 0.01 : 0);
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        return new String(bytes, lastResort != null ? lastResort : WINDOWS_1252);
    }

    /** The share of characters that ordinary text is made of. */
    static double plausibility(String text) {
        int total = 0;
        int good = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            total++;
            if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t') {
                good++;
            } else if ((c >= 0x4e00 && c <= 0x9fff)
                    || (c >= 0x3000 && c <= 0x30ff)
                    || (c >= 0xff01 && c <= 0xff5e)
                    || (c >= 0xac00 && c <= 0xd7a3)) {
                good++;
            }
        }
        return total == 0 ? 0 : (double) good / total;
    }

    static @Nullable String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    private static boolean iso2022(String name) {
        return name.startsWith("iso-2022");
    }

    static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 || b == 0x1b) {
                return false;
            }
        }
        return true;
    }
}
