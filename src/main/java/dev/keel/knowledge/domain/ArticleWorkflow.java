package dev.keel.knowledge.domain;

import static dev.keel.knowledge.domain.ArticleStatus.ARCHIVED;
import static dev.keel.knowledge.domain.ArticleStatus.DRAFT;
import static dev.keel.knowledge.domain.ArticleStatus.IN_REVIEW;
import static dev.keel.knowledge.domain.ArticleStatus.PUBLISHED;

import dev.keel.shared.DomainException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The article lifecycle as one table: draft → in review → published → archived. Editing a published
 * article starts a new draft version (the published one stays readable); an article in review is
 * frozen until a reviewer approves it or asks for changes.
 */
public final class ArticleWorkflow {

    private static final Map<ArticleStatus, Set<ArticleAction>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(ArticleAction.EDIT, ArticleAction.SUBMIT, ArticleAction.ARCHIVE),
            IN_REVIEW, EnumSet.of(ArticleAction.APPROVE, ArticleAction.REQUEST_CHANGES),
            PUBLISHED, EnumSet.of(ArticleAction.EDIT, ArticleAction.ARCHIVE),
            ARCHIVED, EnumSet.of(ArticleAction.RESTORE));

    private ArticleWorkflow() {}

    public static Set<ArticleAction> allowed(ArticleStatus status) {
        return ALLOWED.get(status);
    }

    public static boolean allows(ArticleStatus status, ArticleAction action) {
        return ALLOWED.get(status).contains(action);
    }

    static void check(ArticleStatus status, ArticleAction action) {
        if (!allows(status, action)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT, "illegal-transition", "knowledge.error.transition." + action);
        }
    }
}
