package dev.keel.bench;

import dev.keel.shared.database.DatabaseVendor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a Keel database with a realistic service desk: two years of tickets with conversations and
 * history, written straight into the schema (COPY on PostgreSQL, batched inserts on MariaDB and H2). Keel is started
 * once first, which migrates the database and creates the demo organisation. See docs/performance.md:
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keel.bench.TicketDataGenerator \
 *     --url jdbc:postgresql://127.0.0.1:5432/keel_bench --tickets 1000000
 * </pre>
 */
public final class TicketDataGenerator {

    private static final int CHUNK = 5_000;

    /** What was written and how long it took. */
    record Result(long tickets, long entries, long history, Duration took) {

        double rowsPerSecond() {
            return (tickets + entries + history) / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int tickets = Integer.parseInt(options.getOrDefault("tickets", "1000000"));
        int requesters = Integer.parseInt(options.getOrDefault("requesters", "400"));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = Bench.start(options)) {
            System.out.printf(
                    Locale.ROOT,
                    "Keel started (migrations, demo data) in %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
        }
        try (Connection c = Bench.connect(options)) {
            Result r = generate(c, tickets, requesters, Long.parseLong(options.getOrDefault("seed", "42")), true);
            System.out.printf(
                    Locale.ROOT,
                    "%,d tickets, %,d entries, %,d history rows in %.1f s: %,.0f tickets/s," + " %,.0f rows/s%n",
                    r.tickets(),
                    r.entries(),
                    r.history(),
                    r.took().toMillis() / 1000.0,
                    r.tickets() / (r.took().toMillis() / 1000.0),
                    r.rowsPerSecond());
            printStatusMix(c);
        }
    }

    /**
     * Creates the reference data and {@code count} tickets on a migrated database with the demo groups,
     * then moves the id sequences past the written ids so that the application goes on without clashes.
     */
    static Result generate(Connection c, int count, int requesters, long seed, boolean progress) throws SQLException {
        long started = System.nanoTime();
        c.setAutoCommit(false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ReferenceData people = ReferenceData.create(c, requesters, now);
        c.commit();
        SyntheticTickets factory = new SyntheticTickets(people, priorities(c), now, seed);
        long firstTicket = nextFree(c, "ticket", "ticket_seq");
        factory.nextEntryId = nextFree(c, "ticket_entry", "ticket_entry_seq");
        factory.nextHistoryId = nextFree(c, "ticket_history", "ticket_history_seq");
        long firstEntry = factory.nextEntryId;
        long firstHistory = factory.nextHistoryId;
        c.commit();
        RowSink tickets = RowSink.of(c, "ticket", SyntheticTickets.TICKET_COLUMNS);
        RowSink entries = RowSink.of(c, "ticket_entry", SyntheticTickets.ENTRY_COLUMNS);
        RowSink history = RowSink.of(c, "ticket_history", SyntheticTickets.HISTORY_COLUMNS);
        Instant from = now.minus(Duration.ofDays(730));
        long stepMillis = Duration.ofDays(730).toMillis() / Math.max(1, count);
        for (int i = 0; i < count; i++) {
            Instant created = from.plusMillis(i * stepMillis + (long) (stepMillis * ((i * 0.618) % 1)));
            factory.write(firstTicket + i, created, tickets, entries, history);
            if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                tickets.flush();
                entries.flush();
                history.flush();
                c.commit();
                if (progress && (i + 1) % 100_000 == 0) {
                    System.out.printf(
                            Locale.ROOT, "  %,d tickets after %.1f s%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        restart(c, "ticket_seq", firstTicket + count);
        restart(c, "ticket_entry_seq", factory.nextEntryId);
        restart(c, "ticket_history_seq", factory.nextHistoryId);
        c.commit();
        c.setAutoCommit(true);
        analyze(c);
        return new Result(
                count,
                factory.nextEntryId - firstEntry,
                factory.nextHistoryId - firstHistory,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Map<String, String> priorities(Connection c) throws SQLException {
        Map<String, String> priorities = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT impact, urgency, priority FROM ticket_priority_rule")) {
            while (rs.next()) {
                priorities.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
            }
        }
        return priorities;
    }

    /** The first id above both the table's rows and anything the sequence may already have handed out. */
    private static long nextFree(Connection c, String table, String sequence) throws SQLException {
        String next = Bench.vendor(c) == DatabaseVendor.POSTGRESQL
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
        return Math.max(single(c, "SELECT COALESCE(MAX(id), 0) FROM " + table), single(c, next)) + 1;
    }

    /**
     * Hibernate's pooled optimiser takes a sequence value as the top of a block of 50 ids, so the
     * sequence restarts a block above the highest written id (same SQL on H2, PostgreSQL and MariaDB).
     */
    private static void restart(Connection c, String sequence, long nextId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (nextId + 100));
        }
    }

    private static void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (Bench.vendor(c)) {
                case POSTGRESQL -> {
                    s.execute("VACUUM ANALYZE ticket");
                    s.execute("VACUUM ANALYZE ticket_entry");
                    s.execute("VACUUM ANALYZE ticket_history");
                }
                case MARIADB -> s.execute("ANALYZE TABLE ticket, ticket_entry, ticket_history");
                case H2 -> s.execute("ANALYZE");
            }
        }
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void printStatusMix(Connection c) throws SQLException {
        long total = single(c, "SELECT COUNT(*) FROM ticket");
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM ticket GROUP BY status ORDER BY 2 DESC")) {
            while (rs.next()) {
                System.out.printf(
                        Locale.ROOT,
                        "  %-12s %,10d  %5.1f %%%n",
                        rs.getString(1),
                        rs.getLong(2),
                        100.0 * rs.getLong(2) / total);
            }
        }
    }
}
