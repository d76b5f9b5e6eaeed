package dev.keel.knowledge.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved version of an article's content; never changed after it was written. */
@Entity
@Table(name = "knowledge_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long articleId;
    private int versionNo;
    private String title;
    private String summary;
    private String body;
    private long authorId;
    private Instant createdAt;
    private String note;

    @SuppressWarnings("NullAway.Init")
    protected ArticleVersion() {}

    ArticleVersion(long articleId, int versionNo, ArticleContent content, long authorId, Instant at, String note) {
        this.articleId = articleId;
        this.versionNo = versionNo;
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.authorId = authorId;
        this.createdAt = at;
        this.note = note;
    }

    public long articleId() {
        return articleId;
    }

    public int versionNo() {
        return versionNo;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String note() {
        return note;
    }

    ArticleContent content() {
        return new ArticleContent(title, summary, body);
    }
}
