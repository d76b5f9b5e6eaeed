package dev.keel.identity.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks of user-supplied identity fields, shared by every command. */
final class Inputs {

    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)*");

    private Inputs() {}

    static String username(@Nullable String value) {
        String v = value == null ? "" : value.trim();
        if (!USERNAME.matcher(v).matches()) {
            throw IdentityErrors.invalid("username", "validation.username");
        }
        return v;
    }

    static String code(@Nullable String value) {
        String v = value == null ? "" : value.trim();
        if (!CODE.matcher(v).matches()) {
            throw IdentityErrors.invalid("code", "validation.code");
        }
        return v;
    }

    static String text(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw IdentityErrors.invalid(field, "validation.required");
        }
        if (v.length() > max) {
            throw IdentityErrors.invalid(field, "validation.tooLong", max);
        }
        return v;
    }

    static @Nullable String optionalText(String field, @Nullable String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw IdentityErrors.invalid(field, "validation.tooLong", max);
        }
        return v.isEmpty() ? null : v;
    }

    static String email(String field, @Nullable String value) {
        String v = value == null ? "" : value.trim();
        if (v.length() > 320 || !EMAIL.matcher(v).matches()) {
            throw IdentityErrors.invalid(field, "validation.email");
        }
        return v;
    }

    static @Nullable String optionalEmail(String field, @Nullable String value) {
        return value == null || value.isBlank() ? null : email(field, value);
    }

    static String timeZone(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(value.trim()).getId();
        } catch (DateTimeException e) {
            throw IdentityErrors.invalid("timeZone", "validation.timeZone");
        }
    }
}
