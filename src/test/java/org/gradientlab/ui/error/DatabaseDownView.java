package org.gradientlab.ui.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A page whose data cannot be read because the database is unreachable, failing as a {@code @Transactional}
 * service does then; registered only for the session of the test that needs it.
 */
@AnonymousAllowed
public class DatabaseDownView extends Div {

    public DatabaseDownView() {
        throw new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
    }
}
