package dev.keel.knowledge;

/** A version of an article was approved and is now the one readers see. */
public record ArticlePublished(long articleId, int versionNo, long approvedBy) {}
