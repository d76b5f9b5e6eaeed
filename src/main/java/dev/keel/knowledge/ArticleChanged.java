package dev.keel.knowledge;

/** An article was created or changed (content, status or settings); the search index follows it. */
public record ArticleChanged(long articleId) {}
