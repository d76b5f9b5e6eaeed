package dev.keel.shared.database;

import java.util.Locale;

/**
 * The databases Keel runs on, told apart by their JDBC URL. The schema is written once for H2 and
 * PostgreSQL ({@code db/migration}) and once for the MySQL family ({@code db/vendor/mariadb}).
 */
public enum DatabaseVendor {
    H2,
    POSTGRESQL,
    /** MariaDB (also reached by a {@code jdbc:mysql:} URL; MySQL itself is refused: {@code SupportedServerCheck}). */
    MARIADB;

    public static DatabaseVendor fromJdbcUrl(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return H2;
    }

    public boolean mysqlFamily() {
        return this == MARIADB;
    }
}
