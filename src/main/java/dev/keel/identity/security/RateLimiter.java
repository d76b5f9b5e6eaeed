package dev.keel.identity.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in this node's memory, one per key (a client address, a user name, a token owner): each
 * holds up to {@code perMinute} requests and refills evenly over a minute. A cluster of N nodes thus
 * allows up to N times the limit; good enough against floods, documented in docs/security.md. Idle
 * buckets are dropped when the map grows past {@link #MAX_KEYS}, so that the map cannot fill memory.
 */
final class RateLimiter {

    static final int MAX_KEYS = 50_000;
    private static final long IDLE_NANOS = Duration.ofMinutes(10).toNanos();

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    /** Zero when the request may go ahead, else how long until it may. */
    Duration acquire(String key) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(b -> b.idleSince(now) > IDLE_NANOS);
            if (buckets.size() > MAX_KEYS) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    /** Whether the last refusal for {@code key} was the first of a run (to audit a flood once, not per try). */
    boolean firstRefusal(String key) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.firstRefusal();
    }

    private static final class Bucket {
        private double tokens;
        private long last;
        private int refusedInARow;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Duration take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - last) * perMinute / 60e9);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                refusedInARow = 0;
                return Duration.ZERO;
            }
            refusedInARow++;
            long wait = (long) Math.ceil((1 - tokens) * 60e9 / perMinute);
            return Duration.ofNanos(wait);
        }

        synchronized boolean firstRefusal() {
            return refusedInARow == 1;
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
