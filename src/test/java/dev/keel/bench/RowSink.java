package dev.keel.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.postgresql.PGConnection;

/**
 * Rows for one table, written in bulk: PostgreSQL's COPY where available (the fastest way in), JDBC
 * batch inserts elsewhere (H2). Rows are buffered until {@link #flush()}.
 */
interface RowSink {

    void row(Object... values);

    /** Writes the buffered rows; returns how many. */
    int flush() throws SQLException;

    static RowSink of(Connection connection, String table, String... columns) throws SQLException {
        if (connection.isWrapperFor(PGConnection.class)) {
            return new Copy(connection.unwrap(PGConnection.class), table, columns);
        }
        return new Batch(connection, table, columns);
    }

    /** COPY ... FROM STDIN in text format. */
    final class Copy implements RowSink {

        private final PGConnection connection;
        private final String sql;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        private int rows;

        Copy(PGConnection connection, String table, String... columns) {
            this.connection = connection;
            this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        }

        @Override
        public void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                append(values[i]);
            }
            buffer.append('\n');
            rows++;
        }

        private void append(Object value) {
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> buffer.append("\\\\");
                        case '\t' -> buffer.append("\\t");
                        case '\n' -> buffer.append("\\n");
                        case '\r' -> buffer.append("\\r");
                        default -> buffer.append(c);
                    }
                }
            } else {
                buffer.append(value);
            }
        }

        @Override
        public int flush() throws SQLException {
            int written = rows;
            try {
                connection.getCopyAPI().copyIn(sql, new StringReader(buffer.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            buffer.setLength(0);
            rows = 0;
            return written;
        }
    }

    /** Batched INSERTs for databases without COPY. */
    final class Batch implements RowSink {

        private final PreparedStatement statement;
        private int rows;

        Batch(Connection connection, String table, String... columns) throws SQLException {
            String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
            this.statement = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")");
        }

        @Override
        public void row(Object... values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i] instanceof Instant t ? t.atOffset(ZoneOffset.UTC) : values[i];
                    statement.setObject(i + 1, v);
                }
                statement.addBatch();
                rows++;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int flush() throws SQLException {
            int written = rows;
            statement.executeBatch();
            rows = 0;
            return written;
        }
    }
}
