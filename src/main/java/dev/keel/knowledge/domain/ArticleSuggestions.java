package dev.keel.knowledge.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles matching free text — a ticket's title and description, what a requester is typing
 * as the subject of a new request, the portal's search box — best first, from the article index (smartcn
 * for Chinese, so 无法连接数据库 finds 服务器无法连接数据库; English stemming, so "printers" finds
 * "printer"). Requesters get public articles only.
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

    /** Up to {@code limit} readable articles matching {@code text}; empty for blank text. */
    public List<Suggestion> suggest(String text, Reader reader, int limit) {
        if (text.isBlank()) {
            return List.of();
        }
        List<KnowledgeArticle> hits = Search.session(entityManager)
                .search(KnowledgeArticle.class)
                .where(f ->
                        f.bool().must(ArticleIndex.words(f, text)).filter(ArticleIndex.published(f, reader.agent())))
                .fetchHits(limit);
        return hits.stream()
                .map(a -> new Suggestion(a.id(), a.title(), a.summary()))
                .toList();
    }
}
