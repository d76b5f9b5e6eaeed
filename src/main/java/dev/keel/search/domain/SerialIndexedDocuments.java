package dev.keel.search.domain;

import dev.keel.search.IndexedDocuments;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes documents one at a time per document: a write takes the lock of its document, reads
 * the entity and hands the document to the backend before it lets go; the backend applies the writes of
 * an index in the order they were handed over.
 *
 * <ul>
 *   <li>The durable rewrite reads inside the lock, in the event listener's transaction (each statement
 *       sees the latest commit), so it never writes a state older than one written before it.
 *   <li>The rewrite right after a commit writes the state its own transaction committed, from that
 *       transaction's session: changes made one after another (a person, a test, a job) reach the index
 *       in order at every moment. Two transactions changing the same row at the same time may write in
 *       the wrong order for a moment; the durable rewrite of the later change puts it right.
 * </ul>
 *
 * <p>No thread waits for the lock without already holding its database connection, and none asks for a
 * second one: writers waiting for a lock can never hold every pooled connection while the holder waits.
 */
@Component
class SerialIndexedDocuments implements IndexedDocuments {

    private static final Logger log = LoggerFactory.getLogger(SerialIndexedDocuments.class);

    private final DocumentLocks locks;
    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate currentTransaction;

    SerialIndexedDocuments(DocumentLocks locks, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setReadOnly(true);
        this.currentTransaction = new TransactionTemplate(transactions);
        this.currentTransaction.setReadOnly(true);
    }

    @Override
    public void rewriteAfterCommit(Class<?> type, Object id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rewriteQuietly(new Document(type, id));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Document> pending = (Set<Document>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Document> documents = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, documents);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    documents.forEach(SerialIndexedDocuments.this::rewriteQuietly);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SerialIndexedDocuments.this);
                }
            });
            pending = documents;
        }
        pending.add(new Document(type, id));
    }

    @Override
    public void rewrite(Class<?> type, Object id, boolean durable) {
        if (durable) {
            // in the listener's transaction: its connection is taken before the lock
            currentTransaction.executeWithoutResult(status -> locked(type, id, true));
        } else if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // right after this thread's commit: its session still holds the committed state and its
            // connection; a transaction of our own would need a second connection while holding this one
            locked(type, id, false);
        } else {
            ownTransaction.executeWithoutResult(status -> locked(type, id, false));
        }
    }

    /** The holder of a stripe's lock never waits for a database connection: it already has one. */
    private void locked(Class<?> type, Object id, boolean durable) {
        try (DocumentLocks.Held held = locks.lock(type, id)) {
            write(type, id, durable);
        }
    }

    private void write(Class<?> type, Object id, boolean durable) {
        SearchSession session = Search.session(entityManager);
        if (durable) {
            session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
        }
        SearchIndexingPlan plan = session.indexingPlan();
        Object entity = entityManager.find(type, id);
        if (entity == null) {
            plan.purge(type, id, null);
        } else {
            plan.addOrUpdate(entity);
        }
        plan.execute();
    }

    private void rewriteQuietly(Document document) {
        try {
            rewrite(document.type(), document.id(), false);
        } catch (RuntimeException e) {
            // the change is committed; the event listener's durable rewrite (retried) repairs the index
            log.warn(
                    "Index write of {} #{} failed after commit; the event listener will repeat it",
                    document.type().getSimpleName(),
                    document.id(),
                    e);
        }
    }

    private record Document(Class<?> type, Object id) {}
}
