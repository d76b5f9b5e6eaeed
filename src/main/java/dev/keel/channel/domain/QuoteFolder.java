package dev.keel.channel.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a reply into what the sender wrote now and what is quoted history or signature, so that the
 * conversation shows the new text and folds the rest. Recognises "On … wrote:", Outlook's header block
 * and "Original Message" separators in English and Chinese, {@code >} quoting and the {@code -- }
 * signature separator. When nothing new would be left, nothing is folded.
 */
public final class QuoteFolder {

    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^On .{3,200}wrote:\\s*$"),
            Pattern.compile("^在.{2,200}(写道|寫道)[:：]\\s*$"),
            Pattern.compile(
                    "^-{2,}\\s*(Original Message|Forwarded message|原始邮件|原始郵件|转发邮件)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(From|发件人|寄件者)\\s*[:：].+$"),
            Pattern.compile("^_{10,}\\s*$"));

    private static final Pattern OUTLOOK_NEXT =
            Pattern.compile("^(Sent|Date|To|Subject|发送时间|日期|收件人|主题|寄件日期)\\s*[:：].*$");

    private QuoteFolder() {}

    /** The new text and the folded rest (empty when there is nothing to fold). */
    public record Folded(String fresh, String folded) {}

    public static Folded fold(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int cut = -1;
        for (int i = 0; i < lines.length && cut < 0; i++) {
            String line = lines[i].strip();
            if (lines[i].equals("-- ") || line.equals("--")) {
                cut = i;
            } else if (line.startsWith(">") && restQuotedOrBlank(lines, i)) {
                cut = i;
            } else if (QUOTE_STARTS.get(3).matcher(line).matches()) {
                if (i + 1 < lines.length
                        && OUTLOOK_NEXT.matcher(lines[i + 1].strip()).matches()) {
                    cut = i;
                }
            } else {
                for (int p = 0; p < QUOTE_STARTS.size(); p++) {
                    if (p != 3 && QUOTE_STARTS.get(p).matcher(line).matches()) {
                        cut = i;
                        break;
                    }
                }
            }
        }
        if (cut < 0) {
            return new Folded(text.strip(), "");
        }
        String fresh =
                String.join("\n", java.util.Arrays.copyOfRange(lines, 0, cut)).strip();
        String folded = String.join("\n", java.util.Arrays.copyOfRange(lines, cut, lines.length))
                .strip();
        if (fresh.isEmpty()) {
            return new Folded(text.strip(), "");
        }
        return new Folded(fresh, folded);
    }

    /** A {@code >} line starts the quote only if nothing but quotes, blanks and a signature follow it. */
    private static boolean restQuotedOrBlank(String[] lines, int from) {
        int unquoted = 0;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith(">")) {
                unquoted++;
            }
        }
        return unquoted <= 3;
    }
}
