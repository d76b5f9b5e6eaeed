package dev.keel.web.shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * Shows a size in bytes the way people read it: {@code ${@keelSize.format(bytes)}} gives {@code 38 B},
 * {@code 1.5 KB}, {@code 2.3 MB}. Never rounds a small file down to nothing.
 */
@Component("keelSize")
public class SizeFormat {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    public String format(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        if (bytes < GB) {
            return oneDecimal(bytes, MB) + " MB";
        }
        return oneDecimal(bytes, GB) + " GB";
    }

    private static String oneDecimal(long bytes, long unit) {
        return BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
