package dev.keel.knowledge.domain;

import dev.keel.knowledge.ArticlePublished;
import dev.keel.search.SearchAnalyzers;
import dev.keel.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge article. The row holds what readers see — the published version's title, summary and
 * body, or the newest draft while it was never published — and {@code headVersion}, the newest saved
 * version. Every state change goes through {@link ArticleWorkflow}.
 */
@Entity
@Table(name = "knowledge_article")
@Indexed(index = "article")
public class KnowledgeArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private ArticleStatus status;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleVisibility visibility;

    @KeywordField
    private String language;

    @GenericField(aggregable = Aggregable.YES)
    private @Nullable Long categoryId;

    @FullTextField(name = "tags_zh", analyzer = SearchAnalyzers.CHINESE)
    @FullTextField(name = "tags_en", analyzer = SearchAnalyzers.ENGLISH)
    private String tags;

    private long ownerId;

    @FullTextField(name = "title_zh", analyzer = SearchAnalyzers.CHINESE, highlightable = Highlightable.ANY)
    @FullTextField(name = "title_en", analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    private String title;

    @FullTextField(name = "summary_zh", analyzer = SearchAnalyzers.CHINESE, highlightable = Highlightable.ANY)
    @FullTextField(name = "summary_en", analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    private String summary;

    @FullTextField(name = "body_zh", analyzer = SearchAnalyzers.CHINESE, highlightable = Highlightable.ANY)
    @FullTextField(name = "body_en", analyzer = SearchAnalyzers.ENGLISH, highlightable = Highlightable.ANY)
    private String body;

    private int headVersion;

    @GenericField
    private @Nullable Integer publishedVersion;

    private @Nullable Instant publishedAt;

    @GenericField
    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "knowledge_article_reviewer", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "user_id")
    private Set<Long> reviewerIds = new HashSet<>();

    @Version
    private long version;

    @Transient
    private final List<Object> events = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    protected KnowledgeArticle() {}

    KnowledgeArticle(ArticleContent content, ArticleSettings settings, long ownerId, Instant at) {
        this.status = ArticleStatus.DRAFT;
        this.ownerId = ownerId;
        this.createdAt = at;
        this.headVersion = 1;
        apply(settings);
        show(content);
        this.updatedAt = at;
    }

    /**
     * Saves a new version of the content; returns its number. Editing a published article leaves the
     * published version readable and starts a new draft.
     */
    int edit(ArticleContent content, ArticleSettings settings, Instant at) {
        ArticleWorkflow.check(status, ArticleAction.EDIT);
        apply(settings);
        headVersion++;
        status = ArticleStatus.DRAFT;
        if (publishedVersion == null) {
            show(content);
        }
        updatedAt = at;
        return headVersion;
    }

    /** Sends the newest version to review by these reviewers (at least one, not the author). */
    void submit(Set<Long> reviewers, long authorOfHead, Instant at) {
        ArticleWorkflow.check(status, ArticleAction.SUBMIT);
        Set<Long> chosen = new HashSet<>(reviewers);
        chosen.remove(authorOfHead);
        if (chosen.isEmpty()) {
            throw DomainException.invalid("reviewerIds", "knowledge.validation.reviewers");
        }
        reviewerIds.clear();
        reviewerIds.addAll(chosen);
        status = ArticleStatus.IN_REVIEW;
        updatedAt = at;
    }

    /** A reviewer (never the author of the version) publishes the version in review. */
    void approve(long reviewerId, long authorOfHead, ArticleContent head, Instant at) {
        ArticleWorkflow.check(status, ArticleAction.APPROVE);
        checkReviewer(reviewerId, authorOfHead);
        status = ArticleStatus.PUBLISHED;
        publishedVersion = headVersion;
        publishedAt = at;
        show(head);
        updatedAt = at;
        events.add(new ArticlePublished(id(), headVersion, reviewerId));
    }

    /** A reviewer sends the version back to its author with a comment. */
    void requestChanges(long reviewerId, long authorOfHead, String comment, Instant at) {
        ArticleWorkflow.check(status, ArticleAction.REQUEST_CHANGES);
        checkReviewer(reviewerId, authorOfHead);
        if (comment.isBlank()) {
            throw DomainException.invalid("comment", "knowledge.validation.comment");
        }
        status = ArticleStatus.DRAFT;
        updatedAt = at;
    }

    void archive(Instant at) {
        ArticleWorkflow.check(status, ArticleAction.ARCHIVE);
        status = ArticleStatus.ARCHIVED;
        updatedAt = at;
    }

    /** Back to published when a version was published before, else back to draft. */
    void restore(Instant at) {
        ArticleWorkflow.check(status, ArticleAction.RESTORE);
        status = publishedVersion != null && publishedVersion == headVersion
                ? ArticleStatus.PUBLISHED
                : ArticleStatus.DRAFT;
        updatedAt = at;
    }

    private void checkReviewer(long reviewerId, long authorOfHead) {
        if (reviewerId == authorOfHead) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "own-article", "knowledge.error.ownReview");
        }
        if (!reviewerIds.contains(reviewerId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "not-reviewer", "knowledge.error.notReviewer");
        }
    }

    private void apply(ArticleSettings settings) {
        this.visibility = settings.visibility();
        this.language = settings.language();
        this.categoryId = settings.categoryId();
        this.tags = String.join(",", settings.tags());
    }

    private void show(ArticleContent content) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
    }

    /** True when requesters (public) or agents (any visibility) may read the published content. */
    public boolean readable(boolean agent) {
        return status != ArticleStatus.ARCHIVED
                && publishedVersion != null
                && (agent || visibility == ArticleVisibility.PUBLIC);
    }

    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public long id() {
        return Objects.requireNonNull(id, "article not saved yet");
    }

    public ArticleStatus status() {
        return status;
    }

    public ArticleVisibility visibility() {
        return visibility;
    }

    public String language() {
        return language;
    }

    public @Nullable Long categoryId() {
        return categoryId;
    }

    public List<String> tags() {
        return ArticleSettings.splitTags(tags);
    }

    public long ownerId() {
        return ownerId;
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

    public int headVersion() {
        return headVersion;
    }

    public @Nullable Integer publishedVersion() {
        return publishedVersion;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Long> reviewerIds() {
        return Set.copyOf(reviewerIds);
    }

    public long version() {
        return version;
    }
}
