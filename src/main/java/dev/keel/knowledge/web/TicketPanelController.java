package dev.keel.knowledge.web;

import dev.keel.knowledge.domain.ArticleLinks;
import dev.keel.knowledge.domain.ArticleSuggestions;
import dev.keel.knowledge.domain.ArticleVisibility;
import dev.keel.knowledge.domain.Articles;
import dev.keel.knowledge.domain.MarkdownText;
import dev.keel.knowledge.domain.Reader;
import dev.keel.knowledge.domain.Readers;
import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketAccess;
import dev.keel.ticket.TicketView;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge panel on the agent's ticket page (loaded by htmx): articles suggested from the ticket's
 * title and description, the linked ones, and buttons to insert a link or the text into the reply, to
 * link an article and to write a new article from the ticket. 404 when the agent may not see the ticket.
 */
@Controller
class TicketPanelController {

    static final int SUGGESTIONS = 3;

    private final TicketAccess tickets;
    private final ArticleSuggestions suggestions;
    private final ArticleLinks links;
    private final Articles articles;
    private final Readers readers;
    private final MessageSource messages;

    TicketPanelController(
            TicketAccess tickets,
            ArticleSuggestions suggestions,
            ArticleLinks links,
            Articles articles,
            Readers readers,
            MessageSource messages) {
        this.tickets = tickets;
        this.suggestions = suggestions;
        this.links = links;
        this.articles = articles;
        this.readers = readers;
        this.messages = messages;
    }

    /** A suggested or linked article with what the insert buttons put into the reply. */
    record PanelArticle(long id, String title, String summary, boolean linked, String linkText, String bodyText) {}

    @GetMapping("/workspace/kb/tickets/{ticketId}/panel")
    String panel(@PathVariable long ticketId, Authentication authentication, Locale locale, Model model) {
        Reader reader = readers.of(authentication);
        TicketView ticket = visible(ticketId, reader);
        List<ArticleLinks.LinkedArticle> linked = links.articlesOf(ticketId);
        List<Long> linkedIds =
                linked.stream().map(ArticleLinks.LinkedArticle::id).toList();
        List<PanelArticle> suggested =
                suggestions.suggest(ticket.title() + "\n" + ticket.description(), reader, SUGGESTIONS).stream()
                        .filter(s -> !linkedIds.contains(s.id()))
                        .map(s -> panelArticle(s.id(), false, locale, reader))
                        .toList();
        model.addAttribute("ticket", ticket);
        model.addAttribute("suggested", suggested);
        model.addAttribute(
                "linked",
                linked.stream()
                        .map(l -> panelArticle(l.id(), true, locale, reader))
                        .toList());
        return "knowledge/fragments/ticket-panel :: panel";
    }

    @PostMapping("/workspace/kb/tickets/{ticketId}/link")
    String link(
            @PathVariable long ticketId,
            @RequestParam long articleId,
            Authentication authentication,
            RedirectAttributes redirect) {
        Reader reader = readers.of(authentication);
        visible(ticketId, reader);
        links.link(articleId, ticketId, reader);
        redirect.addFlashAttribute("notice", "knowledge.notice.linked");
        return "redirect:/workspace/tickets/" + ticketId;
    }

    private TicketView visible(long ticketId, Reader reader) {
        if (!reader.agent()) {
            throw DomainException.notFound("ticket");
        }
        return tickets.findVisible(ticketId, reader.userId()).orElseThrow(() -> DomainException.notFound("ticket"));
    }

    private PanelArticle panelArticle(long id, boolean linked, Locale locale, Reader reader) {
        var article = articles.find(id, reader);
        boolean isPublic = article.visibility() == ArticleVisibility.PUBLIC && article.readable(false);
        String path = isPublic ? "/portal/kb/" + id : "/workspace/kb/" + id;
        String linkText =
                messages.getMessage("knowledge.panel.seeArticle", new Object[] {article.title(), path}, locale);
        return new PanelArticle(
                id, article.title(), article.summary(), linked, linkText, MarkdownText.plain(article.body()));
    }
}
