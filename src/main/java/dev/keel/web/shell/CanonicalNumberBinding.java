package dev.keel.web.shell;

import dev.keel.shared.CanonicalNumbers;
import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids and counts in paths, query parameters and forms are read only in their canonical decimal form
 * ({@link CanonicalNumbers}); {@code 0004}, {@code +4}, {@code 0x4} or full-width digits are a type
 * mismatch, answered like any other.
 */
@ControllerAdvice
class CanonicalNumberBinding {

    @InitBinder
    void canonicalNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new Editor(false, true));
        binder.registerCustomEditor(long.class, new Editor(false, false));
        binder.registerCustomEditor(Integer.class, new Editor(true, true));
        binder.registerCustomEditor(int.class, new Editor(true, false));
    }

    private static final class Editor extends PropertyEditorSupport {

        private final boolean integer;
        private final boolean nullable;

        Editor(boolean integer, boolean nullable) {
            this.integer = integer;
            this.nullable = nullable;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                if (!nullable) {
                    throw new IllegalArgumentException("a whole number is required");
                }
                setValue(null);
                return;
            }
            long value = CanonicalNumbers.parseLong(text)
                    .orElseThrow(() -> new IllegalArgumentException("not a canonical whole number"));
            if (integer) {
                if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("out of range");
                }
                setValue((int) value);
            } else {
                setValue(value);
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
