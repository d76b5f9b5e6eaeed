package dev.keel.identity.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules: after {@code maxFailedLogins} consecutive failures an account is locked for
 * {@code lockout}; {@code bcryptStrength} is the cost factor of new password hashes.
 */
@ConfigurationProperties("keel.security")
public record IdentityProperties(int maxFailedLogins, Duration lockout, int bcryptStrength) {

    public IdentityProperties {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("keel.security.max-failed-logins must be at least 1");
        }
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("keel.security.bcrypt-strength must be between 4 and 31");
        }
    }
}
