package dev.keel.knowledge.api;

import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.ArticleContent;
import dev.keel.knowledge.domain.ArticleFeedback;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.ArticleStatus;
import dev.keel.knowledge.domain.ArticleVisibility;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.KnowledgeCategory;
import dev.keel.knowledge.domain.MarkdownRenderer;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(
        name = "Knowledge base",
        description = "Articles with versions and review; requesters see published public articles only")
class KnowledgeApiController {

    private final Articles articles;
    private final ArticleCategories categories;
    private final ArticleFeedback feedback;
    private final MarkdownRenderer markdown;
    private final Readers readers;

    KnowledgeApiController(
            Articles articles,
            ArticleCategories categories,
            ArticleFeedback feedback,
            MarkdownRenderer markdown,
            Readers readers) {
        this.articles = articles;
        this.categories = categories;
        this.feedback = feedback;
        this.markdown = markdown;
        this.readers = readers;
    }

    /** An article as sent by a client; {@code version} is required on update (optimistic locking). */
    record ArticleRequest(
            @Nullable String title,
            @Nullable String summary,
            @Nullable String body,
            @Nullable String visibility,
            @Nullable String language,
            @Nullable Long categoryId,
            @Nullable List<String> tags,
            @Nullable String note,
            @Nullable Long version) {

        ArticleContent content() {
            return ArticleContent.of(title, summary, body);
        }

        ArticleSettings settings() {
            return ArticleSettings.of(visibility, language, categoryId, tags == null ? "" : String.join(",", tags));
        }
    }

    /** A workflow step: SUBMIT (with reviewerIds), APPROVE, REQUEST_CHANGES (with comment), ARCHIVE, RESTORE. */
    record TransitionRequest(
            @Nullable String action,
            @Nullable List<Long> reviewerIds,
            @Nullable String comment,
            @Nullable Long version) {}

    /** An article; {@code body} and {@code html} are the text readers see (published, or the draft). */
    record ArticleResponse(
            long id,
            ArticleStatus status,
            ArticleVisibility visibility,
            String language,
            @Nullable Long categoryId,
            List<String> tags,
            long ownerId,
            String title,
            String summary,
            String body,
            String html,
            int headVersion,
            @Nullable Integer publishedVersion,
            Set<Long> reviewerIds,
            long version) {

        static ArticleResponse of(KnowledgeArticle a, String html) {
            return new ArticleResponse(
                    a.id(),
                    a.status(),
                    a.visibility(),
                    a.language(),
                    a.categoryId(),
                    a.tags(),
                    a.ownerId(),
                    a.title(),
                    a.summary(),
                    a.body(),
                    html,
                    a.headVersion(),
                    a.publishedVersion(),
                    a.reviewerIds(),
                    a.version());
        }
    }

    record ArticlePage(
            List<ArticleResponse> items, @Nullable String nextCursor) {}

    @GetMapping("/articles")
    @Operation(summary = "Articles newest first; agents see every article, requesters published public ones")
    ArticlePage list(
            @RequestParam(required = false) @Nullable ArticleStatus status,
            @RequestParam(required = false) @Nullable ArticleVisibility visibility,
            @RequestParam(required = false) @Nullable Long categoryId,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean awaitingMyReview,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit,
            Authentication authentication) {
        Reader reader = readers.of(authentication);
        var page = Keyset.PageRequest.of(cursor, limit);
        Keyset.Page<KnowledgeArticle> result = reader.agent()
                ? articles.list(
                        new Articles.Filter(status, visibility, categoryId, mine, awaitingMyReview), page, reader)
                : articles.readable(categoryId, page, reader);
        return new ArticlePage(
                result.items().stream().map(a -> ArticleResponse.of(a, "")).toList(), result.nextCursor());
    }

