package dev.keel.search.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * One lock per document (striped): whoever writes a document holds its lock from reading the row to
 * handing the document to the backend, so that a write never carries a state older than one written
 * before it. The live writes take one lock; the rebuild takes the locks of a whole batch, always in
 * stripe order, so two batch holders never wait for each other in a circle.
 *
 * <p>Callers hold their database connection before they ask for a lock and never ask for a second one
 * while holding it: writers waiting for a lock can never hold every pooled connection.
 */
@Component
class DocumentLocks {

    /** Enough stripes that unrelated documents rarely wait for each other. */
    private static final int STRIPES = 1024;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    DocumentLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Holds the lock of one document until the returned handle is closed. */
    Held lock(Class<?> type, Object id) {
        ReentrantLock lock = stripes[stripe(type, id)];
        lock.lock();
        return lock::unlock;
    }

    /** Holds the locks of every listed document of {@code type} until the returned handle is closed. */
    Held lockAll(Class<?> type, Collection<?> ids) {
        TreeSet<Integer> wanted = new TreeSet<>();
        ids.forEach(id -> wanted.add(stripe(type, id)));
        java.util.ArrayDeque<ReentrantLock> held = new java.util.ArrayDeque<>();
        try {
            for (int stripe : wanted) {
                stripes[stripe].lock();
                held.push(stripes[stripe]);
            }
        } catch (RuntimeException | Error e) {
            held.forEach(ReentrantLock::unlock);
            throw e;
        }
        return () -> held.forEach(ReentrantLock::unlock);
    }

    private static int stripe(Class<?> type, Object id) {
        return Math.floorMod(Objects.hash(type, id), STRIPES);
    }

    /** Locks held until closed; closing never throws. */
    @FunctionalInterface
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
