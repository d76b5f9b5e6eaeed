package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.ArticleFeedback;
import dev.keel.knowledge.domain.ArticleSuggestions;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.MarkdownRenderer;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.shared.Keyset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base in the portal: published public articles by category or by search, the article
 * page with "was this helpful", suggestions while a requester types a new ticket's title, and "this
 * solved my problem", which records a deflection and opens no ticket.
 */
@Controller
@RequestMapping("/portal/kb")
class PortalKnowledgeController {

    static final int PAGE_SIZE = 20;
    static final int SUGGESTIONS = 3;
    static final int MAX_QUERY = 500;

    private final Articles articles;
    private final ArticleCategories categories;
    private final ArticleSuggestions suggestions;
    private final ArticleFeedback feedback;
    private final MarkdownRenderer markdown;
    private final Readers readers;

    PortalKnowledgeController(
            Articles articles,
            ArticleCategories categories,
            ArticleSuggestions suggestions,
            ArticleFeedback feedback,
            MarkdownRenderer markdown,
            Readers readers) {
        this.articles = articles;
        this.categories = categories;
        this.suggestions = suggestions;
        this.feedback = feedback;
        this.markdown = markdown;
        this.readers = readers;
    }

    @GetMapping
    String browse(
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            Authentication authentication,
            Locale locale,
            Model model) {
        Reader reader = portalReader(authentication);
        String query = trim(q);
        model.addAttribute("categories", categories.usableTree(locale));
        model.addAttribute("category", category);
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            model.addAttribute("results", suggestions.suggest(query, reader, PAGE_SIZE));
        } else {
            Keyset.Page<KnowledgeArticle> page =
                    articles.readable(category, Keyset.PageRequest.of(cursor, PAGE_SIZE), reader);
            model.addAttribute("page", page);
        }
        return "knowledge/portal/browse";
    }

    @GetMapping("/{id}")
    String article(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            Authentication authentication,
            Locale locale,
            Model model) {
        Reader reader = portalReader(authentication);
        KnowledgeArticle article = articles.find(id, reader);
        feedback.viewed(id);
        model.addAttribute("article", article);
        model.addAttribute("html", markdown.render(article.body()));
        model.addAttribute("categoryName", categories.name(article.categoryId(), locale));
        model.addAttribute("vote", feedback.voteOf(id, reader.userId()).orElse(null));
        model.addAttribute("q", trim(q));
        return "knowledge/portal/article";
    }

    @PostMapping("/{id}/vote")
    String vote(
            @PathVariable long id,
            @RequestParam boolean helpful,
            Authentication authentication,
            RedirectAttributes redirect) {
        Reader reader = portalReader(authentication);
        articles.find(id, reader);
        feedback.vote(id, reader.userId(), helpful);
        redirect.addFlashAttribute("notice", "knowledge.notice.voted");
        return "redirect:/portal/kb/" + id;
    }

    @PostMapping("/{id}/solved")
    String solved(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            Authentication authentication,
            RedirectAttributes redirect) {
        Reader reader = portalReader(authentication);
        articles.find(id, reader);
        feedback.deflect(id, reader.userId(), trim(q));
        redirect.addAttribute("article", id);
        return "redirect:/portal/kb/thanks";
    }

    @GetMapping("/thanks")
    String thanks(@RequestParam(required = false) @Nullable Long article, Model model) {
        model.addAttribute("articleId", article);
        return "knowledge/portal/thanks";
    }

    /** Matching articles for what the requester is typing (htmx, no page reload). */
    @GetMapping("/suggestions")
    String suggestions(
            @RequestParam(required = false) @Nullable String title, Authentication authentication, Model model) {
        Reader reader = portalReader(authentication);
        String query = trim(title);
        model.addAttribute("q", query);
        model.addAttribute(
                "suggestions", query.isEmpty() ? java.util.List.of() : suggestions.suggest(query, reader, SUGGESTIONS));
        return "knowledge/fragments/suggestions :: suggestions";
    }

    /** In the portal everyone reads as a requester: published public articles only. */
    private Reader portalReader(Authentication authentication) {
        Reader reader = readers.of(authentication);
        return new Reader(reader.userId(), false, false, false);
    }

    private static String trim(@Nullable String q) {
        String s = q == null ? "" : q.strip();
        return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
    }
}
