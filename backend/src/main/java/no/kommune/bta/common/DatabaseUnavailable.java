package no.kommune.bta.common;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure that is the database's absence or slowness (issue 17) from a defect: the connection is lost or
 * refused, PostgreSQL is shutting down or starting, no connection came from the pool in time
 * ({@code quarkus.datasource.jdbc.acquisition-timeout}), or a statement ran past the statement or lock timeout.
 * Such a request answers 503 with Retry-After (problem type {@code unavailable}), never 500: nothing was committed
 * (the transaction rolled back), so the caller may send it again.
 */
public final class DatabaseUnavailable {
    static final String DETAIL = "Databasen svarer ikke nå. Ingenting er lagret; prøv igjen om litt.";
    static final String RETRY_AFTER_SECONDS = "5";

    /** SQLStates: 57P01-03 shutdown/crash/starting, 53300 too many connections, 57014 statement timeout, 55P03 lock timeout. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "55P03");

    private DatabaseUnavailable() {
    }

    /** Whether {@code e} or a cause of it says the database is away or too slow. */
    public static boolean causes(Throwable e) {
        return find(e) != null;
    }

    /** What went wrong, for the log: the SQLState and class, never a message that might hold data. */
    static String describe(Throwable e) {
        Throwable t = find(e);
        return t instanceof SQLException s ? "SQLState " + s.getSQLState() + " (" + t.getClass().getSimpleName() + ")"
                : t == null ? "" : t.getClass().getSimpleName();
    }

    private static Throwable find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLTimeoutException) return t;
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || STATES.contains(state))) return t;
                // the pool's own refusal: no connection within the acquisition timeout
                if (state == null && s.getMessage() != null && s.getMessage().contains("acquisition timeout")) return t;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return t;
            }
        }
        return null;
    }
}
