package dev.keel.knowledge.domain;

/** What can be done to an article; which actions each status allows is {@link ArticleWorkflow}. */
public enum ArticleAction {
    EDIT,
    SUBMIT,
    APPROVE,
    REQUEST_CHANGES,
    ARCHIVE,
    RESTORE
}
