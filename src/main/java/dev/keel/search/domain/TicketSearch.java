package dev.keel.search.domain;

import static dev.keel.search.domain.TicketFields.*;

import dev.keel.search.SearchContributor;
import dev.keel.search.SearchFacet;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.SearchResultPage;
import dev.keel.search.Searcher;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.domain.Ticket;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the ticket index: number, title, description and public replies for everyone who may see
 * the ticket, internal notes only for agents; visibility as in the ticket module's queues; facets by
 * status, priority, category and organisation; highlighted snippets; recent tickets ranked higher.
 */
@Component
class TicketSearch implements SearchContributor {

    static final AggregationKey<Map<TicketStatus, Long>> BY_STATUS = AggregationKey.of("status");
    static final AggregationKey<Map<Priority, Long>> BY_PRIORITY = AggregationKey.of("priority");
    static final AggregationKey<Map<Long, Long>> BY_CATEGORY = AggregationKey.of("category");
    static final AggregationKey<Map<Long, Long>> BY_ORGANISATION = AggregationKey.of("organisation");
    static final String EXTRACT = "extract";

    private final EntityManager entityManager;
    private final FacetLabels labels;
    private final Clock clock;

    TicketSearch(EntityManager entityManager, FacetLabels labels, Clock clock) {
        this.entityManager = entityManager;
        this.labels = labels;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "ticket";
    }

    @Override
    public String labelKey() {
        return "search.kind.ticket";
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResultPage search(SearchQuery query, Searcher searcher) {
        boolean internal = searcher.agent() || searcher.admin();
        // the typo-tolerant (fuzzy) clause is costly on common words: only a query that finds nothing
        // as typed runs a second time with it
        SearchResult<List<?>> result = search(query, searcher, internal, false);
        if (result.total().hitCount() == 0 && TicketPredicates.typoTolerant(query.text())) {
            result = search(query, searcher, internal, true);
        }
        List<SearchHit> found = new ArrayList<>();
        for (List<?> row : result.hits()) {
            found.add(TicketHits.hit(row, searcher, internal));
        }
        List<SearchFacet> facets = List.of(
                labels.enumFacet("status", result.aggregation(BY_STATUS), s -> "ticket.status." + s.name()),
                labels.enumFacet("priority", result.aggregation(BY_PRIORITY), p -> "portal.priority." + p.name()),
                labels.categoryFacet(result.aggregation(BY_CATEGORY), searcher.locale()),
                labels.organisationFacet(result.aggregation(BY_ORGANISATION)));
        return new SearchResultPage(kind(), found, result.total().hitCount(), facets);
    }

    private SearchResult<List<?>> search(SearchQuery query, Searcher searcher, boolean internal, boolean typos) {
        return Search.session(entityManager)
                .search(Ticket.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field(NUMBER, String.class),
                                f.field(TITLE, String.class),
                                f.field(STATUS, TicketStatus.class),
                                f.field(PRIORITY, Priority.class),
                                f.field(UPDATED, java.time.Instant.class),
                                f.score(),
                                f.highlight(TITLE_ZH).single(),
                                f.highlight(TITLE_EN).single(),
                                f.highlight(DESCRIPTION_ZH).highlighter(EXTRACT).single(),
                                f.highlight(DESCRIPTION_EN).single(),
                                f.highlight(PUBLIC_ZH).single(),
                                f.highlight(PUBLIC_EN).single(),
                                f.highlight(internal ? INTERNAL_ZH : PUBLIC_ZH).single(),
                                f.highlight(internal ? INTERNAL_EN : PUBLIC_EN).single())
                        .asList())
                .where((f, root) -> {
                    root.add(TicketPredicates.text(f, query.text(), internal, typos));
                    TicketPredicates.visibility(f, searcher)
                            .forEach(p -> root.add(f.bool().filter(p)));
                    TicketPredicates.filters(f, query)
                            .forEach(p -> root.add(f.bool().filter(p)));
                    root.add(TicketPredicates.recency(f, clock.instant()));
                })
                // Equal scores fall back to the newest ticket, not to the index's internal order, which
                // changes whenever a document is rewritten: so pages of one search never overlap.
                .sort(f -> f.score().then().field(CREATED).desc())
                .highlighter(h -> h.plain()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(160)
                        .numberOfFragments(1))
                .highlighter(
                        EXTRACT,
                        h -> h.plain()
                                .tag("<mark>", "</mark>")
                                .encoder(HighlighterEncoder.HTML)
                                .fragmentSize(160)
                                .numberOfFragments(1)
                                .noMatchSize(160))
                .aggregation(
                        BY_STATUS,
                        f -> f.terms().field(STATUS, TicketStatus.class).maxTermCount(20))
                .aggregation(BY_PRIORITY, f -> f.terms().field(PRIORITY, Priority.class))
                .aggregation(
                        BY_CATEGORY, f -> f.terms().field(CATEGORY, Long.class).maxTermCount(30))
                .aggregation(
                        BY_ORGANISATION,
                        f -> f.terms().field(ORGANISATION, Long.class).maxTermCount(30))
                .fetch(query.offset(), query.limit());
    }
}
