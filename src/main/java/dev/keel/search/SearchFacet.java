package dev.keel.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts of the hits by one facet ({@code status}, {@code priority}, {@code category},
 * {@code organisation}, or a contributor's own), computed over all hits of the query, not just one page.
 *
 * @param name the facet name, also the filter name in {@link SearchQuery#filters()}
 * @param values the values with their counts, largest first
 */
public record SearchFacet(String name, List<Value> values) {

    public SearchFacet {
        values = List.copyOf(values);
    }

    /**
     * @param value what a filter on this facet passes back (e.g. {@code CLOSED} or an id)
     * @param messageKey the label's message key, or null when {@code label} is a name already
     * @param label a plain-text label (an organisation's name), or null when {@code messageKey} is set
     * @param count how many hits have this value
     */
    public record Value(
            String value,
            @Nullable String messageKey,
            @Nullable String label,
            long count) {}
}
