package dev.keel.routing.events;

import dev.keel.routing.domain.Router;
import dev.keel.ticket.TicketEvents.TicketOpened;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routes every new ticket after it committed. Someone may change the ticket at the same moment; then
 * routing runs again on the fresh state, which usually means leaving it to that person.
 */
@Component
class TicketRoutingListener {

    private static final int ATTEMPTS = 3;

    private final Router router;

    TicketRoutingListener(Router router) {
        this.router = router;
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        for (int attempt = 1; ; attempt++) {
            try {
                router.route(event.ticketId(), event.actorId());
                return;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }
}
