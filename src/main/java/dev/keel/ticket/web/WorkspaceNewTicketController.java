package dev.keel.ticket.web;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.DomainException;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.TicketType;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Tickets;
import dev.keel.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agent records a ticket on behalf of a requester who called, walked in or wrote. */
@Controller
class WorkspaceNewTicketController {

    record NewTicketForm(
            @Nullable String requester,
            @Nullable Channel channel,
            @Nullable Long categoryId,
            @Nullable TicketType type,
            @Nullable Impact impact,
            @Nullable Urgency urgency,
            @Nullable String title,
            @Nullable String description) {}

    private final Tickets tickets;
    private final UserDirectory directory;
    private final SignedInAgent agents;
    private final ReferenceData reference;

    WorkspaceNewTicketController(
            Tickets tickets, UserDirectory directory, SignedInAgent agents, ReferenceData reference) {
        this.tickets = tickets;
        this.directory = directory;
        this.agents = agents;
        this.reference = reference;
    }

    @GetMapping("/workspace/tickets/new")
    String form(Locale locale, Model model) {
        model.addAttribute(
                "form",
                new NewTicketForm(
                        null, Channel.PHONE, null, TicketType.INCIDENT, Impact.MINOR, Urgency.MEDIUM, null, null));
        reference.addTo(model, locale);
        return "ticket/workspace/new";
    }

    @PostMapping("/workspace/tickets/new")
    String open(
            @ModelAttribute("form") NewTicketForm form,
            BindingResult result,
            Authentication authentication,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (!result.hasErrors()) {
            try {
                TicketView opened = tickets.open(command(form), agents.userId(authentication));
                redirect.addFlashAttribute("notice", "workspace.done.opened");
                return "redirect:/workspace/tickets/" + opened.id();
            } catch (DomainException e) {
                FormErrors.apply(e, result);
            }
        }
        response.setStatus(422);
        reference.addTo(model, locale);
        return "ticket/workspace/new";
    }

    private OpenTicket command(NewTicketForm form) {
        if (form.requester() == null || form.requester().isBlank()) {
            throw DomainException.invalid("requester", "validation.required");
        }
        long requesterId = directory
                .findUser(form.requester().strip())
                .orElseThrow(() -> DomainException.invalid("requester", "ticket.validation.requester"))
                .id();
        if (form.channel() == null || !ReferenceData.AGENT_CHANNELS.contains(form.channel())) {
            throw DomainException.invalid("channel", "ticket.validation.channel");
        }
        return new OpenTicket(
                form.type(),
                form.title() == null ? "" : form.title(),
                form.description() == null ? "" : form.description(),
                form.channel(),
                form.categoryId(),
                form.impact(),
                form.urgency(),
                requesterId);
    }
}
