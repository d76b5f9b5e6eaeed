package dev.keel.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} once, on a background thread right after the application is ready
 * ({@code keel.warm-up.enabled}, on by default): requests are served meanwhile, and the first sign-in,
 * page and search after a start no longer pay for cold code. Each warm-up's time is logged.
 */
@Component
public class WarmUps {

    private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

    private final List<WarmUp> warmUps;
    private final boolean enabled;
    private final CompletableFuture<Map<String, Duration>> done = new CompletableFuture<>();

    WarmUps(List<WarmUp> warmUps, @Value("${keel.warm-up.enabled:true}") boolean enabled) {
        this.warmUps = List.copyOf(warmUps);
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onReady() {
        if (!enabled) {
            done.complete(Map.of());
            return;
        }
        Thread.ofPlatform().name("keel-warm-up").daemon().start(this::run);
    }

    private void run() {
        Map<String, Duration> took = new LinkedHashMap<>();
        for (WarmUp warmUp : warmUps) {
            long started = System.nanoTime();
            try {
                warmUp.warmUp();
                took.put(warmUp.name(), Duration.ofNanos(System.nanoTime() - started));
            } catch (Exception | LinkageError failed) {
                log.debug("Warm-up {} failed; the first use pays for it instead", warmUp.name(), failed);
            }
        }
        log.info("Warmed up after start-up: {}", took);
        done.complete(Map.copyOf(took));
    }

    /** What each warm-up took (only those that succeeded); waits for them up to {@code timeout}. */
    public Map<String, Duration> results(Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
