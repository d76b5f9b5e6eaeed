package dev.keel.search.domain;

import dev.keel.identity.OrganisationSummary;
import dev.keel.identity.UserDirectory;
import dev.keel.search.SearchFacet;
import dev.keel.ticket.CategoryView;
import dev.keel.ticket.domain.Categories;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns aggregation counts into facets with labels: message keys for enumerations, names for ids. */
@Component
class FacetLabels {

    private final Categories categories;
    private final UserDirectory directory;

    FacetLabels(Categories categories, UserDirectory directory) {
        this.categories = categories;
        this.directory = directory;
    }

    <E extends Enum<E>> SearchFacet enumFacet(String name, Map<E, Long> counts, Function<E, String> key) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach(
                (value, count) -> values.add(new SearchFacet.Value(value.name(), key.apply(value), null, count)));
        return new SearchFacet(name, sorted(values));
    }

    SearchFacet categoryFacet(Map<Long, Long> counts, Locale locale) {
        Map<Long, CategoryView> byId = counts.isEmpty()
                ? Map.of()
                : categories.tree().stream().collect(Collectors.toMap(CategoryView::id, c -> c));
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((id, count) -> {
            CategoryView c = byId.get(id);
            values.add(new SearchFacet.Value(id.toString(), null, c == null ? "#" + id : c.name(locale), count));
        });
        return new SearchFacet("category", sorted(values));
    }

    SearchFacet organisationFacet(Map<Long, Long> counts) {
        List<SearchFacet.Value> values = new ArrayList<>();
        counts.forEach((id, count) -> values.add(new SearchFacet.Value(
                id.toString(),
                null,
                directory.findOrganisation(id).map(OrganisationSummary::name).orElse("#" + id),
                count)));
        return new SearchFacet("organisation", sorted(values));
    }

    private static List<SearchFacet.Value> sorted(List<SearchFacet.Value> values) {
        values.sort((a, b) -> Long.compare(b.count(), a.count()));
        return values;
    }
}
