package dev.keel.knowledge.domain;

/**
 * Where an article's newest version stands. An article that was published once stays readable in its
 * published version while a newer version is a draft or in review.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
