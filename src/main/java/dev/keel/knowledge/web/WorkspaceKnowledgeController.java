package dev.keel.knowledge.web;

import dev.keel.identity.UserDirectory;
import dev.keel.knowledge.domain.ArticleAttachments;
import dev.keel.knowledge.domain.ArticleCategories;
import dev.keel.knowledge.domain.ArticleFeedback;
import dev.keel.knowledge.domain.ArticleLinks;
import dev.keel.knowledge.domain.ArticleSettings;
import dev.keel.knowledge.domain.ArticleStatus;
import dev.keel.knowledge.domain.ArticleVisibility;
import dev.keel.knowledge.domain.ArticleWorkflow;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.KnowledgeArticle;
import dev.keel.knowledge.domain.MarkdownRenderer;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.knowledge.domain.VersionDiff;
import dev.keel.shared.DomainException;
import dev.keel.shared.Keyset;
import dev.keel.ticket.TicketAccess;
import dev.keel.web.FormErrors;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agents' knowledge base: list, article page, editor with preview, version history and diff. */
@Controller
@RequestMapping("/workspace/kb")
class WorkspaceKnowledgeController {

    static final int PAGE_SIZE = 25;

    private final Articles articles;
    private final ArticleCategories categories;
    private final ArticleFeedback feedback;
    private final ArticleLinks links;
    private final ArticleAttachments attachments;
    private final MarkdownRenderer markdown;
    private final Readers readers;
    private final TicketAccess tickets;
    private final UserDirectory directory;
    private final MessageSource messages;

    WorkspaceKnowledgeController(
            Articles articles,
            ArticleCategories categories,
            ArticleFeedback feedback,
            ArticleLinks links,
            ArticleAttachments attachments,
            MarkdownRenderer markdown,
            Readers readers,
            TicketAccess tickets,
            UserDirectory directory,
            MessageSource messages) {
        this.articles = articles;
        this.categories = categories;
        this.feedback = feedback;
        this.links = links;
        this.attachments = attachments;
        this.markdown = markdown;
        this.readers = readers;
        this.tickets = tickets;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable ArticleStatus status,
            @RequestParam(required = false) @Nullable ArticleVisibility visibility,
            @RequestParam(required = false) @Nullable Long categoryId,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean review,
            @RequestParam(required = false) @Nullable String cursor,
            Authentication authentication,
            Locale locale,
            Model model) {
        Reader reader = readers.of(authentication);
        var filter = new Articles.Filter(status, visibility, categoryId, mine, review);
        Keyset.Page<KnowledgeArticle> page = articles.list(filter, Keyset.PageRequest.of(cursor, PAGE_SIZE), reader);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("visibilities", ArticleVisibility.values());
        model.addAttribute("categories", categories.tree(locale));
        model.addAttribute("categoryNames", new CategoryNames(categories, locale));
        model.addAttribute("reader", reader);
        model.addAttribute(
                "mayManageCategories",
                authentication.getAuthorities().stream()
                        .anyMatch(a -> "knowledge:review".equals(a.getAuthority())
                                || "admin:config".equals(a.getAuthority())));
        return "knowledge/workspace/list";
    }

