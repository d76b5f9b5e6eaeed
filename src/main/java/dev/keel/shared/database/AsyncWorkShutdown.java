package dev.keel.shared.database;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Stops asynchronous work cleanly before the database goes away. The asynchronous event listeners (the
 * durable indexing of articles and tickets, notifications, audit …) run on the application task
 * executor. That executor used to be shut down only after the EntityManagerFactory had closed, so the
 * listener calls still queued when a node stopped ran against a closed persistence layer and Hibernate
 * Search: each logged an exception (NullPointerExceptions from a closed search mapping, "EntityManagerFactory
 * is closed"), while its publication stayed incomplete all the same.
 *
 * <p>The executor is built with this decorator, so it is created after it and shut down before it:
 * first the executor lets queued calls go on for {@code spring.task.execution.shutdown.await-termination-period}.
 * This bean depends on the EntityManagerFactory, so it is destroyed after the executor and before the
 * EntityManagerFactory: from then on a task that has not started is left out — the listener is not
 * called, its event publication stays incomplete and the registry republishes it on the next start —
 * and the tasks already running are given time to finish.
 */
@Component
class AsyncWorkShutdown implements TaskDecorator, DisposableBean {

    /** How long running tasks may take to finish once the database is about to close. */
    static final Duration RUNNING_TASKS_GRACE = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(AsyncWorkShutdown.class);

    private final Object lock = new Object();
    private boolean stopping;
    private int running;

    AsyncWorkShutdown(EntityManagerFactory persistence) {
        // the parameter orders the destruction: this bean goes before the EntityManagerFactory
    }

    @Override
    public Runnable decorate(Runnable task) {
        return () -> {
            if (!enter()) {
                return;
            }
            try {
                task.run();
            } finally {
                leave();
            }
        };
    }

    private boolean enter() {
        synchronized (lock) {
            if (stopping) {
                return false;
            }
            running++;
            return true;
        }
    }

    private void leave() {
        synchronized (lock) {
            running--;
            lock.notifyAll();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        long deadline = System.nanoTime() + RUNNING_TASKS_GRACE.toNanos();
        synchronized (lock) {
            stopping = true;
            long left;
            while (running > 0 && (left = deadline - System.nanoTime()) > 0) {
                lock.wait(Math.max(1, left / 1_000_000));
            }
            if (running > 0) {
                log.warn("{} asynchronous tasks still running while the database closes", running);
            }
        }
        log.info("Stopping: asynchronous work not started yet is left to the event publication registry,"
                + " which repeats it on the next start");
    }
}
