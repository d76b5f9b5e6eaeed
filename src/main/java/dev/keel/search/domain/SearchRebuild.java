package dev.keel.search.domain;

import dev.keel.search.SearchIndexedType;
import dev.keel.shared.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the index of every {@link SearchIndexedType} (tickets, articles, ...) from the database while
 * search keeps answering: {@link InPlaceIndexer} replaces each document by id (no purge first), then {@link
 * StaleDocuments} removes documents whose row no longer exists. One rebuild at a time across nodes: the {@code search_rebuild} row is
 * claimed with a conditional update (a claim whose node stopped sending heartbeats expires).
 */
@Service
public class SearchRebuild implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final InPlaceIndexer indexer;
    private final StaleDocuments stale;
    private final List<Class<?>> types;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });

    SearchRebuild(
            DataSource dataSource,
            InPlaceIndexer indexer,
            StaleDocuments stale,
            List<SearchIndexedType> indexed,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.indexer = indexer;
        this.stale = stale;
        this.types = indexed.stream()
                .<Class<?>>map(SearchIndexedType::entityType)
                .distinct()
                .toList();
        this.clock = clock;
    }

    /** The rebuild state as the progress bar shows it. */
    public record Status(
            String state,
            long done,
            long total,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String message) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public long seconds() {
            return startedAt == null || finishedAt == null
                    ? 0
                    : Duration.between(startedAt, finishedAt).toSeconds();
        }
    }

    public Status status() {
        return jdbc.queryForObject(
                "SELECT state, done, total, started_at, finished_at, heartbeat_at, message FROM search_rebuild"
                        + " WHERE id = 1",
                (rs, i) -> new Status(
                        interrupted(rs.getString("state"), instant(rs.getTimestamp("heartbeat_at")))
                                ? "FAILED"
                                : rs.getString("state"),
                        rs.getLong("done"),
                        rs.getLong("total"),
                        instant(rs.getTimestamp("started_at")),
                        instant(rs.getTimestamp("finished_at")),
                        interrupted(rs.getString("state"), instant(rs.getTimestamp("heartbeat_at")))
                                ? "interrupted (the node running it stopped)"
                                : rs.getString("message")));
    }

    /** A rebuild whose node stopped sending heartbeats (it crashed or was stopped) is over. */
    private boolean interrupted(String state, @Nullable Instant heartbeat) {
        return "RUNNING".equals(state)
                && (heartbeat == null || heartbeat.isBefore(clock.instant().minus(STALE_AFTER)));
    }

    /** Starts a rebuild in the background; CONFLICT when one is already running somewhere. */
    public void start() {
        Instant now = clock.instant();
        int claimed = jdbc.update(
                "UPDATE search_rebuild SET state = 'RUNNING', started_at = ?, heartbeat_at = ?, finished_at = NULL,"
                        + " done = 0, total = 0, message = NULL WHERE id = 1 AND (state <> 'RUNNING' OR heartbeat_at < ?)",
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now.minus(STALE_AFTER)));
        if (claimed == 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "rebuild-running", "search.error.rebuildRunning");
        }
        executor.execute(this::run);
    }

    private void run() {
        try {
            long total = 0;
            for (Class<?> type : types) {
                total += indexer.count(type);
            }
            progress(0, total);
            long indexed = 0;
            for (Class<?> type : types) {
                indexed += indexer.reindex(type, indexed, total, this::progress);
            }
            long removed = 0;
            for (Class<?> type : types) {
                removed += stale.remove(type);
            }
            jdbc.update(
                    "UPDATE search_rebuild SET state = 'DONE', finished_at = ?, done = ?, total = GREATEST(total, ?),"
                            + " message = ? WHERE id = 1",
                    Timestamp.from(clock.instant()),
                    indexed,
                    indexed,
                    removed == 0 ? null : "removed " + removed);
            log.info("Search index rebuilt: {} documents, {} stale removed", indexed, removed);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void progress(long done, long total) {
        jdbc.update(
                "UPDATE search_rebuild SET done = ?, total = ?, heartbeat_at = ? WHERE id = 1 AND state = 'RUNNING'",
                done,
                total,
                Timestamp.from(clock.instant()));
    }

    private void fail(Exception e) {
        log.error("Search index rebuild failed", e);
        String message = String.valueOf(e.getMessage());
        jdbc.update(
                "UPDATE search_rebuild SET state = 'FAILED', finished_at = ?, message = ? WHERE id = 1",
                Timestamp.from(clock.instant()),
                message.length() > 500 ? message.substring(0, 500) : message);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
