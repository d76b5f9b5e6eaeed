package dev.keel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ReplayClockTests {

    private final Instant now = Instant.parse("2026-12-06T03:00:00Z");
    private final ReplayClock clock = new ReplayClock(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aReplayingThreadSeesTheReplayedTimeAndGetsItsOwnBackAfterwards() {
        Instant past = Instant.parse("2026-10-08T01:30:00Z");
        Instant earlier = Instant.parse("2026-10-07T09:00:00Z");
        Instant seen = ReplayClock.replaying(past, () -> {
            Instant nested = ReplayClock.replaying(earlier, clock::instant);
            assertThat(nested).isEqualTo(earlier);
            assertThat(clock.millis()).isEqualTo(past.toEpochMilli());
            return clock.instant();
        });
        assertThat(seen).isEqualTo(past);
        assertThat(clock.instant()).isEqualTo(now);
    }

    @Test
    void otherThreadsSeeTheRealTimeWhileOneReplays() {
        Instant past = Instant.parse("2026-10-08T01:30:00Z");
        Instant elsewhere = ReplayClock.replaying(
                past, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(elsewhere).isEqualTo(now);
    }
}
