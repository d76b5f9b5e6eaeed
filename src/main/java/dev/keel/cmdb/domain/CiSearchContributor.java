package dev.keel.cmdb.domain;

import dev.keel.search.SearchContributor;
import dev.keel.search.SearchFacet;
import dev.keel.search.SearchHit;
import dev.keel.search.SearchQuery;
import dev.keel.search.SearchResultPage;
import dev.keel.search.Searcher;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Configuration items in the global search, for agents. Every word must occur (case-insensitively, as
 * a substring, which serves Chinese without a tokenizer) in the CI's name, its class's name in either
 * language, its location or one of its attribute values. Facet: class. Snippets are escaped, with
 * {@code <mark>} around the words.
 */
@Component
class CiSearchContributor implements SearchContributor {

    static final String KIND = "ci";
    static final int MAX_WORDS = 8;

    private final NamedParameterJdbcTemplate jdbc;

    CiSearchContributor(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String labelKey() {
        return "cmdb.search.kind";
    }

    @Override
    public boolean available(Searcher searcher) {
        return searcher.agent();
    }

    @Override
    @Transactional(readOnly = true)
    public SearchResultPage search(SearchQuery query, Searcher searcher) {
        if (!searcher.agent()) {
            return SearchResultPage.empty(KIND);
        }
        List<String> words = Arrays.stream(query.text().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            params.addValue("w" + i, "%" + escape(words.get(i)) + "%");
            where.append(" and (lower(c.name) like :w")
                    .append(i)
                    .append(" escape '\\'")
                    .append(" or lower(k.name_en) like :w")
                    .append(i)
                    .append(" escape '\\'")
                    .append(" or lower(k.name_zh) like :w")
                    .append(i)
                    .append(" escape '\\'")
                    .append(" or lower(c.location) like :w")
                    .append(i)
                    .append(" escape '\\'")
                    .append(" or exists (select 1 from cmdb_ci_attribute a where a.ci_id = c.id")
                    .append(" and lower(a.attr_value) like :w")
                    .append(i)
                    .append(" escape '\\'))");
        }
        String from = " from cmdb_ci c join cmdb_class k on k.id = c.class_id";
        List<SearchFacet.Value> classes = jdbc.query(
                "select k.code, k.name_en, k.name_zh, count(*)" + from + where
                        + " group by k.code, k.name_en, k.name_zh",
                params,
                (rs, n) -> new SearchFacet.Value(
                        rs.getString(1), null, zh(searcher) ? rs.getString(3) : rs.getString(2), rs.getLong(4)));
        if (!query.filter("class").isEmpty()) {
            params.addValue("classes", query.filter("class"));
            where.append(" and k.code in (:classes)");
        }
        Long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
        params.addValue("limit", query.limit()).addValue("offset", query.offset());
        List<SearchHit> hits = jdbc.query(
                "select c.id, c.name, c.status, c.updated_at, k.name_en, k.name_zh, c.location" + from + where
                        + " order by c.name, c.id limit :limit offset :offset",
                params,
                (rs, n) -> hit(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4),
                        zh(searcher) ? rs.getString(6) : rs.getString(5),
                        rs.getString(7),
                        words));
        return new SearchResultPage(
                KIND,
                withAttributes(hits, words),
                total == null ? 0 : total,
                List.of(new SearchFacet("class", classes)));
    }

    private SearchHit hit(
            long id,
            String name,
            String status,
            Timestamp updated,
            String className,
            String location,
            List<String> words) {
        String text = className + (location.isBlank() ? "" : " · " + location);
        return new SearchHit(
                KIND,
                id,
                className,
                name,
                mark(text, words),
                "/workspace/cmdb/cis/" + id,
                1f,
                updated == null ? Instant.EPOCH : updated.toInstant(),
                List.of(new SearchHit.Badge("cmdb.status." + status, "secondary")));
    }

    /** Adds the attribute values that matched a word to the snippets, in one query for the page. */
    private List<SearchHit> withAttributes(List<SearchHit> hits, List<String> words) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<Long, List<String>> values = jdbc
                .query(
                        "select ci_id, attr_value from cmdb_ci_attribute where ci_id in (:ids)",
                        Map.of("ids", hits.stream().map(SearchHit::id).toList()),
                        (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .stream()
                .filter(e -> words.stream()
                        .anyMatch(w -> e.getValue().toLowerCase(Locale.ROOT).contains(w)))
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit h : hits) {
            List<String> matched = values.getOrDefault(h.id(), List.of());
            String snippet = matched.isEmpty()
                    ? h.snippetHtml()
                    : h.snippetHtml() + " · " + mark(String.join(" · ", matched), words);
            out.add(new SearchHit(
                    h.kind(),
                    h.id(),
                    h.reference(),
                    h.title(),
                    snippet,
                    h.url(),
                    h.score(),
                    h.timestamp(),
                    h.badges()));
        }
        return out;
    }

    static String mark(String text, List<String> words) {
        if (words.isEmpty()) {
            return Entities.escape(text);
        }
        Pattern pattern = Pattern.compile(
                words.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(Entities.escape(text.substring(last, m.start())))
                    .append("<mark>")
                    .append(Entities.escape(m.group()))
                    .append("</mark>");
            last = m.end();
        }
        return out.append(Entities.escape(text.substring(last))).toString();
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean zh(Searcher searcher) {
        return "zh".equals(searcher.locale().getLanguage());
    }
}
