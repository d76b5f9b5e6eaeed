package dev.keel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The upgrade to sibling keys the database computes (V2026120690) on data written before it: siblings
 * that already share a name keep their rows, the later ones get their id appended to the shared name, and
 * from then on the database refuses a repeated name whoever writes the row. Runs on the database the suite
 * runs on (a database of its own, dropped afterwards).
 */
class KnowledgeCategoryMigrationTests {

    private static final String BEFORE = "2026120550";

    private final Scratch scratch = Scratch.create();

    @AfterEach
    void drop() throws SQLException {
        scratch.drop();
    }

    @Test
    void existingDuplicatesAreRenamedAndTheDatabaseRefusesNewOnes() {
        scratch.flyway(BEFORE).migrate();
        JdbcTemplate jdbc = new JdbcTemplate(scratch.dataSource());
        // as the application wrote rows before: keys filled in
        String keyed =
                "insert into knowledge_category (parent_id, name_en, name_zh, parent_key, name_en_key, name_zh_key)"
                        + " values (?, ?, ?, ?, ?, ?)";
        jdbc.update(keyed, null, "Network", "网络", 0, "network", "网络");
        long network = jdbc.queryForObject("select id from knowledge_category where name_en = 'Network'", Long.class);
        jdbc.update(keyed, network, "VPN", "虚拟专网", network, "vpn", "虚拟专网");
        // rows written without the application carried empty keys, so the old index let repeats through
        // (one such row per empty key: the next would have collided on the empty key itself)
        jdbc.update("insert into knowledge_category (name_en, name_zh) values ('NETWORK', '网络二')");
        jdbc.update(
                "insert into knowledge_category (parent_id, name_en, name_zh, parent_key, name_en_key, name_zh_key)"
                        + " values (?, 'Remote access', '虚拟专网', ?, 'remote access', 'x')",
                network,
                network);

        scratch.flyway(null).migrate();

        List<Map<String, Object>> rows =
                jdbc.queryForList("select id, name_en, name_zh from knowledge_category order by id");
        assertThat(rows).hasSize(4);
        long second = ((Number) rows.get(2).get("id")).longValue();
        long fourth = ((Number) rows.get(3).get("id")).longValue();
        assertThat(rows.get(0)).containsEntry("name_en", "Network").containsEntry("name_zh", "网络");
        assertThat(rows.get(1)).containsEntry("name_en", "VPN").containsEntry("name_zh", "虚拟专网");
        assertThat(rows.get(2))
                .containsEntry("name_en", "NETWORK (" + second + ")")
                .containsEntry("name_zh", "网络二");
        assertThat(rows.get(3))
                .containsEntry("name_en", "Remote access")
                .containsEntry("name_zh", "虚拟专网 (" + fourth + ")");

        String insert = "insert into knowledge_category (parent_id, name_en, name_zh) values (?, ?, ?)";
        jdbc.update(insert, network, "Wi-Fi", "无线");
        assertThatThrownBy(() -> jdbc.update(insert, network, " wi-fi", "无线二"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into knowledge_category (name_en, name_zh) values ('x', '网络')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** An empty database of the suite's vendor, only for this test. */
    private record Scratch(
            String url,
            String user,
            String password,
            @Nullable String location,
            Runnable dropper) {

        static Scratch create() {
            String name = "keel_migration_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            if (TestDatabase.postgres()) {
                String server = env("KEEL_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
                String user = env("KEEL_TEST_PG_USER", "postgres");
                String password = env("KEEL_TEST_PG_PASSWORD", "");
                execute(server + "postgres", user, password, "CREATE DATABASE " + name);
                return new Scratch(
                        server + name,
                        user,
                        password,
                        "classpath:db/vendor/postgresql",
                        () -> execute(server + "postgres", user, password, "DROP DATABASE " + name));
            }
            if (TestDatabase.mariadb()) {
                String server = env("KEEL_TEST_MARIADB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
                String user = env("KEEL_TEST_MARIADB_USER", "root");
                String password = env("KEEL_TEST_MARIADB_PASSWORD", "");
                execute(
                        server,
                        user,
                        password,
                        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                return new Scratch(
                        server + name,
                        user,
                        password,
                        null,
                        () -> execute(server, user, password, "DROP DATABASE " + name));
            }
            return new Scratch("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "classpath:db/vendor/h2", () -> {
                execute("jdbc:h2:mem:" + name, "sa", "", "SHUTDOWN");
            });
        }

        DriverManagerDataSource dataSource() {
            return new DriverManagerDataSource(url, user, password);
        }

        Flyway flyway(@Nullable String target) {
            var configuration = Flyway.configure().dataSource(url, user, password);
            configuration = location == null
                    ? configuration.locations("classpath:db/vendor/mariadb")
                    : configuration.locations("classpath:db/migration", location);
            if (target != null) {
                configuration = configuration.target(target);
            }
            return configuration.load();
        }

        void drop() {
            dropper.run();
        }

        private static void execute(String url, String user, String password, String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
