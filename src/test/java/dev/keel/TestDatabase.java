package dev.keel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of an integration test: a fresh in-memory H2 by default, the machine's real
 * PostgreSQL when {@code KEEL_TEST_DB=postgres} (database {@code KEEL_TEST_PG_DATABASE}, default
 * {@code keel_test}, created when missing), or its real MariaDB when {@code KEEL_TEST_DB=mariadb}
 * (database {@code KEEL_TEST_MARIADB_DATABASE}, default {@code keel_test}, created when missing).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getenv("KEEL_TEST_DB"));
    }

    public static boolean mariadb() {
        return "mariadb".equalsIgnoreCase(System.getenv("KEEL_TEST_DB"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (postgres()) {
            serverDatabase(
                    properties, "PG", "jdbc:postgresql://127.0.0.1:5432/", "postgres", TestDatabase::ensureDatabase);
        } else if (mariadb()) {
            serverDatabase(
                    properties,
                    "MARIADB",
                    "jdbc:mariadb://127.0.0.1:3306/",
                    "root",
                    TestDatabase::ensureMariaDbDatabase);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:keel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        // On PostgreSQL and MariaDB every test context shares one database: a context starting later must not take
        // over the event publications that other contexts left open (thousands after the bad-input sweep),
        // or its own listeners queue behind them. Tests that need a republish ask for it explicitly.
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        properties.put("keel.security.bcrypt-strength", "4");
        if (!context.getEnvironment().getProperty("keel.test.real-rate-limits", Boolean.class, false)) {
            // the suite sends thousands of calls a minute with the demo tokens (the bad-input sweep)
            properties.put("keel.security.api-requests-per-minute", "1000000");
            properties.put("keel.security.sign-ins-per-minute-per-address", "100000");
            properties.put("keel.security.sign-ins-per-minute-per-name", "100000");
        }
        properties.put("keel.demo.enabled", "true");
        // Tests share one database: routing must not move other tests' tickets behind their backs.
        properties.put("keel.routing.fallback-group", "");
        properties.put("keel.routing.seed-demo", "false");
        // Tests create their own tickets, canned responses and views; the demo's would change their counts.
        properties.put("keel.ticket.seed-demo", "false");
        // no background warm-up beside the tests (the README test class turns it on and checks it)
        properties.put("keel.warm-up.enabled", "false");
        // Search: a fresh in-memory Lucene index per context, and changes searchable when the request returns.
        properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
        properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keel-test-database", properties));
    }

    /** A database on a server, from {@code KEEL_TEST_<vendor>_SERVER, _DATABASE, _USER, _PASSWORD}. */
    private static void serverDatabase(
            Map<String, Object> properties, String vendor, String defaultServer, String defaultUser, Creator creator) {
        String server = env("KEEL_TEST_" + vendor + "_SERVER", defaultServer);
        String database = env("KEEL_TEST_" + vendor + "_DATABASE", "keel_test");
        String user = env("KEEL_TEST_" + vendor + "_USER", defaultUser);
        String password = env("KEEL_TEST_" + vendor + "_PASSWORD", "");
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("KEEL_TEST_" + vendor + "_DATABASE must be [a-z0-9_]+");
        }
        creator.ensure(server, database, user, password);
        properties.put("spring.datasource.url", server + database);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
    }

    /** Creates the test database when it is missing. */
    private interface Creator {
        void ensure(String server, String database, String user, String password);
    }

    private static void ensureDatabase(String server, String database, String user, String password) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password);
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + server + " as " + user, e);
        }
    }

    private static void ensureMariaDbDatabase(String server, String database, String user, String password) {
        try (Connection connection = DriverManager.getConnection(server, user, password);
                var create = connection.createStatement()) {
            create.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach MariaDB at " + server + " as " + user, e);
        }
    }

    private static String env(String name, String fallback) {
        return Objects.requireNonNullElse(System.getenv(name), fallback);
    }
}
