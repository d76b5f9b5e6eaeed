package dev.keel.knowledge.domain;

import dev.keel.knowledge.ArticleStatus;
import dev.keel.knowledge.ArticleVisibility;
import java.util.EnumSet;
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
