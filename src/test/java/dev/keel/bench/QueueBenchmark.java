package dev.keel.bench;

import dev.keel.identity.UserDirectory;
import dev.keel.shared.Keyset.PageRequest;
import dev.keel.shared.database.DatabaseVendor;
import dev.keel.ticket.TicketFilter;
import dev.keel.ticket.TicketFilter.Sort;
import dev.keel.ticket.TicketViewer;
import dev.keel.ticket.domain.TicketQueries;
import dev.keel.ticket.domain.TicketViewers;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Server time of an agent's queue pages on a generated database: the first page of four filtered,
 * sorted views through {@link TicketQueries#page} (the code behind the workspace and the API), with
 * the viewer's visibility applied. Baseline in the same run: the identical SQL through plain JDBC.
 * Prints percentiles and the PostgreSQL plan of each query.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keel.bench.QueueBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/keel_bench [--agent li.na] [--iterations 1000] [--page 50]
 * </pre>
 */
public final class QueueBenchmark {

    private record Queue(String name, TicketFilter filter, Sort sort) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "300"));
        int pageSize = Integer.parseInt(options.getOrDefault("page", "50"));
        try (ConfigurableApplicationContext app = Bench.start(options)) {
            UserDirectory directory = app.getBean(UserDirectory.class);
            String agentName = options.getOrDefault("agent", "li.na");
            long agent = directory.findUser(agentName).orElseThrow().id();
            TicketViewer viewer = app.getBean(TicketViewers.class).of(agent);
            long serviceDesk = directory.groupsOf(agent).stream()
                    .filter(g -> g.code().equals("SD"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            DataSource dataSource = app.getBean(DataSource.class);
            TicketQueries queries = app.getBean(TicketQueries.class);
            RecordedStatement.Recorder recorder = new RecordedStatement.Recorder(dataSource);
            TicketQueries recording = recordingQueries(recorder.dataSource(), app.getBean(DatabaseVendor.class));
            try (Connection c = dataSource.getConnection()) {
                System.out.printf(
                        Locale.ROOT,
                        "%,d tickets; agent %s, groups %s; page size %d; %d warm-up + %d measured calls per queue%n",
                        TicketDataGenerator.single(c, "SELECT COUNT(*) FROM ticket"),
                        agentName,
                        viewer.groupIds(),
                        pageSize,
                        warmup,
                        iterations);
            }
            for (Queue q : queues(viewer, serviceDesk)) {
                PageRequest first = PageRequest.first(pageSize);
                long[] keel = new long[iterations];
                for (int i = -warmup; i < iterations; i++) {
                    long start = System.nanoTime();
                    int rows = queries.page(q.filter(), viewer, q.sort(), first)
                            .items()
                            .size();
                    long took = System.nanoTime() - start;
                    if (rows == 0) {
                        throw new IllegalStateException(q.name() + ": empty page, was the generator run?");
                    }
                    if (i >= 0) {
                        keel[i] = took;
                    }
                }
                recording.page(q.filter(), viewer, q.sort(), first);
                RecordedStatement sql = recorder.last();
                long[] raw = new long[iterations];
                try (Connection c = dataSource.getConnection()) {
                    for (int i = -warmup; i < iterations; i++) {
                        long start = System.nanoTime();
                        sql.run(c);
                        if (i >= 0) {
                            raw[i] = System.nanoTime() - start;
                        }
                    }
                    report(q, Bench.Latencies.of(keel), Bench.Latencies.of(raw), sql, c);
                }
            }
        }
    }

    private static Iterable<Queue> queues(TicketViewer viewer, long serviceDesk) {
        Map<String, Queue> queues = new LinkedHashMap<>();
        add(
                queues,
                "my groups' open tickets by priority",
                TicketFilter.open().withGroups(viewer.groupIds()),
                Sort.PRIORITY);
        add(
                queues,
                "unassigned in Service Desk, oldest first",
                TicketFilter.open().withGroups(Set.of(serviceDesk)).onlyUnassigned(),
                Sort.OLDEST);
        add(queues, "all open tickets, newest first", TicketFilter.open(), Sort.NEWEST);
        add(
                queues,
                "my groups' open tickets, due soonest",
                TicketFilter.open().withGroups(viewer.groupIds()),
                Sort.DUE);
        add(queues, "recently updated (all visible)", TicketFilter.all(), Sort.RECENTLY_UPDATED);
        return queues.values();
    }

    private static void add(Map<String, Queue> queues, String name, TicketFilter filter, Sort sort) {
        queues.put(name, new Queue(name, filter, sort));
    }

    private static void report(Queue q, Bench.Latencies keel, Bench.Latencies raw, RecordedStatement sql, Connection c)
            throws Exception {
        System.out.printf("%n== %s (%s)%n", q.name(), q.sort());
        System.out.println("   Keel TicketQueries.page: " + keel.summary());
        System.out.println("   plain JDBC, same SQL:    " + raw.summary());
        System.out.printf(
                Locale.ROOT, "   ratio p95 Keel / plain JDBC: %.2f%n", keel.percentile(95) / raw.percentile(95));
        System.out.println("   SQL: " + sql.sql());
        for (String line : sql.explain(c)) {
            System.out.println("   | " + line);
        }
    }

    /** A second, non-transactional instance of the query class on the recording data source. */
    private static TicketQueries recordingQueries(DataSource dataSource, DatabaseVendor vendor) throws Exception {
        Constructor<TicketQueries> constructor =
                TicketQueries.class.getDeclaredConstructor(DataSource.class, DatabaseVendor.class);
        constructor.setAccessible(true);
        return constructor.newInstance(dataSource, vendor);
    }
}
