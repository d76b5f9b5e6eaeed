package dev.keel.search.domain;

import dev.keel.search.SearchContributor;
import dev.keel.search.SearchFacet;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.SearchResultPage;
import dev.keel.search.Searcher;
import dev.keel.shared.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * One search over every {@link SearchContributor} the searcher may use: hits merged by score, a {@code kind} facet with each contributor's total, and the contributors' own facets added up.
 */
@Service
public class UnifiedSearch {

    private final List<SearchContributor> contributors;

    UnifiedSearch(List<SearchContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The contributors this searcher may use, in a stable order (tickets first, then by kind). */
    public List<SearchContributor> available(Searcher searcher) {
        return contributors.stream()
                .filter(c -> c.available(searcher))
                .sorted(Comparator.comparing((SearchContributor c) -> !c.kind().equals("ticket"))
                        .thenComparing(SearchContributor::kind))
                .toList();
    }

    public Results search(SearchQuery query, Searcher searcher) {
        List<SearchContributor> usable = available(searcher);
        for (String kind : query.kinds()) {
            if (usable.stream().noneMatch(c -> c.kind().equals(kind))) {
                throw DomainException.invalid("kind", "search.error.kind");
            }
        }
        // every kind's first offset + limit hits, so that the merged window is right
        SearchQuery head = query.window(0, query.offset() + query.limit());
        List<SearchHit> merged = new ArrayList<>();
        List<SearchFacet.Value> kinds = new ArrayList<>();
        Map<String, Map<String, SearchFacet.Value>> facets = new LinkedHashMap<>();
        long total = 0;
        for (SearchContributor c : usable) {
            SearchResultPage page = query.wants(c.kind()) ? c.search(head, searcher) : SearchResultPage.empty(c.kind());
            kinds.add(new SearchFacet.Value(c.kind(), c.labelKey(), null, page.totalHits()));
            if (!query.wants(c.kind())) {
                continue;
            }
            total += page.totalHits();
            merged.addAll(page.hits());
            for (SearchFacet facet : page.facets()) {
                Map<String, SearchFacet.Value> values =
                        facets.computeIfAbsent(facet.name(), n -> new LinkedHashMap<>());
                for (SearchFacet.Value v : facet.values()) {
                    values.merge(
                            v.value(),
                            v,
                            (a, b) ->
                                    new SearchFacet.Value(a.value(), a.messageKey(), a.label(), a.count() + b.count()));
                }
            }
        }
        // stable: hits of equal score keep their contributor's order, so that windows never overlap
        merged.sort(Comparator.comparing(SearchHit::score).reversed());
        List<SearchHit> window = merged.subList(
                Math.min(query.offset(), merged.size()), Math.min(query.offset() + query.limit(), merged.size()));
        List<SearchFacet> allFacets = new ArrayList<>();
        allFacets.add(new SearchFacet("kind", kinds));
        facets.forEach((name, values) -> allFacets.add(new SearchFacet(
                name,
                values.values().stream()
                        .sorted(Comparator.comparingLong(SearchFacet.Value::count)
                                .reversed())
                        .toList())));
        return new Results(query, List.copyOf(window), total, allFacets);
    }

    /** The merged window of hits, the total over the searched kinds, and the facets ({@code kind} first). */
    public record Results(SearchQuery query, List<SearchHit> hits, long total, List<SearchFacet> facets) {

        public boolean hasNext() {
            return query.offset() + query.limit() < Math.min(total, SearchQuery.MAX_WINDOW);
        }
    }
}
