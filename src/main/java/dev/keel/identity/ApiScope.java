package dev.keel.identity;

import java.util.Locale;

/**
 * What an API token may do: {@code read} (GET), {@code write} (every other method) and {@code admin}
 * (keep the owner's administrative permissions). A token never has more than its owner.
 */
public enum ApiScope {
    READ,
    WRITE,
    ADMIN;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "SCOPE_" + value();
    }

    public static ApiScope parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
