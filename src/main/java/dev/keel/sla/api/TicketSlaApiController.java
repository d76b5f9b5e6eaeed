package dev.keel.sla.api;

import dev.keel.shared.CanonicalNumbers;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.sla.TicketSla;
import dev.keel.sla.domain.Clocks;
import dev.keel.ticket.TicketManagement;
import dev.keel.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "SLA of a ticket", description = "Clocks, due times and plan history of one ticket")
class TicketSlaApiController {

    private final Clocks clocks;
    private final TicketManagement tickets;

    TicketSlaApiController(Clocks clocks, TicketManagement tickets) {
        this.clocks = clocks;
        this.tickets = tickets;
    }

    @GetMapping("/api/v1/tickets/{ticket}/sla")
    @Operation(summary = "A ticket's SLA clocks (by id or number); 404 for a ticket the caller may not see")
    TicketSla state(@PathVariable String ticket, @AuthenticationPrincipal KeelPrincipal me) {
        long id = resolve(ticket);
        if (tickets.findVisible(id, me.userId()).isEmpty()) {
            throw notFound();
        }
        return clocks.state(id);
    }

    private long resolve(String ref) {
        if (CanonicalNumbers.looksNumeric(ref)) {
            return CanonicalNumbers.parseLong(ref).orElseThrow(TicketSlaApiController::notFound);
        }
        if (ref.length() > 40) {
            throw notFound();
        }
        return tickets.findByNumber(ref).map(TicketView::id).orElseThrow(TicketSlaApiController::notFound);
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
    }
}
