package dev.keel.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input sweep: reads the OpenAPI document of the running server and sends every operation,
 * as each demo role, the bad inputs {@link ApiSweepInputs} generates from its schemas. It fails on any
 * 5xx, any error that is not problem details, any Java class name or stack frame in an answer, and any
 * change to the data after a refused write. New operations are covered as soon as they are documented.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ApiBadInputSweepIntegrationTests {

    private static final Map<String, String> ROLES = Map.of(
            "admin", "keel_demo_admin_2026",
            "agent", "keel_demo_agent_2026",
            "requester", "keel_demo_requester_2026");
    private static final List<String> LEAKS = List.of("dev.keel.", "java.lang.", "Exception", "\tat ");
    /** Tables that change without any request changing data: sessions, in-flight events, job bookkeeping. */
    private static final Set<String> VOLATILE = Set.of(
            "spring_session",
            "spring_session_attributes",
            "event_publication",
            "event_publication_archive",
            "scheduled_tasks",
            "flyway_schema_history");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void everyOperationAnswersEveryBadInputWithAClearProblemAndChangesNothing() throws Exception {
        JsonNode document = JsonMapper.shared()
                .readTree(send("GET", "/v3/api-docs", null, null, null).body());
        ApiSweepInputs generator = new ApiSweepInputs(document);
        List<String> tables = tables();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int inputs = 0;
        int sent = 0;
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(Locale.ROOT);
                List<ApiSweepInputs.BadRequest> requests = generator.inputs(method, path.getKey(), op.getValue());
                operations++;
                inputs += requests.size();
                for (var role : ROLES.entrySet()) {
                    for (var request : requests) {
                        Map<String, Long> before = request.isWrite() ? counts(tables) : Map.of();
                        var response = send(
                                request.method(),
                                request.path(),
                                request.contentType(),
                                request.body(),
                                role.getValue());
                        sent++;
                        String problem = check(response);
                        if (problem == null && request.isWrite() && response.statusCode() >= 400) {
                            Map<String, Long> after = counts(tables);
                            if (!after.equals(before) && changesDataEveryTime(request, role.getValue(), tables)) {
                                problem = "refused write changed data: " + difference(before, after);
                            }
                        }
                        if (problem == null && request.isWrite() && response.statusCode() < 300) {
                            awaitEventsHandled();
                        }
                        if (problem != null) {
                            failures.add(role.getKey() + " " + request.method() + " " + path.getKey() + " ["
                                    + request.what() + "] → " + response.statusCode() + ": " + problem);
                        }
                    }
                }
            }
        }
        System.out.printf(
                "Bad-input sweep: %d operations × %d inputs (%.1f per operation) × %d roles, %d requests sent%n",
                operations, inputs, (double) inputs / Math.max(1, operations), ROLES.size(), sent);
        assertThat(operations).isGreaterThan(50);
        assertThat(failures).as("failures of %d requests", sent).isEmpty();
    }

    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "server error " + abbreviate(body);
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "leaks '" + leak.strip() + "': " + abbreviate(body);
            }
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "not problem details but '" + type + "': " + abbreviate(body);
            }
        }
        return null;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String token)
            throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        builder.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = String.valueOf(rs.getString("TABLE_SCHEM")).toLowerCase(Locale.ROOT);
                String name = rs.getString("TABLE_NAME");
                // MariaDB has no schemas: its tables come with none (the catalog is the database)
                if ((schema.equals("public") || schema.equals("null"))
                        && !VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }

    /** Row counts of every table, read in one statement. */
    private Map<String, Long> counts(List<String> tables) {
        String sql = String.join(
                " UNION ALL ",
                tables.stream()
                        .map(t -> "SELECT '" + t + "', COUNT(*) FROM \"" + t + "\"")
                        .toList());
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /**
     * Confirms a change seen after a refused write: on PostgreSQL every test context shares one database,
     * and another context's jobs and listeners (mail polling, SLA checks) may write while the sweep runs.
     * The request is sent again twice, each time after the database has settled: only a change that
     * follows every attempt is the request's own.
     */
    private boolean changesDataEveryTime(ApiSweepInputs.BadRequest request, String bearer, List<String> tables)
            throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            awaitEventsHandled();
            Map<String, Long> before = counts(tables);
            var response = send(request.method(), request.path(), request.contentType(), request.body(), bearer);
            if (response.statusCode() < 400 || counts(tables).equals(before)) {
                return false;
            }
        }
        return true;
    }

    private void awaitEventsHandled() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Long open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Long.class);
            if (open == null || open == 0) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder s = new StringBuilder();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                s.append(table)
                        .append(' ')
                        .append(before.get(table))
                        .append("→")
                        .append(count)
                        .append(' ');
            }
        });
        return s.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
