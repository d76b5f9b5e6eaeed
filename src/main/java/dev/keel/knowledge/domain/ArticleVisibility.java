package dev.keel.knowledge.domain;

/** Who may read a published article: agents only, or requesters in the portal too. */
public enum ArticleVisibility {
    INTERNAL,
    PUBLIC
}
