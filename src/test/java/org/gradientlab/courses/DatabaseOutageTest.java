package org.gradientlab.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Which failures the site reports as "temporarily unavailable". A database that answers is an H2 in-memory one; a
 * database that is away is a URL no server listens on (port 1 on the loopback, refused at once).
 */
class DatabaseOutageTest {

    private final DatabaseOutage up = new DatabaseOutage(h2("jdbc:h2:mem:outage-test"));
    private final DatabaseOutage down = new DatabaseOutage(h2("jdbc:h2:tcp://127.0.0.1:1/nothing"));

    @Test
    void a_pool_that_cannot_hand_out_a_connection_is_an_outage_without_asking_the_database() {
        Exception e = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        assertThat(up.explains(e)).isTrue();
        assertThat(down.explains(e)).isTrue();
    }

    @Test
    void a_connection_error_sqlstate_anywhere_in_the_chain_is_an_outage() {
        Exception driver = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        Exception shutDown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(up.explains(new RuntimeException("wrapped", driver))).isTrue();
        assertThat(up.explains(new RuntimeException("wrapped", shutDown))).isTrue();
    }

    @Test
    void a_failed_rollback_that_hides_the_lost_connection_is_an_outage_only_while_the_database_is_away() {
        // What a transaction whose connection broke throws: the rollback's failure, with no SQLSTATE.
        Exception rollback = new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));

        assertThat(down.explains(rollback)).isTrue();
        assertThat(up.explains(rollback)).isFalse();
    }

    @Test
    void other_database_errors_and_bugs_are_not_outages() {
        Exception constraint = new DataIntegrityViolationException("duplicate key", new SQLException("dup", "23505"));
        Exception bug = new IllegalStateException("a bug in a view");

        assertThat(up.explains(constraint)).isFalse();
        assertThat(up.explains(bug)).isFalse();
        // A bug is not a database failure, so the database is not even asked.
        assertThat(down.explains(bug)).isFalse();
    }

    @Test
    void the_probe_tells_a_database_that_answers_from_one_that_is_away() {
        assertThat(up.reachable()).isTrue();
        assertThat(down.reachable()).isFalse();
    }

    @Test
    void the_log_summary_is_the_innermost_cause() {
        Exception e = new RuntimeException("outer", new IllegalStateException("middle", new SQLException("inner")));

        assertThat(DatabaseOutage.summary(e)).isEqualTo("SQLException: inner");
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }
}
