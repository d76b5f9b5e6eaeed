package dev.keel.bench;

import dev.keel.cmdb.domain.CiClasses;
import dev.keel.cmdb.domain.CiImport;
import dev.keel.cmdb.domain.ConfigurationItems;
import dev.keel.cmdb.domain.ImpactAnalysis;
import dev.keel.shared.Actor;
import dev.keel.shared.Keyset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CMDB at scale: generates a layered estate (racks ← servers ← VMs and databases ← applications ←
 * business services; 100,000 CIs and about 300,000 relations by default), then measures the impact walk
 * of {@link ImpactAnalysis} from random servers (3 levels) against a plain recursive SQL CTE in the
 * same run, the first page of the CI list, and the import of a 10,000-row CSV.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keel.bench.CmdbBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/keel_bench [--cis 100000] [--iterations 500] [--import-rows 10000]
 * </pre>
 */
public final class CmdbBenchmark {

    static final String CTE = """
            WITH RECURSIVE up(id, lvl) AS (
              SELECT CAST(? AS BIGINT), 0
              UNION
              SELECT r.source_id, up.lvl + 1 FROM cmdb_relation r JOIN up ON r.target_id = up.id
              WHERE up.lvl < 3 AND r.type_id IN (SELECT id FROM cmdb_relation_type WHERE propagation = 'TO_SOURCE'))
            SELECT COUNT(DISTINCT id) FROM up""";

