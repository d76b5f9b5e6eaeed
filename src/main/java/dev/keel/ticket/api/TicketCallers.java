package dev.keel.ticket.api;

import dev.keel.shared.CanonicalNumbers;
import dev.keel.shared.DomainException;
import dev.keel.shared.KeelPrincipal;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketViewers;
import dev.keel.ticket.domain.Tickets;
import org.springframework.stereotype.Component;

/** Who is calling, as a ticket viewer, and which ticket a path names (its id or its number). */
@Component
class TicketCallers {

    private final TicketViewers viewers;
    private final Tickets tickets;

    TicketCallers(TicketViewers viewers, Tickets tickets) {
        this.viewers = viewers;
        this.tickets = tickets;
    }

    TicketViewer viewer(KeelPrincipal me) {
        return viewers.of(me.userId());
    }

    /**
     * The id behind a path segment: digits are an id, anything else a ticket number such as
     * {@code INC-20261124-000051}. Visibility is checked by the call that uses the id.
     */
    long ticketId(String ref) {
        if (CanonicalNumbers.looksNumeric(ref)) {
            return CanonicalNumbers.parseLong(ref).orElseThrow(TicketCallers::notFound);
        }
        if (ref.length() > 40) {
            throw notFound();
        }
        return tickets.findByNumber(ref).map(TicketView::id).orElseThrow(TicketCallers::notFound);
    }

    static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ticket-not-found", "ticket.error.notFound");
    }
}