    @GetMapping("/new")
    String newArticle(
            @RequestParam(required = false) @Nullable Long ticket,
            Authentication authentication,
            Locale locale,
            Model model) {
        Reader reader = readers.of(authentication);
        ArticleForm form = ArticleForm.empty();
        if (ticket != null) {
            var t = tickets.findVisible(ticket, reader.userId()).orElseThrow(() -> DomainException.notFound("ticket"));
            String body = t.description()
                    + (t.resolutionNotes() == null || t.resolutionNotes().isBlank()
                            ? ""
                            : "\n\n## " + solutionHeading(locale) + "\n\n" + t.resolutionNotes());
            form = new ArticleForm(t.title(), "", body, "INTERNAL", "zh-CN", null, "", "", t.id(), null);
        }
        model.addAttribute("form", form);
        return editPage(null, locale, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Reader reader = readers.of(authentication);
        KnowledgeArticle article;
        try {
            article = articles.create(form.content(), form.settings(), form.noteText(), reader);
            if (form.ticketId() != null) {
                links.link(article.id(), form.ticketId(), reader);
            }
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editPage(null, locale, model);
        }
        redirect.addFlashAttribute("notice", "knowledge.notice.saved");
        return "redirect:/workspace/kb/" + article.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
        Reader reader = readers.of(authentication);
        KnowledgeArticle article = articles.find(id, reader);
        feedback.viewed(id);
        var head = articles.version(id, article.headVersion(), reader);
        model.addAttribute("article", article);
        model.addAttribute("head", head);
        model.addAttribute("html", markdown.render(article.body()));
        model.addAttribute("headHtml", markdown.render(head.body()));
        model.addAttribute("versions", articles.versions(id, reader));
        model.addAttribute("reviews", articles.reviews(id, reader));
        model.addAttribute("counts", feedback.counts(id));
        model.addAttribute("linkedTickets", links.ticketsOf(id, reader));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("actions", ArticleWorkflow.allowed(article.status()));
        model.addAttribute("reviewerCandidates", articles.reviewerCandidates(reader));
        model.addAttribute("categoryName", categories.name(article.categoryId(), locale));
        model.addAttribute("names", new UserNames(directory));
        model.addAttribute("reader", reader);
        return "knowledge/workspace/article";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Authentication authentication, Locale locale, Model model) {
        Reader reader = readers.of(authentication);
        KnowledgeArticle article = articles.find(id, reader);
        model.addAttribute("form", ArticleForm.of(article, articles.version(id, article.headVersion(), reader)));
        return editPage(id, locale, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Reader reader = readers.of(authentication);
        try {
            articles.update(id, form.content(), form.settings(), form.noteText(), form.version(), reader);
        } catch (DomainException e) {
            FormErrors.apply(e, result);
            return editPage(id, locale, model);
        }
        redirect.addFlashAttribute("notice", "knowledge.notice.saved");
        return "redirect:/workspace/kb/" + id;
    }

    /** The rendered Markdown of the editor's text (htmx). */
    @PostMapping("/preview")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        String text = body.length() > 100_000 ? body.substring(0, 100_000) : body;
        model.addAttribute("html", markdown.render(text));
        return "knowledge/fragments/preview :: preview";
    }

    @GetMapping("/{id}/versions/{no}")
    String version(@PathVariable long id, @PathVariable int no, Authentication authentication, Model model) {
        Reader reader = readers.of(authentication);
        model.addAttribute("article", articles.find(id, reader));
        var version = articles.version(id, no, reader);
        model.addAttribute("version", version);
        model.addAttribute("html", markdown.render(version.body()));
        model.addAttribute("names", new UserNames(directory));
        return "knowledge/workspace/version";
    }

    @GetMapping("/{id}/diff")
    String diff(
            @PathVariable long id,
            @RequestParam int from,
            @RequestParam int to,
            Authentication authentication,
            Model model) {
        Reader reader = readers.of(authentication);
        model.addAttribute("article", articles.find(id, reader));
        var before = articles.version(id, from, reader);
        var after = articles.version(id, to, reader);
        model.addAttribute("from", before);
        model.addAttribute("to", after);
        model.addAttribute("lines", VersionDiff.of(before, after));
        model.addAttribute("names", new UserNames(directory));
        return "knowledge/workspace/diff";
    }

    @GetMapping("/deflections")
    String deflections(Authentication authentication, Model model) {
        Reader reader = readers.of(authentication);
        if (!reader.writer() && !reader.reviewer()) {
            throw DomainException.notFound("page");
        }
        model.addAttribute("deflections", feedback.recentDeflections(100));
        model.addAttribute("names", new UserNames(directory));
        return "knowledge/workspace/deflections";
    }

    private String editPage(@Nullable Long id, Locale locale, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("categories", categories.tree(locale));
        model.addAttribute("visibilities", ArticleVisibility.values());
        model.addAttribute("articleLanguages", ArticleSettings.LANGUAGES);
        return "knowledge/workspace/edit";
    }

    private String solutionHeading(Locale locale) {
        return messages.getMessage("knowledge.fromTicket.solution", null, locale);
    }

    /** Category names for list rows, looked up from the tree once. */
    static final class CategoryNames {

        private final List<ArticleCategories.Node> nodes;

        CategoryNames(ArticleCategories categories, Locale locale) {
            this.nodes = categories.tree(locale);
        }

        public String of(@Nullable Long id) {
            return id == null
                    ? ""
                    : nodes.stream()
                            .filter(n -> n.id() == id)
                            .map(ArticleCategories.Node::name)
                            .findFirst()
                            .orElse("");
        }
    }
}
