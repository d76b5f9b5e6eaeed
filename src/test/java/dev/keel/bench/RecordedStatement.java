package dev.keel.bench;

import dev.keel.shared.database.DatabaseVendor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The exact SQL and parameters a query class sent, captured through a recording {@link DataSource}, so
 * that the benchmark can replay it through plain JDBC and ask the database for its plan.
 */
record RecordedStatement(String sql, List<Binding> bindings) {

    /** One {@code setXxx(index, value...)} call on the prepared statement. */
    record Binding(Method method, Object[] args) {}

    /** A data source that remembers the last prepared statement and its bindings. */
    static final class Recorder {

        private final DataSource target;
        private RecordedStatement last;

        Recorder(DataSource target) {
            this.target = target;
        }

        DataSource dataSource() {
            return proxy(DataSource.class, (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }

        RecordedStatement last() {
            return last;
        }

        private Connection connection(Connection real) {
            return proxy(Connection.class, (proxy, method, args) -> {
                Object result = invoke(real, method, args);
                if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")) {
                    RecordedStatement recorded = new RecordedStatement((String) args[0], new ArrayList<>());
                    last = recorded;
                    return statement(ps, recorded);
                }
                return result;
            });
        }

        private static PreparedStatement statement(PreparedStatement real, RecordedStatement recorded) {
            return proxy(PreparedStatement.class, (proxy, method, args) -> {
                if (method.getName().startsWith("set")
                        && args != null
                        && args.length >= 2
                        && args[0] instanceof Integer) {
                    recorded.bindings().add(new Binding(method, args.clone()));
                }
                return invoke(real, method, args);
            });
        }
    }

    /** Prepares the recorded SQL, optionally prefixed (e.g. with EXPLAIN), with the same bindings. */
    PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql);
        for (Binding b : bindings) {
            invoke(statement, b.method(), b.args());
        }
        return statement;
    }

    /** Runs the recorded query through plain JDBC and reads every row. */
    int run(Connection connection) throws SQLException {
        try (PreparedStatement s = prepare(connection, "");
                ResultSet rs = s.executeQuery()) {
            int rows = 0;
            while (rs.next()) {
                rs.getLong(1);
                rs.getString(4);
                rows++;
            }
            return rows;
        }
    }

    /**
     * The plan of the recorded query as the database ran it, one line per list element: PostgreSQL's
     * EXPLAIN (ANALYZE, BUFFERS), MariaDB's ANALYZE (rows and time per table read), H2's EXPLAIN.
     */
    List<String> explain(Connection connection) throws SQLException {
        DatabaseVendor vendor = Bench.vendor(connection);
        String prefix = switch (vendor) {
            case POSTGRESQL -> "EXPLAIN (ANALYZE, BUFFERS) ";
            case MARIADB -> "ANALYZE ";
            case H2 -> "EXPLAIN ";
        };
        List<String> plan = new ArrayList<>();
        try (PreparedStatement s = prepare(connection, prefix);
                ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                if (vendor != DatabaseVendor.MARIADB) {
                    plan.add(rs.getString(1));
                    continue;
                }
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? " | " : "")
                            .append(rs.getMetaData().getColumnLabel(i))
                            .append('=')
                            .append(rs.getString(i));
                }
                plan.add(line.toString());
            }
        }
        return plan;
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(RecordedStatement.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
