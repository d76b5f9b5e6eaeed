package dev.keel.routing.events;

import dev.keel.cmdb.CiLinkedToTicket;
import dev.keel.routing.domain.Router;
import dev.keel.ticket.TicketEvents.TicketOpened;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Routes every new ticket after it committed. Someone may change the ticket at the same moment (an agent,
 * or replies by mail arriving right after the ticket): then routing runs again, each attempt in a
 * transaction of its own on the fresh state, after a short growing pause with jitter so that a burst of
 * changes has passed. Only when every attempt lost does the listener fail, and the event publication
 * stays incomplete for resubmission: a ticket is never left unrouted silently.
 */
@Component
class TicketRoutingListener {

    private static final Logger log = LoggerFactory.getLogger(TicketRoutingListener.class);
    static final int ATTEMPTS = 10;
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long MAX_PAUSE_MILLIS = 1000;

    /** How the listener waits between attempts (a test waits for nothing). */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final Router router;
    private final Pause pause;

    @Autowired
    TicketRoutingListener(Router router) {
        this(router, Thread::sleep);
    }

    TicketRoutingListener(Router router, Pause pause) {
        this.router = router;
        this.pause = pause;
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        withRetries(event.ticketId(), () -> router.route(event.ticketId()));
    }

    @ApplicationModuleListener
    void on(CiLinkedToTicket event) {
        withRetries(event.ticketId(), () -> router.followCi(event.ticketId()));
    }

    private void withRetries(long ticketId, Runnable routing) {
        for (int attempt = 1; ; attempt++) {
            try {
                routing.run();
                return;
            } catch (ConcurrencyFailureException changedMeanwhile) {
                if (attempt >= ATTEMPTS) {
                    throw changedMeanwhile;
                }
                long backoff = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(attempt - 1, 10));
                long millis = backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1);
                log.debug(
                        "Ticket {} changed while it was routed (attempt {}); trying again in {} ms",
                        ticketId,
                        attempt,
                        millis);
                try {
                    pause.sleep(millis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw changedMeanwhile;
                }
            }
        }
    }
}
