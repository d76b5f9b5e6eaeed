package dev.keel.sla.web;

import dev.keel.identity.UserDirectory;
import dev.keel.identity.UserSummary;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.sla.domain.Clocks;
import dev.keel.ticket.TicketManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The SLA card of a ticket page (workspace and portal), loaded by htmx from this module. A ticket the
 * viewer may not see is "not found".
 */
@Controller
class SlaPanelController {

    private final Clocks clocks;
    private final TicketManagement tickets;
    private final UserDirectory directory;

    SlaPanelController(Clocks clocks, TicketManagement tickets, UserDirectory directory) {
        this.clocks = clocks;
        this.tickets = tickets;
        this.directory = directory;
    }

    @GetMapping("/sla/tickets/{id}/panel")
    String panel(@PathVariable long id, Authentication authentication, Model model) {
        Long userId = authentication.getPrincipal() instanceof KeelPrincipal principal
                ? Long.valueOf(principal.userId())
                : directory
                        .findUser(authentication.getName())
                        .map(UserSummary::id)
                        .orElse(null);
        if (userId == null || tickets.findVisible(id, userId).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
        }
        model.addAttribute("sla", clocks.state(id));
        return "sla/fragments/panel";
    }
}
