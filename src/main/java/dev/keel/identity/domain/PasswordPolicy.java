package dev.keel.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet: at least 12 characters, three of the four character classes
 * (lower case, upper case, digit, other), not containing the user name, not a well-known password.
 * Returns message keys, so that the UI and the API explain every rule that failed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> WELL_KNOWN = Set.of(
            "password1234",
            "passw0rd1234",
            "123456789012",
            "qwertyuiop12",
            "administrator",
            "welcome12345",
            "iloveyou1234",
            "changeme1234",
            "1qaz2wsx3edc",
            "p@ssw0rd1234");

    private PasswordPolicy() {}

    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (characterClasses(password) < 3) {
            problems.add("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (WELL_KNOWN.contains(lower)) {
            problems.add("password.wellKnown");
        }
        return problems;
    }

    private static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
