package dev.keel.search.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-indexes every row of an indexed type in batches, replacing each document by id. Hibernate
 * Search's mass indexer only <em>adds</em> documents: without a purge first, every rebuild would add a
 * second copy of each document, and with a purge search would be empty until the rebuild ends.
 */
@Component
class InPlaceIndexer {

    static final int BATCH = 200;

    interface Progress {
        void indexed(long done, long total);
    }

    private final DocumentLocks locks;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    InPlaceIndexer(DocumentLocks locks, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    long count(Class<?> type) {
        Long count = readOnly.execute(status -> entityManager
                .createQuery("select count(e) from %s e".formatted(entityName(type)), Long.class)
                .getSingleResult());
        return count == null ? 0 : count;
    }

    /** Indexes every row of {@code type}; returns how many documents were written. */
    long reindex(Class<?> type, long doneBefore, long total, Progress progress) {
        String entity = entityName(type);
        String id = idName(type);
        Queries queries = new Queries(
                "select e.%2$s from %1$s e where e.%2$s > :last order by e.%2$s".formatted(entity, id),
                "select e from %1$s e where e.%2$s in :ids".formatted(entity, id));
        long done = 0;
        long last = Long.MIN_VALUE;
        while (true) {
            final long after = last;
            Batch batch = readOnly.execute(status -> batch(type, queries, after));
            if (batch == null) {
                return done;
            }
            done += batch.size();
            last = batch.lastId();
            progress.indexed(doneBefore + done, total);
        }
    }

    private record Batch(long lastId, int size) {}

    private record Queries(String nextIds, String rows) {}

    /**
     * Takes the next ids, then the locks of their documents, and only then reads the rows: a change
     * committed while the batch waits for a lock is in what it writes, and a change committed after the
     * read waits for the lock and writes after it. Reading first and locking after would let the batch
     * put back a state older than a live write made in between.
     */
    private @Nullable Batch batch(Class<?> type, Queries queries, long after) {
        List<Long> ids = entityManager
                .createQuery(queries.nextIds(), Long.class)
                .setParameter("last", after)
                .setMaxResults(BATCH)
                .getResultList();
        if (ids.isEmpty()) {
            return null;
        }
        try (DocumentLocks.Held held = locks.lockAll(type, ids)) {
            List<?> rows = entityManager
                    .createQuery(queries.rows(), type)
                    .setParameter("ids", ids)
                    .getResultList();
            SearchSession session = Search.session(entityManager);
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
            rows.forEach(row -> session.indexingPlan().addOrUpdate(row));
            session.indexingPlan().execute();
        }
        entityManager.clear();
        return new Batch(ids.get(ids.size() - 1), ids.size());
    }

    private String entityName(Class<?> type) {
        return entityManager.getMetamodel().entity(type).getName();
    }

    private String idName(Class<?> type) {
        var entity = entityManager.getMetamodel().entity(type);
        return entity.getId(entity.getIdType().getJavaType()).getName();
    }
}