    private CmdbBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int cis = Integer.parseInt(options.getOrDefault("cis", "100000"));
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "500"));
        int importRows = Integer.parseInt(options.getOrDefault("import-rows", "10000"));
        try (ConfigurableApplicationContext app = Bench.start(options)) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long[] servers = generate(dataSource, jdbc, cis);
            ImpactAnalysis analysis = app.getBean(ImpactAnalysis.class);
            Random random = new Random(42);
            long[] keel = new long[iterations];
            long[] cte = new long[iterations];
            for (int i = -iterations / 5; i < iterations; i++) {
                long server = servers[random.nextInt(servers.length)];
                long start = System.nanoTime();
                analysis.impact(List.of(server), 3);
                long took = System.nanoTime() - start;
                long cteStart = System.nanoTime();
                jdbc.queryForObject(CTE, Long.class, server);
                long cteTook = System.nanoTime() - cteStart;
                if (i >= 0) {
                    keel[i] = took;
                    cte[i] = cteTook;
                }
            }
            var keelLatency = Bench.Latencies.of(keel);
            var cteLatency = Bench.Latencies.of(cte);
            System.out.println("impact walk, 3 levels, ImpactAnalysis: " + keelLatency.summary());
            System.out.println("impact walk, 3 levels, recursive CTE:  " + cteLatency.summary());
            System.out.printf(
                    Locale.ROOT,
                    "p95 ratio Keel / CTE: %.2f%n",
                    keelLatency.percentile(95) / cteLatency.percentile(95));
            listFirstPage(app, iterations);
            importRows(app, importRows);
        }
    }

    private static void listFirstPage(ConfigurableApplicationContext app, int iterations) {
        ConfigurationItems items = app.getBean(ConfigurationItems.class);
        long serverClass =
                app.getBean(CiClasses.class).findByCode("server").orElseThrow().id();
        var filter = new ConfigurationItems.Filter(serverClass, null, null, null, null, null, null);
        long[] nanos = new long[iterations];
        for (int i = -iterations / 5; i < iterations; i++) {
            long start = System.nanoTime();
            items.list(filter, Keyset.PageRequest.first(50));
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        System.out.println(
                "CI list, first page of servers: " + Bench.Latencies.of(nanos).summary());
    }

    private static void importRows(ConfigurableApplicationContext app, int rows) {
        StringBuilder csv = new StringBuilder("class,name,status,attr.os\n");
        String run = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < rows; i++) {
            csv.append("virtual_machine,import-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",IN_USE,Kylin V10\n");
        }
        long start = System.nanoTime();
        var result = app.getBean(CiImport.class).apply(csv.toString().getBytes(StandardCharsets.UTF_8), Actor.SYSTEM);
        System.out.printf(
                Locale.ROOT,
                "import of %,d rows: %.1f s (created %,d, failed rows %d)%n",
                rows,
                (System.nanoTime() - start) / 1e9,
                result.created(),
                result.problems().size());
    }

    /** Generates the estate once (when there are fewer CIs than asked for); returns the server ids. */
    static long[] generate(DataSource dataSource, JdbcTemplate jdbc, int total) throws Exception {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM cmdb_ci WHERE name LIKE 'bench-%'", Integer.class);
        int racks = total / 100;
        int servers = total * 30 / 100;
        int lower = total * 40 / 100;
        int apps = total * 25 / 100;
        int services = total - racks - servers - lower - apps;
        if (existing == null || existing < total) {
            long rackStart = insert(dataSource, jdbc, "rack", "bench-rack-", racks);
            long serverStart = insert(dataSource, jdbc, "server", "bench-server-", servers);
            long lowerStart = insert(dataSource, jdbc, "database", "bench-db-", lower);
            long appStart = insert(dataSource, jdbc, "application", "bench-app-", apps);
            long serviceStart = insert(dataSource, jdbc, "business_service", "bench-service-", services);
            Random random = new Random(7);
            relate(dataSource, jdbc, "hosted_in", serverStart, servers, rackStart, racks, 1, random);
            relate(dataSource, jdbc, "runs_on", lowerStart, lower, serverStart, servers, 2, random);
            relate(dataSource, jdbc, "depends_on", appStart, apps, lowerStart, lower, 5, random);
            relate(dataSource, jdbc, "depends_on", serviceStart, services, appStart, apps, 16, random);
        }
        Long relations = jdbc.queryForObject("SELECT COUNT(*) FROM cmdb_relation", Long.class);
        System.out.printf(
                Locale.ROOT,
                "%,d CIs, %,d relations%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM cmdb_ci", Long.class),
                relations);
        return jdbc.queryForList("SELECT id FROM cmdb_ci WHERE name LIKE 'bench-server-%'", Long.class).stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** Inserts {@code count} CIs of a class with consecutive ids; returns the first id. */
    private static long insert(DataSource dataSource, JdbcTemplate jdbc, String classCode, String prefix, int count)
            throws Exception {
        Long classId = jdbc.queryForObject("SELECT id FROM cmdb_class WHERE code = ?", Long.class, classCode);
        Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM cmdb_ci", Long.class);
        long first = (max == null ? 0 : max) + 1_000_000;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO cmdb_ci (id, name, class_id, status, environment,"
                        + " criticality, location, created_at, updated_at, version) VALUES (?, ?, ?, 'IN_USE',"
                        + " 'PRODUCTION', 'MEDIUM', '', ?, ?, 0)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                s.setLong(1, first + i);
                s.setString(2, prefix + i);
                s.setLong(3, classId == null ? 0 : classId);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.addBatch();
                if (i % 5_000 == 4_999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
            c.commit();
        }
        return first;
    }

    /** Each of the {@code count} sources gets {@code fanOut} distinct random targets. */
    private static void relate(
            DataSource dataSource,
            JdbcTemplate jdbc,
            String type,
            long sourceStart,
            int count,
            long targetStart,
            int targets,
            int fanOut,
            Random random)
            throws Exception {
        Long typeId = jdbc.queryForObject("SELECT id FROM cmdb_relation_type WHERE code = ?", Long.class, type);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO cmdb_relation (type_id, source_id, target_id,"
                        + " created_at, created_by) VALUES (?, ?, ?, ?, 'bench')")) {
            c.setAutoCommit(false);
            int n = 0;
            for (int i = 0; i < count; i++) {
                java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
                while (chosen.size() < Math.min(fanOut, targets)) {
                    chosen.add(random.nextInt(targets));
                }
                for (int target : chosen) {
                    s.setLong(1, typeId == null ? 0 : typeId);
                    s.setLong(2, sourceStart + i);
                    s.setLong(3, targetStart + target);
                    s.setTimestamp(4, now);
                    s.addBatch();
                    if (++n % 5_000 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
            c.commit();
        }
    }
}
