package dev.keel.search.domain;

import dev.keel.ticket.domain.Ticket;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes one ticket's current state (or its absence) to the index and waits until it is durable. */
@Component
public class TicketReindexer {

    private final EntityManager entityManager;

    TicketReindexer(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Throws when the index write fails, so that the caller (an event listener) is retried. */
    @Transactional(readOnly = true)
    public void reindex(long ticketId) {
        SearchSession session = Search.session(entityManager);
        session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        SearchIndexingPlan plan = session.indexingPlan();
        Ticket ticket = entityManager.find(Ticket.class, ticketId);
        if (ticket == null) {
            plan.purge(Ticket.class, ticketId, null);
        } else {
            plan.addOrUpdate(ticket);
        }
        plan.execute();
    }
}
