package dev.keel.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Keyset ("seek") pagination. A query asks for {@code limit + 1} rows after the last key it saw; the
 * extra row only tells whether there is a next page. Cursors are opaque to clients.
 */
public final class Keyset {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Keyset() {}

    /** A request for one page: the key to continue after (null for the first page) and the size. */
    public record PageRequest(@Nullable String after, int limit) {

        public PageRequest {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw DomainException.invalid("limit", "error.limit", 1, MAX_LIMIT);
            }
        }

        public static PageRequest of(@Nullable String cursor, @Nullable Integer limit) {
            String after = cursor == null || cursor.isBlank() ? null : decode(cursor);
            return new PageRequest(after, limit == null ? DEFAULT_LIMIT : limit);
        }

        public static PageRequest first(int limit) {
            return new PageRequest(null, limit);
        }

        /** The key to continue after, parsed as a number (the usual case of an identity column). */
        public long afterLong(long whenFirst) {
            if (after == null) {
                return whenFirst;
            }
            try {
                return Long.parseLong(after);
            } catch (NumberFormatException e) {
                throw DomainException.invalid("cursor", "error.cursor");
            }
        }

        /** How many rows the query should fetch: one more than the page, to detect a next page. */
        public int fetchSize() {
            return limit + 1;
        }
    }

    /** One page of items and the cursor of the next page, if there is one. */
    public record Page<T>(List<T> items, @Nullable String nextCursor) {

        public Page {
            items = List.copyOf(items);
        }

        public boolean hasNext() {
            return nextCursor != null;
        }

        public <R> Page<R> map(Function<T, R> mapper) {
            return new Page<>(items.stream().map(mapper).toList(), nextCursor);
        }
    }

    /** Cuts the {@code limit + 1} rows a query returned into a page, keyed by {@code keyOf}. */
    public static <T> Page<T> page(List<T> rows, PageRequest request, Function<T, Object> keyOf) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, request.limit());
        String key = String.valueOf(keyOf.apply(items.get(items.size() - 1)));
        return new Page<>(items, encode(key));
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("cursor", "error.cursor");
        }
    }
}
