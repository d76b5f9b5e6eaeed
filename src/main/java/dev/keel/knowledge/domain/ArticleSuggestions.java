package dev.keel.knowledge.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles matching free text — a ticket's title and description, what a requester is typing
 * as the subject of a new request, the portal's search box — best first, from the article index (smartcn
 * for Chinese, so 无法连接数据库 finds 服务器无法连接数据库; English stemming, so "printers" finds
 * "printer"). Requesters get public articles only.
 *
 * <p>Suggestions must be relevant, not merely share a word: at least a third of the text's significant
 * words (see {@link ArticleIndex#significantWords}) must match an article, and only articles scoring at
 * least half the best article's score are kept — so a slow-database ticket is not offered the VPN or
 * password articles because it says "connect" or "please".
 */
@Service
@Transactional(readOnly = true)
public class ArticleSuggestions {

    private final EntityManager entityManager;

    ArticleSuggestions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A suggested article: id, title and summary. */
    public record Suggestion(long id, String title, String summary) {}

    /** The share of the best score an article needs to be suggested at all. */
    static final float MIN_SCORE_SHARE = 0.5f;

    /**
     * Up to {@code limit} readable articles relevant to {@code text}, best first; empty for blank text
     * or text without a significant word.
     */
    public List<Suggestion> suggest(String text, Reader reader, int limit) {
        List<String> words = ArticleIndex.significantWords(text);
        if (words.isEmpty()) {
            return List.of();
        }
        List<List<?>> hits = Search.session(entityManager)
                .search(KnowledgeArticle.class)
                .select(f -> f.composite().from(f.entity(), f.score()).asList())
                .where(f -> f.bool()
                        .must(ArticleIndex.relevantWords(f, words))
                        .filter(ArticleIndex.published(f, reader.agent())))
                .fetchHits(limit);
        List<Suggestion> result = new ArrayList<>();
        float best = hits.isEmpty() ? 0f : (Float) hits.get(0).get(1);
        for (List<?> hit : hits) {
            if ((Float) hit.get(1) < best * MIN_SCORE_SHARE) {
                break;
            }
            KnowledgeArticle a = (KnowledgeArticle) hit.get(0);
            result.add(new Suggestion(a.id(), a.title(), a.summary()));
        }
        return result;
    }
}
