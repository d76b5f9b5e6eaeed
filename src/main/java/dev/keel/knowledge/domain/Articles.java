package dev.keel.knowledge.domain;

import dev.keel.identity.Permission;
import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.knowledge.ArticleChanged;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing articles: every save is a new version, every state change goes through the
 * article's workflow, and {@code expectedVersion} (when given) guards against lost updates.
 */
@Service
@Transactional
public class Articles {

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ArticleReviewRepository reviews;
    private final ArticleCategoryRepository categories;
    private final ArticleFeedback feedback;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ArticleCategories categoryTree;

    Articles(
            ArticleRepository articles,
            ArticleVersionRepository versions,
            ArticleReviewRepository reviews,
            ArticleCategoryRepository categories,
            ArticleFeedback feedback,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock,
            ArticleCategories categoryTree) {
        this.articles = articles;
        this.versions = versions;
        this.reviews = reviews;
        this.categories = categories;
        this.feedback = feedback;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.categoryTree = categoryTree;
    }

    /** Filters of the workspace list; all optional. */
    public record Filter(
            @Nullable ArticleStatus status,
            @Nullable ArticleVisibility visibility,
            @Nullable Long categoryId,
            boolean mine,
            boolean awaitingMyReview) {}

    public KnowledgeArticle create(ArticleContent content, ArticleSettings settings, String note, Reader reader) {
        requireWriter(reader);
        checkCategory(settings.categoryId(), null);
        var article = articles.save(new KnowledgeArticle(content, settings, reader.userId(), clock.instant()));
        versions.save(new ArticleVersion(article.id(), 1, content, reader.userId(), clock.instant(), note(note)));
        feedback.createCounter(article.id());
        events.publishEvent(new ArticleChanged(article.id()));
        return article;
    }

    public KnowledgeArticle update(
            long id,
            ArticleContent content,
            ArticleSettings settings,
            String note,
            @Nullable Long expectedVersion,
            Reader reader) {
        requireWriter(reader);
        var article = load(id, expectedVersion);
        checkCategory(settings.categoryId(), article.categoryId());
        int no = article.edit(content, settings, clock.instant());
        versions.save(new ArticleVersion(id, no, content, reader.userId(), clock.instant(), note(note)));
        return changed(articles.saveAndFlush(article));
    }

    public KnowledgeArticle submit(long id, Set<Long> reviewerIds, @Nullable Long expectedVersion, Reader reader) {
        requireWriter(reader);
        for (Long reviewerId : reviewerIds) {
            if (!mayReview(reviewerId)) {
                throw DomainException.invalid("reviewerIds", "knowledge.validation.reviewer");
            }
        }
        var article = load(id, expectedVersion);
        article.submit(reviewerIds, head(article).authorId(), clock.instant());
        return changed(articles.saveAndFlush(article));
    }

    public KnowledgeArticle approve(long id, @Nullable Long expectedVersion, Reader reader) {
        requireReviewer(reader);
        var article = load(id, expectedVersion);
        ArticleVersion head = head(article);
        article.approve(reader.userId(), head.authorId(), head.content(), clock.instant());
        reviews.save(new ArticleReview(
                id, head.versionNo(), reader.userId(), ArticleReview.Decision.APPROVED, "", clock.instant()));
        var saved = articles.saveAndFlush(article);
        article.takeEvents().forEach(events::publishEvent);
        return changed(saved);
    }

    public KnowledgeArticle requestChanges(long id, String comment, @Nullable Long expectedVersion, Reader reader) {
        requireReviewer(reader);
        var article = load(id, expectedVersion);
        ArticleVersion head = head(article);
        String text = comment.strip();
        if (text.length() > 2000) {
            throw DomainException.invalid("comment", "knowledge.validation.tooLong", 2000);
        }
        article.requestChanges(reader.userId(), head.authorId(), text, clock.instant());
        reviews.save(new ArticleReview(
                id,
                head.versionNo(),
                reader.userId(),
                ArticleReview.Decision.CHANGES_REQUESTED,
                text,
                clock.instant()));
        return changed(articles.saveAndFlush(article));
    }

    public KnowledgeArticle archive(long id, @Nullable Long expectedVersion, Reader reader) {
        requireWriter(reader);
        var article = load(id, expectedVersion);
        article.archive(clock.instant());
        return changed(articles.saveAndFlush(article));
    }

    public KnowledgeArticle restore(long id, @Nullable Long expectedVersion, Reader reader) {
        requireWriter(reader);
        var article = load(id, expectedVersion);
        article.restore(clock.instant());
        return changed(articles.saveAndFlush(article));
    }

    /** The article as this reader may see it: agents any article, requesters only published public ones. */
    @Transactional(readOnly = true)
    public KnowledgeArticle find(long id, Reader reader) {
        var article = articles.findById(id).orElseThrow(KnowledgeErrors::notFound);
        if (!reader.agent() && !article.readable(false)) {
            throw KnowledgeErrors.notFound();
        }
        return article;
    }

