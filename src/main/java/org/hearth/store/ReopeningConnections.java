package org.hearth.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connections Hibernate uses. When a write to the disk fails (full, unplugged, failing), H2 closes the
 * database so that nothing half-written is ever read, and the pool still holds connections to the closed one.
 * Those are set aside here and the next connection opens the file again, as unlocking would: the worker, whose
 * text is still on screen, can save again once the disk works, without locking and losing it.
 */
final class ReopeningConnections implements DataSource {

    /** The pool of the moment: compacting the database replaces it (decision 0015). */
    private final java.util.function.Supplier<JdbcConnectionPool> current;

    ReopeningConnections(java.util.function.Supplier<JdbcConnectionPool> current) {
        this.current = current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcConnectionPool pool = current.get();
        int maxConnections = pool.getMaxConnections();
        for (int attempt = 0; ; attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                // each failed attempt drops one connection to the closed database from the pool
                if (!closedDatabase(e) || attempt > maxConnections) {
                    throw e;
                }
            }
        }
    }

    private static boolean closedDatabase(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Hearth's store opens its own connections");
    }

    @Override
    public PrintWriter getLogWriter() {
        return current.get().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        current.get().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        current.get().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return current.get().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
