package dev.keel.search.domain;

import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;

/** Counts what the mass indexer did and reports it about once a second (and at the end). */
final class ProgressMonitor implements MassIndexingMonitor {

    interface Sink {
        void progress(long done, long total);
    }

    private final Sink sink;
    private final AtomicLong added = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile long lastReport;

    ProgressMonitor(Sink sink) {
        this.sink = sink;
    }

    long added() {
        return added.get();
    }

    @Override
    public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
        return new MassIndexingTypeGroupMonitor() {
            @Override
            public void documentsIndexed(long count) {}

            @Override
            public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                started.totalCount().ifPresent(total::addAndGet);
                report(true);
            }

            @Override
            public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {}
        };
    }

    @Override
    public void documentsAdded(long increment) {
        added.addAndGet(increment);
        report(false);
    }

    @Override
    public void documentsBuilt(long increment) {}

    @Override
    public void entitiesLoaded(long increment) {}

    @Override
    public void indexingCompleted() {
        report(true);
    }

    private void report(boolean force) {
        long now = System.nanoTime();
        if (force || now - lastReport > 1_000_000_000L) {
            lastReport = now;
            sink.progress(added.get(), Math.max(total.get(), added.get()));
        }
    }
}
