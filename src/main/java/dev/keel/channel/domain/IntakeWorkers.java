package dev.keel.channel.domain;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads that process received messages: {@code keel.channel.workers} at most (keep it well below
 * the database pool), each taking one conversation at a time and its messages in order.
 */
@Component
class IntakeWorkers {

    private final int size;
    private final ExecutorService executor;

    IntakeWorkers(@Value("${keel.channel.workers:4}") int size) {
        this.size = Math.max(1, size);
        this.executor = Executors.newFixedThreadPool(
                this.size,
                Thread.ofPlatform().name("mail-intake-", 1).daemon(true).factory());
    }

    /** Processes the conversations, in parallel when there are several; returns how many messages it processed. */
    int run(List<List<Long>> conversations, LongFunction<Optional<?>> process) {
        if (size == 1 || conversations.size() <= 1) {
            int done = 0;
            for (List<Long> conversation : conversations) {
                done += sequence(conversation, process);
            }
            return done;
        }
        List<Future<Integer>> futures = new ArrayList<>();
        for (List<Long> conversation : conversations) {
            futures.add(executor.submit(() -> sequence(conversation, process)));
        }
        int done = 0;
        RuntimeException failure = null;
        for (Future<Integer> future : futures) {
            try {
                done += future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while processing mail", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return done;
    }

    private static int sequence(List<Long> ids, LongFunction<Optional<?>> process) {
        int done = 0;
        for (long id : ids) {
            if (process.apply(id).isPresent()) {
                done++;
            }
        }
        return done;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
