package dev.keel.knowledge.domain;

import dev.keel.search.SearchContributor;
import dev.keel.search.SearchFacet;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.SearchResultPage;
import dev.keel.search.Searcher;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles in the global search: requesters find published public articles, agents every article (with
 * its status). Words are matched in the Chinese and English fields, snippets highlighted with
 * {@code <mark>}; facets by status and category are counted under the same visibility filter.
 */
@Component
class ArticleSearchContributor implements SearchContributor {

    static final String KIND = "article";
    static final int SNIPPET = 160;

    private static final AggregationKey<Map<String, Long>> STATUS = AggregationKey.of("status");
    private static final AggregationKey<Map<Long, Long>> CATEGORY = AggregationKey.of("category");

    private final EntityManager entityManager;
    private final ArticleCategories categories;

    ArticleSearchContributor(EntityManager entityManager, ArticleCategories categories) {
        this.entityManager = entityManager;
        this.categories = categories;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String labelKey() {
        return "knowledge.search.kind";
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResultPage search(SearchQuery query, Searcher searcher) {
        boolean agent = searcher.agent();
        SearchResult<List<?>> result = Search.session(entityManager)
                .search(KnowledgeArticle.class)
                .select(f -> f.composite()
                        .from(
                                f.entity(),
                                f.score(),
                                f.highlight("body_zh"),
                                f.highlight("body_en"),
                                f.highlight("summary_zh"),
                                f.highlight("summary_en"))
                        .asList())
                .where(f -> {
                    var bool = f.bool().must(ArticleIndex.allWords(f, query.text()));
                    bool = bool.filter(agent ? f.matchAll() : ArticleIndex.published(f, false));
                    addFilters(f, bool, query);
                    return bool;
                })
                .highlighter(h -> h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
                .aggregation(STATUS, f -> f.terms().field("status", String.class, ValueModel.INDEX))
                .aggregation(CATEGORY, f -> f.terms().field("categoryId", Long.class))
                .fetch(query.offset(), query.limit());
        List<SearchHit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit((KnowledgeArticle) row.get(0), (Float) row.get(1), row.subList(2, row.size()), agent));
        }
        List<SearchFacet> facets = new ArrayList<>();
        if (agent) {
            facets.add(new SearchFacet("status", statusValues(result.aggregation(STATUS))));
        }
        facets.add(new SearchFacet("category", categoryValues(result.aggregation(CATEGORY), searcher.locale())));
        return new SearchResultPage(KIND, hits, result.total().hitCountLowerBound(), facets);
    }

    private static void addFilters(
            SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> bool,
            SearchQuery query) {
        List<ArticleStatus> statuses = query.filter("status").stream()
                .flatMap(s -> java.util.Arrays.stream(ArticleStatus.values())
                        .filter(v -> v.name().equals(s)))
                .toList();
        if (!query.filter("status").isEmpty()) {
            bool.filter(
                    statuses.isEmpty()
                            ? f.not(f.matchAll())
                            : f.terms().field("status").matchingAny(statuses));
        }
        if (!query.filter("category").isEmpty()) {
            List<Long> ids = query.filter("category").stream()
                    .filter(v -> v.matches("\\d{1,18}"))
                    .map(Long::valueOf)
                    .toList();
            bool.filter(f.terms().field("categoryId").matchingAny(ids.isEmpty() ? List.of(-1L) : ids));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f.range().field("createdAt").within(Range.canonical(query.from(), query.to())));
        }
    }

    private static SearchHit hit(KnowledgeArticle a, float score, List<?> highlights, boolean agent) {
        String snippet = highlights.stream()
                .map(h -> (List<?>) h)
                .filter(l -> !l.isEmpty())
                .map(l -> MarkdownText.stripFragment(String.valueOf(l.get(0))))
                .findFirst()
                .orElseGet(() -> Entities.escape(
                        excerpt(MarkdownText.stripFragment(a.summary().isEmpty() ? a.body() : a.summary()))));
        List<SearchHit.Badge> badges = new ArrayList<>();
        if (agent) {
            badges.add(new SearchHit.Badge(
                    "knowledge.status." + a.status(), a.status() == ArticleStatus.PUBLISHED ? "success" : "secondary"));
            if (a.visibility() == ArticleVisibility.INTERNAL) {
                badges.add(new SearchHit.Badge("knowledge.visibility.INTERNAL", "warning"));
            }
        }
        String url = (agent ? "/workspace/kb/" : "/portal/kb/") + a.id();
        return new SearchHit(KIND, a.id(), null, a.title(), snippet, url, score, a.updatedAt(), badges);
    }

    static String excerpt(String text) {
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
    }

    private static List<SearchFacet.Value> statusValues(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new SearchFacet.Value(e.getKey(), "knowledge.status." + e.getKey(), null, e.getValue()))
                .toList();
    }

    private List<SearchFacet.Value> categoryValues(Map<Long, Long> counts, Locale locale) {
        Map<Long, String> names = categories.tree(locale).stream()
                .collect(Collectors.toMap(ArticleCategories.Node::id, ArticleCategories.Node::name, (a, b) -> a));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<Long, Long>::getValue).reversed())
                .map(e -> new SearchFacet.Value(
                        String.valueOf(e.getKey()),
                        null,
                        names.getOrDefault(e.getKey(), "#" + e.getKey()),
                        e.getValue()))
                .toList();
    }
}
