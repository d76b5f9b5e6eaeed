package dev.keel.search;

/**
 * Implemented (as a Spring bean) by every module that owns searchable things; the search page, the
 * navbar box and {@code /api/v1/search} ask every contributor and combine the answers.
 *
 * <p>Contract: {@link #search} returns only hits the {@link Searcher} may open, with the total and facet
 * counts computed under the same visibility rule (a count must never reveal hidden things). It treats
 * {@link SearchQuery#text()} as plain words (no query syntax), queries both the {@link
 * SearchAnalyzers#CHINESE} and {@link SearchAnalyzers#ENGLISH} fields, and returns escaped snippets with
 * {@code <mark>} highlights. It must not throw for any valid {@link SearchQuery}; it is called in a
 * read-only transaction.
 */
public interface SearchContributor {

    /** A short, stable, lower-case name: {@code ticket}, {@code article}. Used in URLs and the API. */
    String kind();

    /** The message key of the kind's label (e.g. {@code search.kind.ticket}). */
    String labelKey();

    /** Whether this searcher may search this kind at all (e.g. requesters and internal-only kinds). */
    default boolean available(Searcher searcher) {
        return true;
    }

    /** The window {@code query.offset()}…{@code + query.limit()} of hits, with totals and facets. */
    SearchResultPage search(SearchQuery query, Searcher searcher);
}
