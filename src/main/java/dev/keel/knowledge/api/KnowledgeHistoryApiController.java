package dev.keel.knowledge.api;

import dev.keel.knowledge.domain.ArticleFeedback;
import dev.keel.knowledge.domain.ArticleLinks;
import dev.keel.knowledge.domain.ArticleReview;
import dev.keel.knowledge.domain.ArticleSuggestions;
import dev.keel.knowledge.domain.ArticleVersion;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.knowledge.domain.VersionDiff;
import dev.keel.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/knowledge")
@Tag(name = "Knowledge base")
class KnowledgeHistoryApiController {

    static final int MAX_SUGGESTIONS = 20;

    private final Articles articles;
    private final ArticleFeedback feedback;
    private final ArticleLinks links;
    private final ArticleSuggestions suggestions;
    private final Readers readers;

    KnowledgeHistoryApiController(
            Articles articles,
            ArticleFeedback feedback,
            ArticleLinks links,
            ArticleSuggestions suggestions,
            Readers readers) {
        this.articles = articles;
        this.feedback = feedback;
        this.links = links;
        this.suggestions = suggestions;
        this.readers = readers;
    }

    record VersionResponse(
            int versionNo, String title, String summary, String body, long authorId, Instant createdAt, String note) {

        static VersionResponse of(ArticleVersion v) {
            return new VersionResponse(
                    v.versionNo(), v.title(), v.summary(), v.body(), v.authorId(), v.createdAt(), v.note());
        }
    }

    record ReviewResponse(
            int versionNo, long reviewerId, ArticleReview.Decision decision, String comment, Instant at) {}

    record VoteRequest(@Nullable Boolean helpful) {}

    record LinkRequest(@Nullable Long ticketId) {}

    record LinkedTicket(long id, String number, String title) {}

    record DeflectionRequest(@Nullable String query) {}

    record DeflectionResponse(long id, long articleId) {}

    @GetMapping("/articles/{id}/versions")
    @Operation(summary = "Every saved version, newest first (agents)")
    List<VersionResponse> versions(@PathVariable long id, Authentication authentication) {
        return articles.versions(id, readers.of(authentication)).stream()
                .map(VersionResponse::of)
                .toList();
    }

    @GetMapping("/articles/{id}/versions/{no}")
    @Operation(summary = "One saved version (agents)")
    VersionResponse version(@PathVariable long id, @PathVariable int no, Authentication authentication) {
        return VersionResponse.of(articles.version(id, no, readers.of(authentication)));
    }

    @GetMapping("/articles/{id}/diff")
    @Operation(summary = "Line diff of two versions (title, summary and body)")
    List<VersionDiff.Line> diff(
            @PathVariable long id, @RequestParam int from, @RequestParam int to, Authentication authentication) {
        Reader reader = readers.of(authentication);
        return VersionDiff.of(articles.version(id, from, reader), articles.version(id, to, reader));
    }

    @GetMapping("/articles/{id}/reviews")
    @Operation(summary = "Review decisions, newest first (agents)")
    List<ReviewResponse> reviews(@PathVariable long id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        articles.find(id, reader);
        return articles.reviews(id, reader).stream()
                .map(r -> new ReviewResponse(r.versionNo(), r.reviewerId(), r.decision(), r.comment(), r.createdAt()))
                .toList();
    }

    @GetMapping("/articles/{id}/counts")
    @Operation(summary = "Views, helpful / not helpful votes and deflections")
    ArticleFeedback.Counts counts(@PathVariable long id, Authentication authentication) {
        articles.find(id, readers.of(authentication));
        return feedback.counts(id);
    }

    @PutMapping("/articles/{id}/vote")
    @Operation(summary = "Was this helpful? One vote per user and article; sending again changes it")
    ArticleFeedback.Counts vote(
            @PathVariable long id, @RequestBody VoteRequest request, Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (request.helpful() == null) {
            throw DomainException.invalid("helpful", "knowledge.validation.helpful");
        }
        readable(id, reader);
        feedback.vote(id, reader.userId(), request.helpful());
        return feedback.counts(id);
    }

    @PostMapping("/articles/{id}/deflections")
    @Operation(summary = "This article solved my problem: records a deflection; no ticket is opened")
    ResponseEntity<DeflectionResponse> deflect(
            @PathVariable long id,
            @RequestBody(required = false) @Nullable DeflectionRequest request,
            Authentication authentication) {
        Reader reader = readers.of(authentication);
        readable(id, reader);
        String query = request == null || request.query() == null ? "" : request.query();
        long deflection = feedback.deflect(id, reader.userId(), query);
        return ResponseEntity.status(201).body(new DeflectionResponse(deflection, id));
    }

    @GetMapping("/articles/{id}/tickets")
    @Operation(summary = "Tickets linked to the article that the caller may see (agents)")
    List<LinkedTicket> tickets(@PathVariable long id, Authentication authentication) {
        Reader reader = readers.of(authentication);
        if (!reader.agent()) {
            throw DomainException.notFound("article");
        }
        articles.find(id, reader);
        return links.ticketsOf(id, reader).stream()
                .map(t -> new LinkedTicket(t.id(), t.number(), t.title()))
                .toList();
    }

    @PostMapping("/articles/{id}/tickets")
    @Operation(summary = "Link the article to a ticket the caller may see (agents)")
    ResponseEntity<Void> link(@PathVariable long id, @RequestBody LinkRequest request, Authentication authentication) {
        if (request.ticketId() == null) {
            throw DomainException.invalid("ticketId", "knowledge.validation.ticket");
        }
        links.link(id, request.ticketId(), readers.of(authentication));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/articles/{id}/tickets/{ticketId}")
    @Operation(summary = "Remove a link to a ticket (agents)")
    ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long ticketId, Authentication authentication) {
        links.unlink(id, ticketId, readers.of(authentication));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tickets/{ticketId}/articles")
    @Operation(summary = "Articles linked to a ticket the caller may see (agents)")
    List<ArticleLinks.LinkedArticle> ticketArticles(@PathVariable long ticketId, Authentication authentication) {
        Reader reader = readers.of(authentication);
        links.checkTicket(ticketId, reader);
        return links.articlesOf(ticketId);
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Articles matching free text (Chinese and English), best first, readable by the caller")
    List<ArticleSuggestions.Suggestion> suggestions(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "3") int limit,
            Authentication authentication) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw DomainException.invalid("limit", "error.limit", 1, MAX_SUGGESTIONS);
        }
        return suggestions.suggest(q, readers.of(authentication), limit);
    }

    private void readable(long id, Reader reader) {
        var article = articles.find(id, reader);
        if (!article.readable(reader.agent())) {
            throw DomainException.notFound("article");
        }
    }
}
