package dev.keel.search.domain;

import dev.keel.search.SearchQuery;
import dev.keel.shared.DateBounds;
import dev.keel.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The raw parameters of a search (page or API), all strings so that any input gets a clear error:
 * {@code q}, {@code kind}, the facet filters, {@code from} / {@code to} as dates in the user's zone
 * ({@code to} inclusive), {@code page} (from 0) and {@code limit}.
 */
public record SearchRequest(
        @Nullable String q,
        @Nullable List<String> kind,
        @Nullable List<String> status,
        @Nullable List<String> priority,
        @Nullable List<String> category,
        @Nullable List<String> organisation,
        @Nullable String from,
        @Nullable String to,
        @Nullable String page,
        @Nullable String limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery toQuery(ZoneId zone) {
        int size = number(limit, DEFAULT_LIMIT, "limit");
        int pageNumber = number(page, 0, "page");
        if (size < 1
                || size > SearchQuery.MAX_LIMIT
                || pageNumber < 0
                || (long) pageNumber * size + size > SearchQuery.MAX_WINDOW) {
            throw DomainException.invalid(
                    "limit", "search.error.window", SearchQuery.MAX_LIMIT, SearchQuery.MAX_WINDOW);
        }
        Map<String, Set<String>> filters = new HashMap<>();
        put(filters, "status", status);
        put(filters, "priority", priority);
        put(filters, "category", category);
        put(filters, "organisation", organisation);
        LocalDate to = date(this.to, "to");
        return new SearchQuery(
                q == null ? "" : q,
                values(kind),
                filters,
                start(date(from, "from"), zone),
                to == null ? null : start(to.plusDays(1), zone),
                pageNumber * size,
                size);
    }

    public int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static @Nullable Instant start(@Nullable LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (!DateBounds.holds(date)) {
                throw DomainException.invalid(field, DateBounds.MESSAGE_KEY);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "search.error.date");
        }
    }

    private static int number(@Nullable String value, int fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "search.error.window", SearchQuery.MAX_LIMIT, SearchQuery.MAX_WINDOW);
        }
    }

    private static void put(Map<String, Set<String>> filters, String name, @Nullable List<String> values) {
        Set<String> set = values(values);
        if (!set.isEmpty()) {
            filters.put(name, set);
        }
    }

    private static Set<String> values(@Nullable List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank() && v.length() <= 100 && set.size() < 50) {
                    set.add(v.strip());
                }
            }
        }
        return set;
    }
}
