package dev.keel.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every schema change exists for MariaDB too: same version, same name, so both schemas stay in step. */
class MigrationParityTests {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void everyMigrationHasAMariaDbTwinWithTheSameVersionAndName() throws IOException {
        Set<String> portable = names("classpath*:db/migration/**/V*.sql");
        Set<String> platform = names("classpath*:db/vendor/postgresql/**/V*.sql");
        Set<String> mariadb = names("classpath*:db/vendor/mariadb/**/V*.sql");

        Set<String> expected = new TreeSet<>(portable);
        expected.addAll(platform);
        assertThat(portable).hasSizeGreaterThan(10);
        assertThat(mariadb).containsAll(expected);
    }

    @Test
    void aMariaDbScriptWithoutTwinSaysSoInItsFirstLine() throws IOException {
        Set<String> twins = names("classpath*:db/migration/**/V*.sql");
        twins.addAll(names("classpath*:db/vendor/postgresql/**/V*.sql"));
        for (Resource script : resolver.getResources("classpath*:db/vendor/mariadb/**/V*.sql")) {
            if (!twins.contains(script.getFilename())) {
                String firstLine = script.getContentAsString(StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElse("");
                assertThat(firstLine).as(script.getFilename()).startsWith("-- MariaDB only.");
            }
        }
    }

    @Test
    void theVendorIsToldFromTheJdbcUrl() {
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:mariadb://db:3306/keel")).isEqualTo(DatabaseVendor.MARIADB);
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:mysql://db:3306/keel")).isEqualTo(DatabaseVendor.MARIADB);
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:postgresql://db/keel")).isEqualTo(DatabaseVendor.POSTGRESQL);
        assertThat(DatabaseVendor.fromJdbcUrl("jdbc:h2:mem:x")).isEqualTo(DatabaseVendor.H2);
        assertThat(DatabaseVendor.MARIADB.mysqlFamily()).isTrue();
        assertThat(DatabaseVendor.POSTGRESQL.mysqlFamily()).isFalse();
    }

    private Set<String> names(String pattern) throws IOException {
        return Arrays.stream(resolver.getResources(pattern))
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
