package dev.keel.knowledge.domain;

import dev.keel.search.SearchIndexedType;
import org.springframework.stereotype.Component;

/** The admin page's index rebuild reloads the articles too and removes documents of deleted ones. */
@Component
class ArticleIndexedType implements SearchIndexedType {

    @Override
    public Class<?> entityType() {
        return KnowledgeArticle.class;
    }
}
