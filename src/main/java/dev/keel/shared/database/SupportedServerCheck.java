package dev.keel.shared.database;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Stops start-up with a plain message, before the first script runs, when a MySQL-protocol URL leads
 * to a server Keel's MariaDB scripts do not fit: MySQL (no sequences) or a MariaDB older than 10.11.
 * Without it the operator would read a SQL syntax error from the middle of a migration.
 */
final class SupportedServerCheck implements Callback {

    static final int MARIADB_MAJOR = 10;
    static final int MARIADB_MINOR = 11;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            DatabaseMetaData server = context.getConnection().getMetaData();
            String problem = problem(
                    server.getDatabaseProductName(),
                    server.getDatabaseProductVersion(),
                    server.getDatabaseMajorVersion(),
                    server.getDatabaseMinorVersion());
            if (problem != null) {
                throw new FlywayException(problem);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not read the database server's version: " + e.getMessage(), e);
        }
    }

    /** What is wrong with this server for Keel, or null when it is a supported MariaDB. */
    static String problem(String product, String version, int major, int minor) {
        boolean mariadb = product.toLowerCase(Locale.ROOT).contains("mariadb")
                || version.toLowerCase(Locale.ROOT).contains("mariadb");
        if (!mariadb) {
            return "Keel does not support " + product + " " + version + " yet: its ids come from sequences,"
                    + " which MySQL lacks. Use MariaDB 10.11 or newer, or PostgreSQL 15 or newer"
                    + " (docs/adr/0009-mariadb.md).";
        }
        if (major < MARIADB_MAJOR || (major == MARIADB_MAJOR && minor < MARIADB_MINOR)) {
            return "Keel needs MariaDB 10.11 or newer; this server is " + version + ".";
        }
        return null;
    }

    @Override
    public String getCallbackName() {
        return "keel-supported-server-check";
    }
}
