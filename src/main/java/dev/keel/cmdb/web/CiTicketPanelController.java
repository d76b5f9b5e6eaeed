package dev.keel.cmdb.web;

import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.CiTicketLinks;
import dev.keel.cmdb.domain.ConfigurationItem;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "affected CIs" card on the agent's ticket page, loaded by htmx so that the ticket module knows
 * nothing of the CMDB: the linked CIs, a search-as-you-type picker and link / unlink buttons that
 * answer with the card again. 404 when the agent may not see the ticket.
 */
@Controller
@RequestMapping("/workspace/cmdb/tickets/{ticketId}")
class CiTicketPanelController {

    static final int SUGGESTIONS = 8;

    private final CiTicketLinks links;
    private final ConfigurationItems items;
    private final CiClasses classes;
    private final MessageSource messages;

    CiTicketPanelController(CiTicketLinks links, ConfigurationItems items, CiClasses classes, MessageSource messages) {
        this.links = links;
        this.items = items;
        this.classes = classes;
        this.messages = messages;
    }

    @GetMapping("/panel")
    String panel(@PathVariable long ticketId, Authentication authentication, Locale locale, Model model) {
        return card(ticketId, authentication, locale, model);
    }

    @GetMapping("/picker")
    String picker(
            @PathVariable long ticketId,
            @RequestParam(defaultValue = "") String q,
            Authentication authentication,
            Locale locale,
            Model model) {
        long userId = CiWebController.userId(authentication);
        Set<Long> linked = links.cisOf(ticketId, userId).stream()
                .map(ConfigurationItem::id)
                .collect(Collectors.toSet());
        String text = q.length() > 200 ? q.substring(0, 200) : q;
        List<ConfigurationItem> found = items.suggest(text, SUGGESTIONS).stream()
                .filter(ci -> !linked.contains(ci.id()) && !ci.retired())
                .toList();
        model.addAttribute("ticketId", ticketId);
        model.addAttribute("found", found);
        model.addAttribute("query", text);
        model.addAttribute("classNames", classNames(locale));
        return "cmdb/fragments/ticket-panel :: picker";
    }

    @PostMapping("/link")
    String link(
            @PathVariable long ticketId,
            @RequestParam(defaultValue = "") String ciId,
            Authentication authentication,
            Actor actor,
            Locale locale,
            Model model) {
        try {
            if (!ciId.matches("\\d{1,18}")) {
                throw DomainException.invalid("ciId", "cmdb.validation.ciUnknown");
            }
            links.link(ticketId, Long.parseLong(ciId), CiWebController.userId(authentication), actor);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND && e.messageKey().endsWith(".ticket")) {
                throw e;
            }
            model.addAttribute(
                    "problem",
                    FieldErrors.of(e, messages, locale).values().iterator().next());
        }
        return card(ticketId, authentication, locale, model);
    }

    @PostMapping("/unlink")
    String unlink(
            @PathVariable long ticketId,
            @RequestParam long ciId,
            Authentication authentication,
            Locale locale,
            Model model) {
        links.unlink(ticketId, ciId, CiWebController.userId(authentication));
        return card(ticketId, authentication, locale, model);
    }

    private String card(long ticketId, Authentication authentication, Locale locale, Model model) {
        model.addAttribute("ticketId", ticketId);
        model.addAttribute("linked", links.cisOf(ticketId, CiWebController.userId(authentication)));
        model.addAttribute("classNames", classNames(locale));
        return "cmdb/fragments/ticket-panel :: panel";
    }

    private Map<Long, String> classNames(Locale locale) {
        return classes.all().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name(locale)));
    }
}
