package dev.keel.identity.domain;

import dev.keel.identity.IdentityEvents.AccountLocked;
import dev.keel.identity.IdentityEvents.LoginFailed;
import dev.keel.identity.IdentityEvents.LoginSucceeded;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts sign-in failures, locks accounts that reach the limit, and publishes the audit events. */
@Service
@Transactional
public class LoginAttempts {

    private final UserRepository users;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttempts(UserRepository users, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public void succeeded(String username, @Nullable String remoteAddress) {
        users.findByUsername(username).ifPresent(user -> user.recordSuccessfulLogin(clock));
        events.publishEvent(new LoginSucceeded(username, remoteAddress));
    }

    /**
     * Records a failed attempt. Returns true when this attempt locked the account, so that the caller
     * can tell the person at once.
     */
    public boolean failed(String username, @Nullable String remoteAddress, String reason) {
        String name = username.length() > 64 ? username.substring(0, 64) : username;
        events.publishEvent(new LoginFailed(name, remoteAddress, reason));
        if (!"bad-credentials".equals(reason)) {
            return false;
        }
        return users.findByUsername(name)
                .map(user -> {
                    boolean locked = user.recordFailedLogin(properties.maxFailedLogins(), properties.lockout(), clock);
                    if (locked) {
                        events.publishEvent(
                                new AccountLocked(name, remoteAddress, Objects.toString(user.lockedUntil())));
                    }
                    return locked;
                })
                .orElse(false);
    }
}
