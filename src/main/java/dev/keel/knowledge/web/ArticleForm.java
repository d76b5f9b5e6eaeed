package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.ArticleVersion;
import dev.keel.knowledge.domain.KnowledgeArticle;
import org.jspecify.annotations.Nullable;

/** The article edit form; {@code version} is the article version the editor started from. */
record ArticleForm(
        @Nullable String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable String visibility,
        @Nullable String language,
        @Nullable Long categoryId,
        @Nullable String tags,
        @Nullable String note,
        @Nullable Long ticketId,
        @Nullable Long version) {

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "INTERNAL", "zh-CN", null, "", "", null, null);
    }

    static ArticleForm of(KnowledgeArticle article, ArticleVersion head) {
        return new ArticleForm(
                head.title(),
                head.summary(),
                head.body(),
                article.visibility().name(),
                article.language(),
                article.categoryId(),
                String.join(", ", article.tags()),
                "",
                null,
                article.version());
    }

    ArticleContent content() {
        return ArticleContent.of(title, summary, body);
    }

    ArticleSettings settings() {
        return ArticleSettings.of(visibility, language, categoryId, tags);
    }

    String noteText() {
        return note == null ? "" : note;
    }
}
