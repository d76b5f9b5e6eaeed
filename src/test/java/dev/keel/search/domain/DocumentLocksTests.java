package dev.keel.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The locks that keep a rebuild batch and the live writes of the same documents apart. */
class DocumentLocksTests {

    final DocumentLocks locks = new DocumentLocks();

    @Test
    void aLiveWriteWaitsWhileABatchHoldsItsDocument() throws Exception {
        AtomicBoolean written = new AtomicBoolean();
        CompletableFuture<Void> live;
        try (DocumentLocks.Held batch = locks.lockAll(String.class, List.of(1L, 2L, 3L, 500L))) {
            live = CompletableFuture.runAsync(() -> {
                try (DocumentLocks.Held one = locks.lock(String.class, 500L)) {
                    written.set(true);
                }
            });
            Thread.sleep(200);
            assertThat(written).as("written while the batch held the lock").isFalse();
        }
        live.get(5, TimeUnit.SECONDS);
        assertThat(written).isTrue();
    }

    @Test
    void aWriteOfAnotherDocumentDoesNotWaitForTheBatch() throws Exception {
        try (DocumentLocks.Held batch = locks.lockAll(String.class, List.of(1L, 2L))) {
            CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
                try (DocumentLocks.Held one = locks.lock(Integer.class, 7L)) {
                    return true;
                }
            });
            assertThat(other.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void twoBatchesOverlappingInAnyOrderNeverWaitForEachOtherInACircle() throws Exception {
        List<Long> ascending = java.util.stream.LongStream.range(0, 300).boxed().toList();
        List<Long> descending = ascending.reversed();
        CountDownLatch start = new CountDownLatch(1);
        Runnable first = () -> repeat(start, ascending);
        Runnable second = () -> repeat(start, descending);
        CompletableFuture<Void> a = CompletableFuture.runAsync(first);
        CompletableFuture<Void> b = CompletableFuture.runAsync(second);
        start.countDown();
        CompletableFuture.allOf(a, b).get(20, TimeUnit.SECONDS);
        assertThat(a).isCompleted();
        assertThat(b).isCompleted();
    }

    private void repeat(CountDownLatch start, List<Long> ids) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = 0; i < 500; i++) {
            try (DocumentLocks.Held held = locks.lockAll(String.class, ids)) {
                Thread.onSpinWait();
            }
        }
    }
}
