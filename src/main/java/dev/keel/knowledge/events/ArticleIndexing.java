package dev.keel.knowledge.events;

import dev.keel.knowledge.ArticleChanged;
import dev.keel.knowledge.domain.Articles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the article index right after a crash: every change also publishes {@link ArticleChanged}
 * through the persistent publication registry, and this listener writes the article to the index
 * again (waiting for the write). An event whose reindexing did not finish is republished on restart.
 */
@Component
class ArticleIndexing {

    private final Articles articles;

    ArticleIndexing(Articles articles) {
        this.articles = articles;
    }

    @ApplicationModuleListener
    void on(ArticleChanged event) {
        articles.reindex(event.articleId());
    }
}
