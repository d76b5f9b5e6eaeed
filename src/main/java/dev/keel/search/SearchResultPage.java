package dev.keel.search;

import java.util.List;

/**
 * What one contributor found for a query: the requested window of hits (best first), the total number
 * of hits the searcher may see, and the facet counts over all of them.
 */
public record SearchResultPage(String kind, List<SearchHit> hits, long totalHits, List<SearchFacet> facets) {

    public SearchResultPage {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    public static SearchResultPage empty(String kind) {
        return new SearchResultPage(kind, List.of(), 0, List.of());
    }
}
