package dev.keel.search.domain;

import dev.keel.shared.DomainException;
import dev.keel.ticket.domain.Ticket;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An empty index next to a database with tickets (first start after an upgrade, a new node, a deleted
 * index folder) is filled by a rebuild in the background, so that search works without an admin step.
 * {@code keel.search.rebuild-empty-index=false} leaves it to an administrator (benchmarks measure
 * without it).
 */
@Component
@ConditionalOnProperty(name = "keel.search.rebuild-empty-index", havingValue = "true", matchIfMissing = true)
class EmptyIndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(EmptyIndexBootstrap.class);

    private final EntityManager entityManager;
    private final SearchRebuild rebuild;
    private final TransactionTemplate readOnly;

    EmptyIndexBootstrap(EntityManager entityManager, SearchRebuild rebuild, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.rebuild = rebuild;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void fillAnEmptyIndex() {
        if (Boolean.TRUE.equals(readOnly.execute(status -> emptyIndexWithTickets()))) {
            try {
                rebuild.start();
                log.info("The search index is empty: rebuilding it from the database in the background");
            } catch (DomainException alreadyRunning) {
                log.info("The search index is empty; a rebuild is already running");
            }
        }
    }

    private boolean emptyIndexWithTickets() {
        long documents = Search.session(entityManager)
                .search(Ticket.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
        boolean tickets = !entityManager
                .createQuery("select t.id from Ticket t", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        return documents == 0 && tickets;
    }
}
