package dev.keel.search.api;

import dev.keel.search.SearchFacet;
import dev.keel.search.SearchHit;
import dev.keel.search.domain.SearchRequest;
import dev.keel.search.domain.Searchers;
import dev.keel.search.domain.UnifiedSearch;
import dev.keel.web.TimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search over tickets (and articles), with the caller's visibility")
class SearchApiController {

    private final UnifiedSearch search;
    private final Searchers searchers;
    private final TimeFormat time;

    SearchApiController(UnifiedSearch search, Searchers searchers, TimeFormat time) {
        this.search = search;
        this.searchers = searchers;
        this.time = time;
    }

    /** One page of results; {@code snippetHtml} is escaped text with {@code <mark>} around matches. */
    record SearchResponse(
            String query,
            long total,
            int page,
            int limit,
            boolean hasNext,
            List<HitResponse> hits,
            List<SearchFacet> facets) {}

    record HitResponse(
            String kind,
            long id,
            @Nullable String reference,
            String title,
            String snippetHtml,
            String url,
            float score,
            Instant updatedAt,
            List<String> badges) {

        static HitResponse of(SearchHit h) {
            return new HitResponse(
                    h.kind(),
                    h.id(),
                    h.reference(),
                    h.title(),
                    h.snippetHtml(),
                    h.url(),
                    h.score(),
                    h.timestamp(),
                    h.badges().stream().map(SearchHit.Badge::messageKey).toList());
        }
    }

    @GetMapping("/api/v1/search")
    @Operation(
            summary = "Search tickets (and other kinds) the caller may see",
            description = "q: 1-500 characters, plain words (no query syntax; special characters are ordinary"
                    + " text); empty q is a 400 problem. Filters: kind, status, priority, category, organisation"
                    + " (repeatable), from / to (YYYY-MM-DD, to inclusive, in the caller's time zone); page from 0,"
                    + " limit 1-50, at most the first 500 hits.")
    SearchResponse search(@ParameterObject @ModelAttribute SearchRequest request, Authentication authentication) {
        var query = request.toQuery(time.zone());
        var results = search.search(query, searchers.of(authentication, LocaleContextHolder.getLocale()));
        return new SearchResponse(
                query.text(),
                results.total(),
                request.pageNumber(),
                query.limit(),
                results.hasNext(),
                results.hits().stream().map(HitResponse::of).toList(),
                results.facets());
    }
}
