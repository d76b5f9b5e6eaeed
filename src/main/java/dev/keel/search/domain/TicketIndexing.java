package dev.keel.search.domain;

import dev.keel.search.IndexedDocuments;
import dev.keel.ticket.TicketEvents.TicketEvent;
import dev.keel.ticket.domain.Ticket;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the ticket index in step with the ticket events, on the one indexing path of
 * {@link IndexedDocuments}. While the change is being made, the ticket is queued for a rewrite right
 * after commit, so the person who made it finds it at once. After commit, every event also reaches the
 * durable listener through the persistent publication registry: it rewrites the ticket again and waits
 * for the write, so a crash or an index error between commit and index is repaired when the event is
 * republished.
 */
@Component
class TicketIndexing {

    private final IndexedDocuments documents;

    TicketIndexing(IndexedDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void changing(TicketEvent event) {
        documents.rewriteAfterCommit(Ticket.class, event.ticketId());
    }

    @ApplicationModuleListener
    void changed(TicketEvent event) {
        documents.rewrite(Ticket.class, event.ticketId(), true);
    }
}
