package org.gradientlab.courses;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.hibernate.HibernateException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone) from every other failure, so that the
 * site can say "temporarily unavailable" instead of "something went wrong". Spring, Hibernate, the connection pool
 * and the JDBC drivers each wrap a lost connection differently, and sometimes not recognisably at all: when a
 * connection breaks inside a transaction, the failed rollback ("Connection is closed", no SQLSTATE) replaces the
 * original error. So a failure is an outage when its cause chain says so, or when it is a database failure of any
 * kind and the database does not answer a validation query now.
 */
@Component
public class DatabaseOutage {

    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_DEPTH = 32;

    private static final int PROBE_SECONDS = 2;

    private final DataSource dataSource;

    public DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database being unreachable explains this failure. */
    public boolean explains(Throwable thrown) {
        return saysUnreachable(thrown) || (isDatabaseFailure(thrown) && !reachable());
    }

    /** Whether the database answers a validation query within two seconds (plus the pool's connection timeout). */
    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the throwable, or anything in its cause chain, says the database could not be reached. */
    static boolean saysUnreachable(Throwable thrown) {
        return anyInChain(
                thrown,
                t -> t instanceof DatabaseUnavailableException
                        || t instanceof DataAccessResourceFailureException
                        || t instanceof CannotCreateTransactionException
                        || t instanceof JDBCConnectionException
                        || t instanceof SQLTransientConnectionException
                        || t instanceof SQLNonTransientConnectionException
                        || (t instanceof SQLException sql && lostConnection(sql.getSQLState())));
    }

    /** Whether anything in the cause chain is a failure of the database layer (as opposed to, say, a bug in a view). */
    static boolean isDatabaseFailure(Throwable thrown) {
        return anyInChain(
                thrown,
                t -> t instanceof SQLException
                        || t instanceof DataAccessException
                        || t instanceof TransactionException
                        || t instanceof PersistenceException
                        || t instanceof HibernateException);
    }

    private static boolean anyInChain(Throwable thrown, Predicate<Throwable> test) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of the chain, for a one-line log entry. */
    public static String summary(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t.getCause() != null && depth < MAX_DEPTH; depth++) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01-57P03 (shut down, crashed, starting up). */
    private static boolean lostConnection(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
