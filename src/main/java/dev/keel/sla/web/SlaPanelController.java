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
        var ticket = userId == null
                ? java.util.Optional.<dev.keel.ticket.TicketView>empty()
                : tickets.findVisible(id, userId);
        if (ticket.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
        }
        var sla = clocks.state(id);
        model.addAttribute("sla", sla);
        model.addAttribute("planning", planning(ticket.get(), sla));
        return "sla/fragments/panel";
    }

    /**
     * The clocks are planned by the SLA module's listener after the ticket's transaction committed, so
     * a card fetched right after the ticket was opened may come before them. For a young ticket without
     * clocks the card says the SLA is being worked out and asks again shortly, instead of stating that
     * no service level applies; after {@link #PLANNING_GRACE} it says so.
     */
    static boolean planning(dev.keel.ticket.TicketView ticket, dev.keel.sla.TicketSla sla) {
        return sla.clocks().isEmpty() && !ticket.createdAt().isBefore(sla.asOf().minus(PLANNING_GRACE));
    }

    static final java.time.Duration PLANNING_GRACE = java.time.Duration.ofMinutes(2);
}
