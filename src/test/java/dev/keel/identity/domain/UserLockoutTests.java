package dev.keel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UserLockoutTests {

    private static final Instant START = Instant.parse("2026-11-24T01:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final User user =
            new User("wang.lei", "Wang Lei", "wang.lei@example.com", "{noop}x", null, "Asia/Shanghai", START);

    @Test
    void locksAtTheFifthConsecutiveFailure() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedLogin(5, LOCKOUT, clock))
                    .as("failure %d", i)
                    .isFalse();
        }
        assertThat(user.isLocked(clock)).isFalse();

        assertThat(user.recordFailedLogin(5, LOCKOUT, clock)).isTrue();
        assertThat(user.isLocked(clock)).isTrue();
    }

    @Test
    void successResetsTheCount() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(5, LOCKOUT, clock);
        }
        user.recordSuccessfulLogin(clock);

        assertThat(user.recordFailedLogin(5, LOCKOUT, clock)).isFalse();
        assertThat(user.lastLoginAt()).isEqualTo(START);
    }

    @Test
    void lockExpiresAfterTheLockoutAndCountingStartsAgain() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(5, LOCKOUT, clock);
        }
        Clock later = Clock.offset(clock, LOCKOUT.plusSeconds(1));

        assertThat(user.isLocked(later)).isFalse();
        assertThat(user.recordFailedLogin(5, LOCKOUT, later)).isFalse();
        assertThat(user.isLocked(later)).isFalse();
    }

    @Test
    void furtherFailuresWhileLockedDoNotExtendTheLock() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(5, LOCKOUT, clock);
        }
        Instant until = user.lockedUntil();
        user.recordFailedLogin(5, LOCKOUT, Clock.offset(clock, Duration.ofMinutes(5)));

        assertThat(user.lockedUntil()).isEqualTo(until);
    }

    @Test
    void adminUnlockClearsTheLock() {
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        for (int i = 0; i < 5; i++) {
            user.recordFailedLogin(5, LOCKOUT, clock);
        }
        user.unlock();

        assertThat(user.isLocked(clock)).isFalse();
    }
}
