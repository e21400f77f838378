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

    /** On a team server: whether a pooled connection is checked before use (the network or server may drop it). */
    private final boolean checkBeforeUse;

    ReopeningConnections(java.util.function.Supplier<JdbcConnectionPool> current) {
        this(current, false);
    }

    ReopeningConnections(java.util.function.Supplier<JdbcConnectionPool> current, boolean checkBeforeUse) {
        this.current = current;
        this.checkBeforeUse = checkBeforeUse;
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcConnectionPool pool = current.get();
        int maxConnections = pool.getMaxConnections();
        for (int attempt = 0; ; attempt++) {
            try {
                Connection connection = pool.getConnection();
                if (checkBeforeUse && attempt <= maxConnections && !connection.isValid(5)) {
                    // a dropped server connection: handed back, it fails its next checkout and leaves the pool
                    connection.close();
                    continue;
                }
                return connection;
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
                || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                // PostgreSQL: the connection is gone (class 08, "connection exception")
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
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
