package dev.keel.knowledge.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reviewer's decision on one version: approved, or changes requested with a comment. */
@Entity
@Table(name = "knowledge_review")
public class ArticleReview {

    /** What the reviewer decided. */
    public enum Decision {
        APPROVED,
        CHANGES_REQUESTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long articleId;
    private int versionNo;
    private long reviewerId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Decision decision;

    private String comment;
    private Instant createdAt;

    @SuppressWarnings("NullAway.Init")
    protected ArticleReview() {}

    ArticleReview(long articleId, int versionNo, long reviewerId, Decision decision, String comment, Instant at) {
        this.articleId = articleId;
        this.versionNo = versionNo;
        this.reviewerId = reviewerId;
        this.decision = decision;
        this.comment = comment;
        this.createdAt = at;
    }

    public int versionNo() {
        return versionNo;
    }

    public long reviewerId() {
        return reviewerId;
    }

    public Decision decision() {
        return decision;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
