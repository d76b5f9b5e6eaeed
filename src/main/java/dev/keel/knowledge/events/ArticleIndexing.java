package dev.keel.knowledge.events;

import dev.keel.knowledge.ArticleChanged;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.search.IndexedDocuments;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the article index in step with {@link ArticleChanged}, on the search module's one indexing
 * path: a rewrite right after the change commits (the author finds the article at once), and a durable
 * rewrite from the persistent publication registry, which waits for the index and is republished after
 * a crash. A node that stops while rewrites are queued finishes what it can before the database closes
 * and leaves the rest in the registry ({@code dev.keel.shared.database.AsyncWorkShutdown}).
 */
@Component
class ArticleIndexing {

    private final IndexedDocuments documents;

    ArticleIndexing(IndexedDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void changing(ArticleChanged event) {
        documents.rewriteAfterCommit(KnowledgeArticle.class, event.articleId());
    }

    @ApplicationModuleListener
    void changed(ArticleChanged event) {
        documents.rewrite(KnowledgeArticle.class, event.articleId(), true);
    }
}
