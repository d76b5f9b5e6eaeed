package dev.keel.shared.database;

import com.zaxxer.hikari.HikariDataSource;

/**
 * What every MariaDB connection of Keel's pool gets, unless the operator set it in the URL:
 *
 * <ul>
 *   <li>timestamps converted in UTC ({@code connectionTimeZone=UTC}) and the session's time zone set to
 *       UTC, so that {@code DATETIME} values mean the same instant on every node;
 *   <li>a strict SQL mode, so that a value too long for its column is an error, never a silent
 *       truncation;
 *   <li>backslashes in string literals taken literally, as the SQL standard and PostgreSQL do (Keel's
 *       {@code LIKE ... ESCAPE '\'}), {@code ||} joining strings and double quotes around names;
 *   <li>READ COMMITTED, the isolation Keel's optimistic locks and row claims are written for (it is
 *       PostgreSQL's default; MariaDB's is REPEATABLE READ).
 * </ul>
 */
final class MariaDbSettings {

    static final String SQL_MODE = "STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
            + "NO_ENGINE_SUBSTITUTION,NO_BACKSLASH_ESCAPES,PIPES_AS_CONCAT,ANSI_QUOTES";

    private MariaDbSettings() {}

    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        setUnlessInUrl(pool, url, "connectionTimeZone", "UTC");
        setUnlessInUrl(pool, url, "forceConnectionTimeZoneToSession", "true");
        setUnlessInUrl(pool, url, "sessionVariables", "sql_mode='" + SQL_MODE + "'");
        if (pool.getTransactionIsolation() == null) {
            pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        }
    }

    private static void setUnlessInUrl(HikariDataSource pool, String url, String name, String value) {
        if (!url.contains(name + "=")) {
            pool.addDataSourceProperty(name, value);
        }
    }
}
