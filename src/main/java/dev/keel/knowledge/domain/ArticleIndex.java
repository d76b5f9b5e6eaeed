package dev.keel.knowledge.domain;

import dev.keel.knowledge.ArticleStatus;
import dev.keel.knowledge.ArticleVisibility;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;

/**
 * How the article index is queried: the words of free text against the Chinese and English fields of
 * title (weighted three times), summary, body and tags, never parsed as query syntax; and which
 * documents a reader may get.
 */
final class ArticleIndex {

    /**
     * At most this much of the text is matched: enough for a subject or the start of a description, and
     * few enough terms times fields to stay under Lucene's limit of 1,024 clauses.
     */
    static final int MAX_MATCHED_TEXT = 120;

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+");
    private static final Pattern LATIN_TEXT = Pattern.compile("[\\p{IsLatin}\\p{Nd}\\p{P}\\p{S}\\s]+");
    private static final Pattern LONG_LATIN = Pattern.compile("\\p{IsLatin}{5,}");

    private ArticleIndex() {}

    static String matchable(String text) {
        String t = text.strip();
        if (t.length() <= MAX_MATCHED_TEXT) {
            return t;
        }
        int end = Character.isHighSurrogate(t.charAt(MAX_MATCHED_TEXT - 1)) ? MAX_MATCHED_TEXT - 1 : MAX_MATCHED_TEXT;
        return t.substring(0, end);
    }

    static PredicateFinalStep words(SearchPredicateFactory f, String text) {
        return f.simpleQueryString()
                .field("title_zh")
                .boost(3f)
                .field("title_en")
                .boost(3f)
                .fields("summary_zh", "summary_en", "body_zh", "body_en", "tags_zh", "tags_en")
                .matching(matchable(text))
                .flags(EnumSet.noneOf(SimpleQueryFlag.class))
                .defaultOperator(BooleanOperator.OR);
    }

    /**
     * Every whitespace-separated word must match (all its tokens) in the Chinese fields or in the English
     * fields — the global search's semantics — plus a weaker typo-tolerant match (edit distance 1) of
     * Latin-only text with a word of five letters or more.
     */
    static PredicateFinalStep allWords(SearchPredicateFactory f, String text) {
        String matched = matchable(text);
        var none = EnumSet.noneOf(SimpleQueryFlag.class);
        return f.bool(b -> {
            var all = f.bool();
            for (String word : matched.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                all.must(f.bool(either -> {
                    either.should(f.simpleQueryString()
                            .field("title_zh")
                            .boost(3f)
                            .fields("summary_zh", "body_zh", "tags_zh")
                            .matching(word)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(none));
                    either.should(f.simpleQueryString()
                            .field("title_en")
                            .boost(3f)
                            .fields("summary_en", "body_en", "tags_en")
                            .matching(word)
                            .defaultOperator(BooleanOperator.AND)
                            .flags(none));
                }));
            }
            b.should(all);
            List<String> words =
                    WORD.matcher(matched).results().map(MatchResult::group).toList();
            if (LATIN_TEXT.matcher(matched).matches()
                    && words.size() <= 8
                    && words.stream().anyMatch(w -> LONG_LATIN.matcher(w).matches())) {
                var fuzzy = f.bool();
                for (String w : words) {
                    fuzzy.must(f.match()
                            .fields("title_en", "summary_en", "body_en")
                            .matching(w.toLowerCase(Locale.ROOT))
                            .fuzzy(LONG_LATIN.matcher(w).matches() ? 1 : 0, 1));
                }
                b.should(fuzzy.boost(0.3f));
            }
        });
    }

    /** Published (a published version exists), not archived, and public unless the reader is an agent. */
    static PredicateFinalStep published(SearchPredicateFactory f, boolean agent) {
        var bool = f.bool()
                .must(f.exists().field("publishedVersion"))
                .mustNot(f.match().field("status").matching(ArticleStatus.ARCHIVED));
        if (!agent) {
            bool = bool.must(f.match().field("visibility").matching(ArticleVisibility.PUBLIC));
        }
        return bool;
    }
}
