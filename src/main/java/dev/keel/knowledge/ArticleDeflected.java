package dev.keel.knowledge;

/**
 * A requester said an article solved their problem instead of opening a ticket (for reports).
 *
 * @param deflectionId the recorded deflection
 */
public record ArticleDeflected(long deflectionId, long articleId, long userId) {}
