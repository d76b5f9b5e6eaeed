package dev.keel.search;

import dev.keel.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A validated search request: the text is 1 to {@link #MAX_TEXT_LENGTH} characters, never blank, and is
 * plain user text — contributors must not parse it as query syntax (use match / simple-query-string with
 * no operators). Invalid input never reaches a contributor: the constructor throws a {@code
 * DomainException} (INVALID, field {@code q}, {@code from} or {@code limit}) with a message key:
 * {@code search.error.empty}, {@code search.error.tooLong}, {@code search.error.range},
 * {@code search.error.window}.
 *
 * @param text what the user typed, stripped
 * @param kinds the kinds to search ({@link SearchContributor#kind()}); empty means all
 * @param filters facet filters by facet name ({@code status}, {@code priority}, {@code category},
 *     {@code organisation}, or a contributor's own); values are the facet values' {@code value}s, OR-ed
 *     within a facet and AND-ed across facets; a contributor ignores facets it does not have
 * @param from only things created at or after this instant (inclusive), or null
 * @param to only things created before this instant (exclusive), or null
 * @param offset hits to skip (0 for the first page; at most {@link #MAX_WINDOW} - limit)
 * @param limit hits to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchQuery(
        String text,
        Set<String> kinds,
        Map<String, Set<String>> filters,
        @Nullable Instant from,
        @Nullable Instant to,
        int offset,
        int limit) {

    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_LIMIT = 50;
    /** Results are relevance-ranked: nobody pages past the first few hundred hits. */
    public static final int MAX_WINDOW = 500;

    public SearchQuery {
        text = text.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("q", "search.error.empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw DomainException.invalid("q", "search.error.tooLong", MAX_TEXT_LENGTH);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.invalid("from", "search.error.range");
        }
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT || offset + limit > MAX_WINDOW) {
            throw DomainException.invalid("limit", "search.error.window", MAX_LIMIT, MAX_WINDOW);
        }
        kinds = Set.copyOf(kinds);
        filters = Map.copyOf(filters);
    }

    /** The values of one filter, empty when the filter is not set. */
    public Set<String> filter(String facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** True when this query asks for the given kind (or for all kinds). */
    public boolean wants(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }

    /** The same query for another window of hits. */
    public SearchQuery window(int newOffset, int newLimit) {
        return new SearchQuery(text, kinds, filters, from, to, newOffset, newLimit);
    }

    /** Facet names in the order the page shows them. */
    public static final List<String> STANDARD_FACETS = List.of("status", "priority", "category", "organisation");
}
