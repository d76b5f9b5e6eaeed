package dev.keel.bench;

import dev.keel.shared.database.DatabaseVendor;
import dev.keel.ticket.Channel;
import dev.keel.ticket.Impact;
import dev.keel.ticket.OpenTicket;
import dev.keel.ticket.Urgency;
import dev.keel.ticket.domain.Tickets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ticket creation from concurrent clients. By default service-level: {@link Tickets#open} in-process
 * (validation, priority matrix, numbering, history, the TicketOpened event in the publication
 * registry), without HTTP. With {@code --http} it POSTs to {@code /api/v1/tickets} with the demo admin
 * token instead. Baseline in the same run: plain JDBC inserts of equivalent {@code ticket} rows, one
 * transaction each, from the same number of threads.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.keel.bench.CreationBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/keel_bench [--threads 8] [--tickets 8000] [--http]
 * </pre>
 */
public final class CreationBenchmark {

    private interface Client {
        void create(int n) throws Exception;
    }

    private record Run(double perSecond, Bench.Latencies latencies) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        int count = Integer.parseInt(options.getOrDefault("tickets", "8000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        boolean http = options.containsKey("http");
        options.putIfAbsent("pool", Integer.toString(threads + 4));
        // one token sends every request: the per-token API rate limit (600 a minute) would answer 429
        try (ConfigurableApplicationContext app =
                Bench.start(options, "--keel.security.api-requests-per-minute=100000000")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<Long> requesters = jdbc.queryForList(
                    "SELECT id FROM identity_user WHERE username LIKE 'bench.user.%' ORDER BY id", Long.class);
            List<Long> categories = jdbc.queryForList("SELECT id FROM ticket_category", Long.class);
            if (requesters.isEmpty() || categories.isEmpty()) {
                throw new IllegalStateException("run TicketDataGenerator on this database first");
            }
            Client keel = http ? httpClient(app) : serviceClient(app.getBean(Tickets.class), requesters, categories);
            String mode =
                    http ? "POST /api/v1/tickets (HTTP, demo admin token)" : "Tickets.open (service level, no HTTP)";
            System.out.printf(
                    Locale.ROOT,
                    "%,d tickets before; %d threads; %d warm-up + %d measured tickets%n",
                    jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class),
                    threads,
                    warmup,
                    count);
            run(keel, threads, warmup);
            Run measured = run(keel, threads, count);
            Run baseline = run(jdbcClient(app.getBean(DataSource.class), requesters), threads, count);
            print(mode, measured);
            print("baseline: plain JDBC INSERT INTO ticket, autocommit", baseline);
            System.out.printf(
                    Locale.ROOT,
                    "ratio Keel / baseline: throughput %.2f, p99 %.2f%n",
                    measured.perSecond() / baseline.perSecond(),
                    measured.latencies().percentile(99) / baseline.latencies().percentile(99));
        }
    }

    private static void print(String what, Run run) {
        System.out.printf(
                Locale.ROOT,
                "%s: %,.0f tickets/s, %s%n",
                what,
                run.perSecond(),
                run.latencies().summary());
    }

    private static Run run(Client client, int threads, int count) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Object>> done = pool.invokeAll(java.util.Collections.nCopies(threads, () -> {
                for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    client.create(n);
                    nanos[n] = System.nanoTime() - start;
                }
                return null;
            }));
            for (Future<Object> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Run(count / seconds, Bench.Latencies.of(nanos));
    }

    private static Client serviceClient(Tickets tickets, List<Long> requesters, List<Long> categories) {
        return n -> {
            var random = ThreadLocalRandom.current();
            long requester = requesters.get(random.nextInt(requesters.size()));
            tickets.open(
                    new OpenTicket(
                            null,
                            title(n),
                            "从今天上午开始出现 — started this morning, ticket " + n,
                            Channel.PORTAL,
                            categories.get(random.nextInt(categories.size())),
                            Impact.values()[random.nextInt(4)],
                            Urgency.values()[random.nextInt(4)],
                            requester),
                    requester);
        };
    }

    private static Client httpClient(ConfigurableApplicationContext app) {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create(
                "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1/tickets");
        return n -> {
            String json = "{\"title\":\"" + title(n) + "\",\"description\":\"打印机无法打印 — printer offline " + n
                    + "\",\"impact\":\"MODERATE\",\"urgency\":\"HIGH\"}";
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer keel_demo_admin_2026")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        "POST /api/v1/tickets answered " + response.statusCode() + ": " + response.body());
            }
        };
    }

    private static Client jdbcClient(DataSource dataSource, List<Long> requesters) throws SQLException {
        boolean postgres;
        try (Connection c = dataSource.getConnection()) {
            postgres = Bench.vendor(c) == DatabaseVendor.POSTGRESQL;
        }
        String sql = "INSERT INTO ticket (id, number, type, title, description, status, channel, category_id, impact,"
                + " urgency, priority, requester_id, organisation_id, group_id, created_by, created_at, updated_at,"
                + " version) SELECT s.id, 'BASE-' || s.id, 'INCIDENT', ?, ?, 'NEW', 'PORTAL', NULL, 'MODERATE',"
                + " 'HIGH', 'P3', ?, NULL, NULL, ?, ?, ?, 0 FROM (SELECT "
                + (postgres ? "nextval('ticket_seq')" : "NEXT VALUE FOR ticket_seq")
                + " AS id) s";
        return n -> {
            long requester = requesters.get(ThreadLocalRandom.current().nextInt(requesters.size()));
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, title(n));
                s.setString(2, "从今天上午开始出现 — started this morning, ticket " + n);
                s.setLong(3, requester);
                s.setLong(4, requester);
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.executeUpdate();
            }
        };
    }

    private static String title(int n) {
        return n % 2 == 0 ? "VPN 无法连接 #" + n : "Outlook keeps asking for the password #" + n;
    }
}