    @PostMapping("/articles")
    @Operation(summary = "Write a new article (a draft, version 1)")
    ResponseEntity<ArticleResponse> create(@RequestBody ArticleRequest request, Authentication authentication) {
        var article = articles.create(
                request.content(), request.settings(), note(request.note()), readers.of(authentication));
        return ResponseEntity.created(URI.create("/api/v1/knowledge/articles/" + article.id()))
                .body(response(article));
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One article with its rendered (sanitised) HTML")
    ArticleResponse find(@PathVariable long id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        var article = articles.find(id, reader);
        feedback.viewed(id);
        return response(article);
    }

    @PutMapping("/articles/{id}")
    @Operation(summary = "Save a new version; send the version you read, else 409")
    ArticleResponse update(@PathVariable long id, @RequestBody ArticleRequest request, Authentication authentication) {
        if (request.version() == null) {
            throw DomainException.invalid("version", "knowledge.validation.version");
        }
        return response(articles.update(
                id,
                request.content(),
                request.settings(),
                note(request.note()),
                request.version(),
                readers.of(authentication)));
    }

    @PostMapping("/articles/{id}/transitions")
    @Operation(summary = "Move the article through its workflow; an illegal step answers 409")
    ArticleResponse transition(
            @PathVariable long id, @RequestBody TransitionRequest request, Authentication authentication) {
        Reader reader = readers.of(authentication);
        String action = request.action() == null ? "" : request.action().strip().toUpperCase(Locale.ROOT);
        var article = switch (action) {
            case "SUBMIT" ->
                articles.submit(
                        id,
                        request.reviewerIds() == null ? Set.of() : Set.copyOf(request.reviewerIds()),
                        request.version(),
                        reader);
            case "APPROVE" -> articles.approve(id, request.version(), reader);
            case "REQUEST_CHANGES" ->
                articles.requestChanges(
                        id, request.comment() == null ? "" : request.comment(), request.version(), reader);
            case "ARCHIVE" -> articles.archive(id, request.version(), reader);
            case "RESTORE" -> articles.restore(id, request.version(), reader);
            default -> throw DomainException.invalid("action", "knowledge.validation.action");
        };
        return response(article);
    }

    /** A category of the tree, with its depth. */
    @GetMapping("/categories")
    @Operation(
            summary = "The category tree, depth first",
            description =
                    "By default only categories new articles may use (active, under active parents); "
                            + "includeRetired=true lists retired ones too (active=false, or usable=false under a retired parent)")
    List<ArticleCategories.Node> categories(
            @RequestParam(defaultValue = "false") boolean includeRetired, Locale locale) {
        return includeRetired ? categories.tree(locale) : categories.usableTree(locale);
    }

    /** A new category: both names required, parentId null for the top level. */
    record CategoryRequest(
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable Long parentId,
            @Nullable Integer sortOrder) {}

    /**
     * Changes to a category; absent fields are kept. {@code root=true} moves it to the top level,
     * {@code active=false} retires it and {@code active=true} restores it; {@code version} is required.
     */
    record CategoryPatch(
            @Nullable String nameZh,
            @Nullable String nameEn,
            @Nullable Long parentId,
            @Nullable Boolean root,
            @Nullable Integer sortOrder,
            @Nullable Boolean active,
            @Nullable Long version) {}

    /** A category as stored. */
    record CategoryResponse(
            long id,
            @Nullable Long parentId,
            String nameZh,
            String nameEn,
            int sortOrder,
            boolean active,
            long version) {

        static CategoryResponse of(KnowledgeCategory c) {
            return new CategoryResponse(
                    c.id(), c.parentId(), c.nameZh(), c.nameEn(), c.sortOrder(), c.active(), c.version());
        }
    }

    @PostMapping("/categories")
    @PreAuthorize("hasAnyAuthority('knowledge:review', 'admin:config')")
    @Operation(
            summary = "Create a category (knowledge reviewers and configuration administrators)",
            description = "Invalid names, an unknown or retired parent, too deep a tree or a duplicate sibling "
                    + "name answer 422 with field errors")
    ResponseEntity<CategoryResponse> createCategory(@RequestBody CategoryRequest request, Actor actor) {
        var category = categories.create(
                new ArticleCategories.Change(
                        request.nameZh(),
                        request.nameEn(),
                        request.parentId(),
                        request.parentId() == null,
                        request.sortOrder(),
                        null),
                actor);
        return ResponseEntity.created(URI.create("/api/v1/knowledge/categories/" + category.id()))
                .body(CategoryResponse.of(category));
    }

    @PatchMapping("/categories/{id}")
    @PreAuthorize("hasAnyAuthority('knowledge:review', 'admin:config')")
    @Operation(
            summary = "Rename, move, reorder, retire or restore a category; send the version you read",
            description = "A stale version answers 409; a move under itself or a descendant answers 422 (cycle)")
    CategoryResponse updateCategory(@PathVariable long id, @RequestBody CategoryPatch request, Actor actor) {
        return CategoryResponse.of(categories.update(
                id,
                new ArticleCategories.Change(
                        request.nameZh(),
                        request.nameEn(),
                        request.parentId(),
                        Boolean.TRUE.equals(request.root()),
                        request.sortOrder(),
                        request.active()),
                request.version(),
                actor));
    }

    private ArticleResponse response(KnowledgeArticle article) {
        return ArticleResponse.of(article, markdown.render(article.body()));
    }

    private static String note(@Nullable String note) {
        return note == null ? "" : note;
    }
}
