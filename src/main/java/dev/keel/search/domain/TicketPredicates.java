package dev.keel.search.domain;

import static dev.keel.search.domain.TicketFields.*;

import dev.keel.search.SearchQuery;
import dev.keel.search.Searcher;
import dev.keel.ticket.Priority;
import dev.keel.ticket.TicketStatus;
import dev.keel.ticket.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/** The parts of a ticket search query: what the words match, who may see what, filters, recency. */
final class TicketPredicates {

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");
    /** Typo tolerance only for text without Chinese: there every word must be matched as typed. */
    private static final Pattern LATIN_TEXT = Pattern.compile("[\\p{IsLatin}\\p{Nd}\\p{P}\\p{S}\\s]+");

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}{5,}");

    private TicketPredicates() {}

    /**
     * Whether a typo-tolerant second pass can help: text without Chinese, at most eight words, at least
     * one of them a Latin word of five letters or more.
     */
    static boolean typoTolerant(String text) {
        List<String> words = WORD.matcher(text).results().map(r -> r.group()).toList();
        return LATIN_TEXT.matcher(text).matches()
                && !words.isEmpty()
                && words.size() <= 8
                && words.stream().anyMatch(w -> LATIN.matcher(w).matches());
    }

    /**
     * The words: each whitespace-separated word (all its tokens after analysis) in the Chinese fields or
     * in the English fields, or the exact ticket number; with {@code typos} (the second pass, run only
     * when the first found nothing, see {@link #typoTolerant}) plus a weaker typo-tolerant match of the
     * longer Latin words. The text is never parsed as query syntax: {@code simpleQueryString} runs with
     * every operator flag off.
     */
    static PredicateFinalStep text(SearchPredicateFactory f, String text, boolean internal, boolean typos) {
        List<String> zh = new ArrayList<>(List.of(TITLE_ZH, DESCRIPTION_ZH, PUBLIC_ZH));
        List<String> en = new ArrayList<>(List.of(TITLE_EN, DESCRIPTION_EN, PUBLIC_EN));
        if (internal) {
            zh.add(INTERNAL_ZH);
            en.add(INTERNAL_EN);
        }
        Set<SimpleQueryFlag> none = EnumSet.noneOf(SimpleQueryFlag.class);
        return f.bool(b -> {
            var allWords = f.bool();
            for (String word : text.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                allWords.must(f.bool(either -> {
                    either.should(f.simpleQueryString()
                            .field(TITLE_ZH)
                            .boost(3f)
                            .fields(zh.subList(1, zh.size()).toArray(String[]::new))
                            .matching(word)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(none));
                    either.should(f.simpleQueryString()
                            .field(TITLE_EN)
                            .boost(3f)
                            .fields(en.subList(1, en.size()).toArray(String[]::new))
                            .matching(word)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(none));
                }));
            }
            b.should(allWords);
            if (text.length() <= 40) {
                b.should(f.match().field(NUMBER).matching(text).boost(10f));
            }
            if (typos && typoTolerant(text)) {
                List<String> words =
                        WORD.matcher(text).results().map(r -> r.group()).toList();
                var fuzzy = f.bool();
                for (String w : words) {
                    fuzzy.must(f.match()
                            .fields(en.toArray(String[]::new))
                            .matching(w.toLowerCase(Locale.ROOT))
                            .fuzzy(LATIN.matcher(w).matches() ? 1 : 0, 1));
                }
                b.should(fuzzy.boost(0.3f));
            }
        });
    }

    /** The same rules as {@code TicketViewer.sees} and the queue SQL of the ticket module. */
    static List<PredicateFinalStep> visibility(SearchPredicateFactory f, Searcher s) {
        List<PredicateFinalStep> filters = new ArrayList<>();
        if (!s.securityMember() && !s.admin()) {
            filters.add(f.not(f.match().field(TYPE).matching(TicketType.SECURITY_INCIDENT)));
        }
        if (s.admin()) {
            return filters;
        }
        filters.add(f.bool(any -> {
            any.should(f.match().field(REQUESTER).matching(s.userId()));
            if (s.agent()) {
                any.should(f.match().field(ASSIGNEE).matching(s.userId()));
                if (!s.groupIds().isEmpty()) {
                    any.should(f.terms().field(GROUP).matchingAny(s.groupIds()));
                }
                if (s.servedOrganisationIds() == null) {
                    any.should(f.matchAll());
                } else if (!s.servedOrganisationIds().isEmpty()) {
                    any.should(f.terms().field(ORGANISATION).matchingAny(s.servedOrganisationIds()));
                }
            } else if (s.organisationVisibility() && s.organisationId() != null) {
                any.should(f.match().field(ORGANISATION).matching(s.organisationId()));
            }
        }));
        return filters;
    }

    /** Facet filters (values that do not parse match nothing) and the creation date range. */
    static List<PredicateFinalStep> filters(SearchPredicateFactory f, SearchQuery q) {
        List<PredicateFinalStep> filters = new ArrayList<>();
        terms(f, filters, STATUS, q.filter("status"), v -> TicketStatus.valueOf(v));
        terms(f, filters, PRIORITY, q.filter("priority"), v -> Priority.valueOf(v));
        terms(f, filters, CATEGORY, q.filter("category"), Long::valueOf);
        terms(f, filters, ORGANISATION, q.filter("organisation"), Long::valueOf);
        if (q.from() != null || q.to() != null) {
            filters.add(f.range()
                    .field(CREATED)
                    .within(Range.between(
                            q.from(), RangeBoundInclusion.INCLUDED, q.to(), RangeBoundInclusion.EXCLUDED)));
        }
        return filters;
    }

    /** Ranks recently changed tickets higher without hiding old ones. */
    static PredicateFinalStep recency(SearchPredicateFactory f, Instant now) {
        return f.bool(b -> {
            b.should(f.range()
                    .field(UPDATED)
                    .atLeast(now.minus(Duration.ofDays(30)))
                    .constantScore()
                    .boost(1.5f));
            b.should(f.range()
                    .field(UPDATED)
                    .atLeast(now.minus(Duration.ofDays(365)))
                    .constantScore()
                    .boost(0.5f));
            b.should(f.matchAll().constantScore().boost(0.01f));
        });
    }

    /** Values that do not parse (an unknown status, a non-numeric id) match nothing. */
    private static void terms(
            SearchPredicateFactory f,
            List<PredicateFinalStep> filters,
            String field,
            Set<String> values,
            Function<String, Object> parse) {
        if (values.isEmpty()) {
            return;
        }
        List<Object> parsed = new ArrayList<>();
        for (String v : values) {
            try {
                parsed.add(parse.apply(v));
            } catch (IllegalArgumentException unknown) {
                // left out: a filter on an unknown value keeps nothing
            }
        }
        filters.add(parsed.isEmpty() ? f.matchNone() : f.terms().field(field).matchingAny(parsed));
    }
}
