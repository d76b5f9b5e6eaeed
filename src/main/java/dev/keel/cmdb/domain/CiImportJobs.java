package dev.keel.cmdb.domain;

import dev.keel.shared.Actor;
import dev.keel.shared.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports started from the console. {@link #upload} keeps the file with its preview (nothing of the
 * CMDB is written); {@link #confirm} by the administrator who uploaded it applies it in the background,
 * all rows or none, writing the rows done to the {@code cmdb_import} row (in its own transaction, so
 * the page polling it sees them) as it goes.
 */
@Service
public class CiImportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CiImportJobs.class);
    private static final String SEPARATOR = "\u001F";

    /** A run writes its heartbeat every few hundred rows; one silent this long has stopped. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);

    static final String INTERRUPTED = "cmdb.import.interrupted";

    private final CiImport imports;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cmdb-import");
        t.setDaemon(true);
        return t;
    });

    CiImportJobs(CiImport imports, DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        this.imports = imports;
        this.jdbc = new JdbcTemplate(dataSource);
        this.own = new TransactionTemplate(transactionManager);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The states of an import. */
    public enum State {
        /** Previewed; nothing written; waits for the confirmation. */
        PREVIEWED,
        RUNNING,
        DONE,
        /** Some row failed when it was applied (or the run broke off): nothing was written. */
        FAILED
    }

    /** An import as its page shows it. */
    public record Job(
            long id,
            String fileName,
            CiImport.Kind kind,
            State state,
            int total,
            int done,
            int created,
            int updated,
            int unchanged,
            int failedRows,
            @Nullable String message,
            String createdBy,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt) {

        public boolean running() {
            return state == State.RUNNING;
        }

        /** Whether it may be confirmed: previewed, and no row fails. */
        public boolean confirmable() {
            return state == State.PREVIEWED && failedRows == 0;
        }

        public int percent() {
            return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, (long) done * 100 / total);
        }

        public long seconds() {
            return startedAt == null || finishedAt == null
                    ? 0
                    : Duration.between(startedAt, finishedAt).toSeconds();
        }
    }

    /** Previews the file and keeps it; a file that cannot be read is refused and nothing is kept. */
    public long upload(String fileName, byte[] file, Actor actor) {
        CiImport.Result preview = imports.preview(file, actor);
        String name = fileName.isBlank() ? "import.csv" : truncate(fileName.strip(), 255);
        return Objects.requireNonNull(own.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    connection -> {
                        var s = connection.prepareStatement(
                                "INSERT INTO cmdb_import (file_name, content, kind, state, total_rows, created,"
                                        + " updated, unchanged, failed_rows, created_by, created_at)"
                                        + " VALUES (?, ?, ?, 'PREVIEWED', ?, ?, ?, ?, ?, ?, ?)",
                                new String[] {"id"});
                        s.setString(1, name);
                        s.setBytes(2, file);
                        s.setString(3, preview.kind().name());
                        s.setInt(4, preview.rows());
                        s.setInt(5, preview.created());
                        s.setInt(6, preview.updated());
                        s.setInt(7, preview.unchanged());
                        s.setInt(8, failedRows(preview.problems()));
                        s.setString(9, actor.name());
                        s.setTimestamp(10, Timestamp.from(clock.instant()));
                        return s;
                    },
                    key);
            long id = Objects.requireNonNull(key.getKey()).longValue();
            saveProblems(id, preview.problems());
            return id;
        }));
    }

    /** The import, if it exists and {@code actor} uploaded it; NOT_FOUND otherwise. */
    public Job find(long id, Actor actor) {
        List<Job> jobs = jdbc.query(
                "SELECT id, file_name, kind, state, total_rows, done_rows, created, updated, unchanged, failed_rows,"
                        + " message, created_by, created_at, started_at, finished_at FROM cmdb_import"
                        + " WHERE id = ? AND created_by = ?",
                (rs, i) -> new Job(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        CiImport.Kind.valueOf(rs.getString("kind")),
                        State.valueOf(rs.getString("state")),
                        rs.getInt("total_rows"),
                        rs.getInt("done_rows"),
                        rs.getInt("created"),
                        rs.getInt("updated"),
                        rs.getInt("unchanged"),
                        rs.getInt("failed_rows"),
                        rs.getString("message"),
                        rs.getString("created_by"),
                        instant(Objects.requireNonNull(rs.getTimestamp("created_at"))),
                        nullableInstant(rs.getTimestamp("started_at")),
                        nullableInstant(rs.getTimestamp("finished_at"))),
                id,
                actor.name());
        if (jobs.isEmpty()) {
            throw CmdbErrors.notFound("import");
        }
        Job job = jobs.get(0);
        return job.running() && stale(heartbeat(id)) ? interrupted(job) : job;
    }

    private @Nullable Instant heartbeat(long id) {
        return jdbc.queryForObject(
                "SELECT heartbeat_at FROM cmdb_import WHERE id = ?",
                (rs, i) -> nullableInstant(rs.getTimestamp("heartbeat_at")),
                id);
    }

    private boolean stale(@Nullable Instant heartbeat) {
        return heartbeat == null || heartbeat.isBefore(clock.instant().minus(STALE_AFTER));
    }

    private static Job interrupted(Job job) {
        return new Job(
                job.id(),
                job.fileName(),
                job.kind(),
                State.FAILED,
                job.total(),
                job.done(),
                job.created(),
                job.updated(),
                job.unchanged(),
                job.failedRows(),
                INTERRUPTED,
                job.createdBy(),
                job.createdAt(),
                job.startedAt(),
                job.finishedAt());
    }

    /**
     * Housekeeping, run by a recurring task on one node at a time: records interrupted runs as failed
     * (a run is all rows or none, so nothing was written), deletes previews never confirmed and drops
     * the files of finished imports once they are older than {@code retention}. Returns how many
     * imports it touched.
     */
    public int sweep(Instant now, Duration retention) {
        Timestamp before = Timestamp.from(now.minus(retention));
        int touched = jdbc.update(
                "UPDATE cmdb_import SET state = 'FAILED', finished_at = ?, message = ?"
                        + " WHERE state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < ?)",
                Timestamp.from(now),
                INTERRUPTED,
                Timestamp.from(now.minus(STALE_AFTER)));
        Integer expired = own.execute(status -> {
            jdbc.update(
                    "DELETE FROM cmdb_import_problem WHERE import_id IN"
                            + " (SELECT id FROM cmdb_import WHERE state = 'PREVIEWED' AND created_at < ?)",
                    before);
            return jdbc.update("DELETE FROM cmdb_import WHERE state = 'PREVIEWED' AND created_at < ?", before);
        });
        touched += expired == null ? 0 : expired;
        touched += jdbc.update(
                "UPDATE cmdb_import SET content = NULL WHERE state IN ('DONE', 'FAILED') AND created_at < ?"
                        + " AND content IS NOT NULL",
                before);
        if (touched > 0) {
            log.info("CMDB imports: {} interrupted, expired or emptied", touched);
        }
        return touched;
    }

    /** The failing rows of the preview, or of the run when it failed, in row order. */
    public List<CiImport.RowProblem> problems(long id, Actor actor) {
        find(id, actor);
        return jdbc.query(
                "SELECT row_no, field, message_key, arguments FROM cmdb_import_problem WHERE import_id = ?"
                        + " ORDER BY row_no, field",
                (rs, i) -> new CiImport.RowProblem(
                        rs.getInt("row_no"),
                        rs.getString("field"),
                        rs.getString("message_key"),
                        arguments(rs.getString("arguments"))),
                id);
    }

    /**
     * Starts applying a previewed import in the background. NOT_FOUND for an unknown import or one of
     * someone else, CONFLICT when it was confirmed already, INVALID when some row fails.
     */
    public void confirm(long id, Actor actor) {
        Job job = find(id, actor);
        if (job.state() != State.PREVIEWED) {
            throw CmdbErrors.conflict("import-confirmed", "cmdb.import.alreadyConfirmed");
        }
        if (job.failedRows() > 0) {
            throw CmdbErrors.invalid("file", "cmdb.import.hasErrors", job.failedRows());
        }
        int claimed = jdbc.update(
                "UPDATE cmdb_import SET state = 'RUNNING', started_at = ?, heartbeat_at = ?, done_rows = 0"
                        + " WHERE id = ? AND created_by = ? AND state = 'PREVIEWED'",
                Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()),
                id,
                actor.name());
        if (claimed == 0) {
            throw CmdbErrors.conflict("import-confirmed", "cmdb.import.alreadyConfirmed");
        }
        executor.execute(() -> run(id, actor));
    }

    private void run(long id, Actor actor) {
        try {
            byte[] file = Objects.requireNonNull(
                    jdbc.queryForObject("SELECT content FROM cmdb_import WHERE id = ?", byte[].class, id));
            CiImport.Result result = imports.apply(
                    file,
                    actor,
                    (done, total) -> own.executeWithoutResult(status -> jdbc.update(
                            "UPDATE cmdb_import SET done_rows = ?, heartbeat_at = ? WHERE id = ?",
                            done,
                            Timestamp.from(clock.instant()),
                            id)));
            own.executeWithoutResult(status -> {
                jdbc.update(
                        "UPDATE cmdb_import SET state = ?, done_rows = ?, created = ?, updated = ?, unchanged = ?,"
                                + " failed_rows = ?, finished_at = ? WHERE id = ?",
                        result.applied() ? State.DONE.name() : State.FAILED.name(),
                        result.rows(),
                        result.created(),
                        result.updated(),
                        result.unchanged(),
                        failedRows(result.problems()),
                        Timestamp.from(clock.instant()),
                        id);
                jdbc.update("DELETE FROM cmdb_import_problem WHERE import_id = ?", id);
                saveProblems(id, result.problems());
            });
            log.info(
                    "CMDB import {} by {}: {} rows, created {}, updated {}, unchanged {}, failed rows {}",
                    id,
                    actor.name(),
                    result.rows(),
                    result.created(),
                    result.updated(),
                    result.unchanged(),
                    failedRows(result.problems()));
        } catch (RuntimeException e) {
            log.error("CMDB import {} broke off", id, e);
            String key = e instanceof DomainException d ? d.messageKey() : "cmdb.import.brokeOff";
            jdbc.update(
                    "UPDATE cmdb_import SET state = 'FAILED', finished_at = ?, message = ? WHERE id = ?",
                    Timestamp.from(clock.instant()),
                    key,
                    id);
        }
    }

    private void saveProblems(long id, List<CiImport.RowProblem> problems) {
        jdbc.batchUpdate(
                "INSERT INTO cmdb_import_problem (import_id, row_no, field, message_key, arguments)"
                        + " VALUES (?, ?, ?, ?, ?)",
                problems,
                500,
                (s, p) -> {
                    s.setLong(1, id);
                    s.setInt(2, p.row());
                    s.setString(3, truncate(p.field(), 200));
                    s.setString(4, truncate(p.messageKey(), 200));
                    s.setString(
                            5,
                            truncate(
                                    String.join(
                                            SEPARATOR,
                                            Arrays.stream(p.arguments())
                                                    .map(String::valueOf)
                                                    .toList()),
                                    2000));
                });
    }

    private static int failedRows(List<CiImport.RowProblem> problems) {
        return (int)
                problems.stream().mapToInt(CiImport.RowProblem::row).distinct().count();
    }

    private static Object[] arguments(String joined) {
        return joined.isEmpty() ? new Object[0] : joined.split(SEPARATOR, -1);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private static @Nullable Instant nullableInstant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
