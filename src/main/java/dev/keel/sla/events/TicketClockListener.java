package dev.keel.sla.events;

import dev.keel.sla.domain.Clocks;
import dev.keel.ticket.TicketEvents.TicketClosed;
import dev.keel.ticket.TicketEvents.TicketFirstResponded;
import dev.keel.ticket.TicketEvents.TicketOpened;
import dev.keel.ticket.TicketEvents.TicketPriorityChanged;
import dev.keel.ticket.TicketEvents.TicketReopened;
import dev.keel.ticket.TicketEvents.TicketResolved;
import dev.keel.ticket.TicketEvents.TicketStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts, stops, pauses and re-plans SLA clocks as tickets change. Each event just asks the clocks to
 * follow the ticket's current state; a concurrent update of the same clocks is retried.
 */
@Component
class TicketClockListener {

    private static final Logger log = LoggerFactory.getLogger(TicketClockListener.class);
    private static final int ATTEMPTS = 5;

    private final Clocks clocks;

    TicketClockListener(Clocks clocks) {
        this.clocks = clocks;
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketFirstResponded event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketStatusChanged event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketResolved event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketReopened event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketClosed event) {
        follow(event.ticketId(), false);
    }

    @ApplicationModuleListener
    void on(TicketPriorityChanged event) {
        follow(event.ticketId(), true);
    }

    private void follow(long ticketId, boolean replan) {
        for (int attempt = 1; ; attempt++) {
            try {
                clocks.reconcile(ticketId, replan);
                return;
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.debug("SLA clocks of ticket {} changed concurrently; trying again", ticketId);
            }
        }
    }
}
