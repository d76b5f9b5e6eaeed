package dev.keel.sla.web;

import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.sla.domain.Clocks;
import dev.keel.ticket.TicketManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    SlaPanelController(Clocks clocks, TicketManagement tickets) {
        this.clocks = clocks;
        this.tickets = tickets;
    }

    @GetMapping("/sla/tickets/{id}/panel")
    String panel(@PathVariable long id, @AuthenticationPrincipal KeelPrincipal principal, Model model) {
        if (principal == null || tickets.findVisible(id, principal.userId()).isEmpty()) {
            throw DomainException.notFound("ticket");
        }
        model.addAttribute("sla", clocks.state(id));
        return "sla/fragments/panel";
    }
}
