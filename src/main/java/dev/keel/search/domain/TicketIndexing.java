package dev.keel.search.domain;

import dev.keel.ticket.TicketEvents.TicketAssigned;
import dev.keel.ticket.TicketEvents.TicketClosed;
import dev.keel.ticket.TicketEvents.TicketCommentAdded;
import dev.keel.ticket.TicketEvents.TicketDetailsChanged;
import dev.keel.ticket.TicketEvents.TicketOpened;
import dev.keel.ticket.TicketEvents.TicketPriorityChanged;
import dev.keel.ticket.TicketEvents.TicketReopened;
import dev.keel.ticket.TicketEvents.TicketResolved;
import dev.keel.ticket.TicketEvents.TicketStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The durable indexing path. Automatic indexing writes a changed ticket to the index after commit,
 * asynchronously; a crash (or an index error) at that moment would lose the write. Every ticket change
 * also publishes an event through the persistent publication registry, and this listener reindexes the
 * ticket from the database and waits for the index write: the publication completes only when the
 * document is written, so an incomplete one is republished on restart and the index catches up.
 */
@Component
class TicketIndexing {

    private final TicketReindexer reindexer;

    TicketIndexing(TicketReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @ApplicationModuleListener
    void on(TicketOpened event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketAssigned event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketStatusChanged event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketPriorityChanged event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketResolved event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketClosed event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketReopened event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketCommentAdded event) {
        reindexer.reindex(event.ticketId());
    }

    @ApplicationModuleListener
    void on(TicketDetailsChanged event) {
        reindexer.reindex(event.ticketId());
    }
}
