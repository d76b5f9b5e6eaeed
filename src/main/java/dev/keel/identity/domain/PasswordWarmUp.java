package dev.keel.identity.domain;

import dev.keel.shared.WarmUp;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a throw-away password against its hash a few times and looks up an account that does not
 * exist, so that the first sign-in after a start runs compiled BCrypt and a prepared user query. It
 * signs nobody in and writes nothing (no audit entry, no throttling count).
 */
@Component
class PasswordWarmUp implements WarmUp {

    private static final int ROUNDS = 4;

    private final PasswordEncoder passwords;
    private final UserDetailsService users;

    PasswordWarmUp(PasswordEncoder passwords, UserDetailsService users) {
        this.passwords = passwords;
        this.users = users;
    }

    @Override
    public String name() {
        return "sign-in";
    }

    @Override
    public void warmUp() {
        String hash = passwords.encode("warm-up");
        for (int i = 0; i < ROUNDS; i++) {
            passwords.matches(i % 2 == 0 ? "warm-up" : "not-it", hash);
        }
        try {
            users.loadUserByUsername("keel.warm-up.nobody");
        } catch (UsernameNotFoundException expected) {
            // the point was the query, not an account
        }
    }
}
