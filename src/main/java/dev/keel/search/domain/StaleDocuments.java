package dev.keel.search.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After an in-place rebuild: walks the ids in the index of an entity type and removes the documents
 * whose row is no longer in the database (a rebuild without purging never removes anything by itself).
 */
@Component
class StaleDocuments {

    private final DocumentLocks locks;
    private final EntityManagerFactory emf;
    private final EntityManager shared;
    private final TransactionTemplate transactions;

    StaleDocuments(
            DocumentLocks locks,
            EntityManagerFactory emf,
            EntityManager shared,
            PlatformTransactionManager transactions) {
        this.locks = locks;
        this.emf = emf;
        this.shared = shared;
        this.transactions = new TransactionTemplate(transactions);
    }

    long remove(Class<?> type) {
        var entity = emf.getMetamodel().entity(type);
        String ids = "select e.%1$s from %2$s e where e.%1$s in :ids"
                .formatted(entity.getId(entity.getIdType().getJavaType()).getName(), entity.getName());
        long removed = 0;
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            try (SearchScroll<Long> scroll = session.search(type)
                    .select(f -> f.id(Long.class))
                    .where(f -> f.matchAll())
                    .scroll(1000)) {
                for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    removed += removeMissing(type, ids, chunk.hits());
                }
            }
        }
        return removed;
    }

    private long removeMissing(Class<?> type, String existingIds, List<Long> ids) {
        Long removed = transactions.execute(status -> {
            EntityManager em = shared;
            // the transaction holds its connection from its start; the rows are checked under the locks,
            // so a row committed while this waits is seen and its document kept
            try (DocumentLocks.Held held = locks.lockAll(type, ids)) {
                Set<Long> existing = new HashSet<>(em.createQuery(existingIds, Long.class)
                        .setParameter("ids", ids)
                        .getResultList());
                SearchSession session = Search.session(em);
                session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
                long count = 0;
                for (Long id : ids) {
                    if (!existing.contains(id)) {
                        session.indexingPlan().purge(type, id, null);
                        count++;
                    }
                }
                if (count > 0) {
                    session.indexingPlan().execute();
                }
                return count;
            }
        });
        return removed == null ? 0 : removed;
    }
}
