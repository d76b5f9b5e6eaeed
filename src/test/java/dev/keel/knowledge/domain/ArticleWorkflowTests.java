package dev.keel.knowledge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.knowledge.ArticlePublished;
import dev.keel.shared.DomainException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ArticleWorkflowTests {

    static final long AUTHOR = 1;
    static final long REVIEWER = 2;
    static final long OTHER = 3;
    static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");

    static final ArticleContent V1 = new ArticleContent("无法连接数据库怎么办", "摘要", "第一版正文");
    static final ArticleContent V2 = new ArticleContent("无法连接数据库怎么办（更新）", "摘要", "第二版正文");

    private static KnowledgeArticle aDraft() {
        var article = new KnowledgeArticle(V1, ArticleSettings.of("PUBLIC", "zh-CN", null, "数据库"), AUTHOR, AT);
        ReflectionTestUtils.setField(article, "id", 7L);
        return article;
    }

    private static KnowledgeArticle aPublished() {
        var article = aDraft();
        article.submit(Set.of(REVIEWER), AUTHOR, AT);
        article.approve(REVIEWER, AUTHOR, V1, AT);
        return article;
    }

    private static DomainException.Kind kindOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.kind();
        }
        throw new AssertionError("no DomainException");
    }

    @Test
    void aNewArticleIsAnUnreadableDraft() {
        var article = aDraft();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.headVersion()).isEqualTo(1);
        assertThat(article.publishedVersion()).isNull();
        assertThat(article.readable(true)).isFalse();
        assertThat(article.readable(false)).isFalse();
    }

    @Test
    void submittingNeedsAReviewerOtherThanTheAuthor() {
        var article = aDraft();
        assertThatThrownBy(() -> article.submit(Set.of(), AUTHOR, AT))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).fieldProblems().get(0).field())
                .isEqualTo("reviewerIds");
        assertThat(kindOf(() -> article.submit(Set.of(AUTHOR), AUTHOR, AT))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);

        article.submit(Set.of(AUTHOR, REVIEWER), AUTHOR, AT);
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(article.reviewerIds()).containsExactly(REVIEWER);
    }

    @Test
    void onlyAnAssignedReviewerWhoDidNotWriteTheVersionApproves() {
        var article = aDraft();
        article.submit(Set.of(REVIEWER), AUTHOR, AT);
        assertThat(kindOf(() -> article.approve(AUTHOR, AUTHOR, V1, AT))).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(kindOf(() -> article.approve(OTHER, AUTHOR, V1, AT))).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);

        article.approve(REVIEWER, AUTHOR, V1, AT);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedVersion()).isEqualTo(1);
        assertThat(article.readable(false)).isTrue();
        assertThat(article.takeEvents()).containsExactly(new ArticlePublished(7, 1, REVIEWER));
    }

    @Test
    void requestingChangesNeedsACommentAndReturnsToDraft() {
        var article = aDraft();
        article.submit(Set.of(REVIEWER), AUTHOR, AT);
        assertThat(kindOf(() -> article.requestChanges(REVIEWER, AUTHOR, " ", AT)))
                .isEqualTo(DomainException.Kind.INVALID);
        article.requestChanges(REVIEWER, AUTHOR, "请补充截图", AT);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void editingAPublishedArticleKeepsThePublishedTextUntilTheNewVersionIsApproved() {
        var article = aPublished();
        int no = article.edit(V2, ArticleSettings.of("PUBLIC", "zh-CN", null, ""), AT);

        assertThat(no).isEqualTo(2);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.readable(false)).isTrue();
        assertThat(article.title()).isEqualTo(V1.title());
        assertThat(article.body()).isEqualTo("第一版正文");

        article.submit(Set.of(REVIEWER), AUTHOR, AT);
        article.approve(REVIEWER, AUTHOR, V2, AT);
        assertThat(article.publishedVersion()).isEqualTo(2);
        assertThat(article.body()).isEqualTo("第二版正文");
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        var inReview = aDraft();
        inReview.submit(Set.of(REVIEWER), AUTHOR, AT);
        assertThat(kindOf(() -> inReview.edit(V2, ArticleSettings.of(null, null, null, null), AT)))
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(kindOf(() -> inReview.archive(AT))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(inReview.headVersion()).isEqualTo(1);

        var draft = aDraft();
        assertThat(kindOf(() -> draft.approve(REVIEWER, AUTHOR, V1, AT))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(kindOf(() -> draft.restore(AT))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void archivedArticlesAreUnreadableAndRestoreToWhereTheyWere() {
        var article = aPublished();
        article.archive(AT);
        assertThat(article.readable(true)).isFalse();
        assertThat(kindOf(() -> article.edit(V2, ArticleSettings.of(null, null, null, null), AT)))
                .isEqualTo(DomainException.Kind.CONFLICT);
        article.restore(AT);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);

        var draft = aDraft();
        draft.archive(AT);
        draft.restore(AT);
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void contentAndSettingsAreValidated() {
        assertThat(kindOf(() -> ArticleContent.of(" ", "", "body"))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(kindOf(() -> ArticleContent.of("t", "", ""))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(kindOf(() -> ArticleContent.of("x".repeat(201), "", "b"))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(kindOf(() -> ArticleSettings.of("SECRET", "en", null, ""))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(kindOf(() -> ArticleSettings.of("PUBLIC", "fr", null, ""))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(ArticleSettings.of("public", "en", null, "a, b，a、 c").tags()).containsExactly("a", "b", "c");
    }
}
