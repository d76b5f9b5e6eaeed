package dev.keel.knowledge.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

    /** Enough words for a subject and the start of a description, each matched against eight fields. */
    static final int MAX_SIGNIFICANT_WORDS = 30;

    /** Words of every request that say nothing about its subject, in English and Chinese. */
    private static final Set<String> EXTRA_STOP_WORDS = Set.of(
            "please", "help", "thanks", "thank", "hello", "hi", "dear", "i", "am", "my", "me", "we", "our", "us", "you",
            "your", "can", "cannot", "could", "would", "should", "does", "doesn", "do", "did", "don", "has", "have",
            "had", "been", "get", "got", "since", "today", "now", "just", "very", "again", "still", "also", "only",
            "all", "any", "some", "every", "from", "after", "before", "when", "what", "how", "why", "show", "shows",
            "nothing", "open", "opens", "work", "works", "working", "problem", "issue", "error", "update", "need",
            "new", "one", "请", "您好", "你好", "谢谢", "麻烦", "帮忙", "一下", "我们", "今天", "现在", "一直", "还是", "已经", "尽快", "处理", "问题",
            "好几", "一些", "怎么", "怎么办", "如何", "什么", "为什么", "可以", "需要", "出现", "时候", "没有", "不能", "之后", "以后", "开始");

    private static final Pattern WORD_CHARACTER = Pattern.compile("[\\p{L}\\p{Nd}]");
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

    /**
     * The significant words of (the matched start of) free text, in order and without repeats: Chinese
     * split into words by smartcn, Latin words and numbers as they stand, lower-cased; punctuation,
     * English stop words, single Latin letters and single Chinese characters (的, 了, 我 …) left out —
     * unless nothing else is left. At most {@link #MAX_SIGNIFICANT_WORDS}.
     */
    static List<String> significantWords(String text) {
        String matched = matchable(text);
        Set<String> words = new LinkedHashSet<>();
        Set<String> single = new LinkedHashSet<>();
        try (var tokenizer = new HMMChineseTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(matched));
            tokenizer.reset();
            while (tokenizer.incrementToken() && words.size() < MAX_SIGNIFICANT_WORDS) {
                String word = term.toString().toLowerCase(Locale.ROOT);
                if (!WORD_CHARACTER.matcher(word).find()
                        || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
                        || EXTRA_STOP_WORDS.contains(word)) {
                    continue;
                }
                if (word.codePointCount(0, word.length()) == 1) {
                    single.add(word);
                } else {
                    words.add(word);
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words.isEmpty() ? single : words);
    }

    /**
     * Articles relevant to these words: each word matched against the Chinese and English fields of title
     * (weighted three times), summary, body and tags, never parsed as query syntax; at least a third of
     * the words (rounded up) must match.
     */
    static PredicateFinalStep relevantWords(SearchPredicateFactory f, List<String> words) {
        var none = EnumSet.noneOf(SimpleQueryFlag.class);
        var bool = f.bool();
        for (String word : words) {
            bool.should(f.simpleQueryString()
                    .field("title_zh")
                    .boost(3f)
                    .field("title_en")
                    .boost(3f)
                    .fields("summary_zh", "summary_en", "body_zh", "body_en", "tags_zh", "tags_en")
                    .matching(word)
                    .flags(none)
                    .defaultOperator(BooleanOperator.AND));
        }
        return bool.minimumShouldMatchNumber(Math.max(1, (words.size() + 2) / 3));
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
