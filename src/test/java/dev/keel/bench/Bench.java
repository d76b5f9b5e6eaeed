package dev.keel.bench;

import dev.keel.KeelApplication;
import dev.keel.shared.database.DatabaseVendor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the benchmark programs share: {@code --name value} options, starting Keel against the benchmark
 * database, and latency percentiles. Benchmarks are main programs, never tests (docs/performance.md).
 */
final class Bench {

    private Bench() {}

    /** Parses {@code --name value} pairs and bare {@code --flag}s. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    static String url(Map<String, String> options) {
        return options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/keel_bench");
    }

    /**
     * A plain JDBC connection to the benchmark database. On MariaDB it converts timestamps in UTC, as
     * Keel's own pool does, so that rows written here mean the same instants to Keel.
     */
    static Connection connect(Map<String, String> options) throws SQLException {
        String url = url(options);
        if (DatabaseVendor.fromJdbcUrl(url).mysqlFamily() && !url.contains("connectionTimeZone=")) {
            url += (url.contains("?") ? "&" : "?") + "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
        }
        return DriverManager.getConnection(
                url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""));
    }

    /** The database a connection talks to, read from its URL. */
    static DatabaseVendor vendor(Connection c) throws SQLException {
        return DatabaseVendor.fromJdbcUrl(c.getMetaData().getURL());
    }

    /**
     * Starts Keel on a random port against the database: Flyway migrates it and, on an empty database,
     * the demo organisation, groups, agents and API tokens are created.
     */
    static ConfigurableApplicationContext start(Map<String, String> options, String... extra) {
        try {
            Path dataDir = Files.createTempDirectory("keel-bench");
            List<String> args = new ArrayList<>(List.of(
                    "--spring.datasource.url=" + url(options),
                    "--spring.datasource.username=" + options.getOrDefault("user", "postgres"),
                    "--spring.datasource.password=" + options.getOrDefault("password", ""),
                    "--spring.datasource.hikari.maximum-pool-size=" + options.getOrDefault("pool", "12"),
                    "--keel.data-dir=" + dataDir,
                    "--keel.demo.enabled=true",
                    // the demo accounts and tokens, but not the demo tickets: a benchmark counts its own
                    "--keel.ticket.seed-demo=false",
                    // a fresh index folder each run: no background rebuild of 1 M tickets beside the measurement
                    "--keel.search.rebuild-empty-index=false",
                    "--server.port=0",
                    "--logging.level.root=WARN",
                    "--spring.main.banner-mode=off"));
            args.addAll(Arrays.asList(extra));
            // any --some.spring.property value on the command line goes to Keel as it is
            options.forEach((name, value) -> {
                if (name.contains(".")) {
                    args.add("--" + name + "=" + value);
                }
            });
            return SpringApplication.run(KeelApplication.class, args.toArray(String[]::new));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Latency percentiles of a set of durations in nanoseconds, printed in milliseconds. */
    record Latencies(long[] nanos) {

        static Latencies of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latencies(sorted);
        }

        double percentile(double p) {
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1_000_000.0;
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                    nanos.length,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    nanos[nanos.length - 1] / 1_000_000.0);
        }
    }
}
