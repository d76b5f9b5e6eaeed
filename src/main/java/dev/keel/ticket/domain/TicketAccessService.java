package dev.keel.ticket.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.TicketAccess;
import dev.keel.ticket.TicketView;
import dev.keel.ticket.TicketViewer;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link TicketAccess} on top of the ticket facade and the viewer rules. */
@Component
class TicketAccessService implements TicketAccess {

    private final Tickets tickets;
    private final TicketViewers viewers;

    TicketAccessService(Tickets tickets, TicketViewers viewers) {
        this.tickets = tickets;
        this.viewers = viewers;
    }

    @Override
    public Optional<TicketView> findVisible(long ticketId, long userId) {
        return tickets.find(ticketId).filter(t -> sees(userId, t));
    }

    @Override
    public Optional<TicketView> findVisibleByNumber(String number, long userId) {
        return tickets.findByNumber(number).filter(t -> sees(userId, t));
    }

    private boolean sees(long userId, TicketView ticket) {
        try {
            TicketViewer viewer = viewers.of(userId);
            return viewer.sees(ticket);
        } catch (DomainException unknownUser) {
            return false;
        }
    }
}