    /** Every version, newest first (agents only). */
    @Transactional(readOnly = true)
    public List<ArticleVersion> versions(long id, Reader reader) {
        requireAgent(reader);
        find(id, reader);
        return versions.findByArticleIdOrderByVersionNoDesc(id);
    }

    @Transactional(readOnly = true)
    public ArticleVersion version(long id, int versionNo, Reader reader) {
        requireAgent(reader);
        find(id, reader);
        return versions.findByArticleIdAndVersionNo(id, versionNo).orElseThrow(KnowledgeErrors::notFound);
    }

    @Transactional(readOnly = true)
    public List<ArticleReview> reviews(long id, Reader reader) {
        requireAgent(reader);
        return reviews.findByArticleIdOrderByIdDesc(id);
    }

    /** A page of the workspace list, newest first. */
    @Transactional(readOnly = true)
    public Keyset.Page<KnowledgeArticle> list(Filter filter, Keyset.PageRequest page, Reader reader) {
        requireAgent(reader);
        long after = page.afterLong(Long.MAX_VALUE);
        var limit = PageRequest.of(0, page.fetchSize());
        List<KnowledgeArticle> rows = filter.awaitingMyReview()
                ? articles.awaitingReview(after, reader.userId(), limit)
                : articles.page(
                        after,
                        filter.status(),
                        filter.mine() ? reader.userId() : null,
                        filter.categoryId(),
                        filter.visibility(),
                        limit);
        return Keyset.page(rows, page, KnowledgeArticle::id);
    }

    /** A page of articles this reader may read, newest first, optionally in one category. */
    @Transactional(readOnly = true)
    public Keyset.Page<KnowledgeArticle> readable(@Nullable Long categoryId, Keyset.PageRequest page, Reader reader) {
        long after = page.afterLong(Long.MAX_VALUE);
        List<KnowledgeArticle> rows =
                articles.readablePage(after, !reader.agent(), categoryId, PageRequest.of(0, page.fetchSize()));
        return Keyset.page(rows, page, KnowledgeArticle::id);
    }

    /** The users who may review articles, for the reviewer picker. */
    @Transactional(readOnly = true)
    public boolean mayReview(long userId) {
        return directory
                .findUser(userId)
                .filter(UserSummary::enabled)
                .map(u -> u.roles().stream().anyMatch(r -> r.permissions().contains(Permission.KNOWLEDGE_REVIEW)))
                .orElse(false);
    }

    /** People who may review this reader's articles (members of any support group holding the permission). */
    @Transactional(readOnly = true)
    public List<UserSummary> reviewerCandidates(Reader reader) {
        Set<Long> ids = new java.util.TreeSet<>();
        for (var group : directory.groups()) {
            ids.addAll(group.memberIds());
            if (group.leadId() != null) {
                ids.add(group.leadId());
            }
        }
        ids.remove(reader.userId());
        return ids.stream()
                .filter(this::mayReview)
                .flatMap(id -> directory.findUser(id).stream())
                .toList();
    }

    private KnowledgeArticle changed(KnowledgeArticle article) {
        events.publishEvent(new ArticleChanged(article.id()));
        return article;
    }

    ArticleVersion head(KnowledgeArticle article) {
        return versions.findByArticleIdAndVersionNo(article.id(), article.headVersion())
                .orElseThrow(KnowledgeErrors::notFound);
    }

    private KnowledgeArticle load(long id, @Nullable Long expectedVersion) {
        var article = articles.findById(id).orElseThrow(KnowledgeErrors::notFound);
        if (expectedVersion != null && expectedVersion != article.version()) {
            throw KnowledgeErrors.stale();
        }
        return article;
    }

    /** A new or changed category must exist and be in use; an article may keep a retired one. */
    private void checkCategory(@Nullable Long categoryId, @Nullable Long current) {
        if (categoryId == null) {
            return;
        }
        if (!categories.existsById(categoryId)) {
            throw DomainException.invalid("categoryId", "knowledge.validation.category");
        }
        if (!categoryId.equals(current) && !categoryTree.usable(categoryId)) {
            throw DomainException.invalid("categoryId", "knowledge.category.validation.retired");
        }
    }

    private static String note(@Nullable String note) {
        String n = note == null ? "" : note.strip();
        return n.length() > 500 ? n.substring(0, 500) : n;
    }

    private static void requireAgent(Reader reader) {
        if (!reader.agent()) {
            throw KnowledgeErrors.notFound();
        }
    }

    private static void requireWriter(Reader reader) {
        if (!reader.writer()) {
            throw KnowledgeErrors.notAllowed();
        }
    }

    private static void requireReviewer(Reader reader) {
        if (!reader.reviewer()) {
            throw KnowledgeErrors.notAllowed();
        }
    }
}
