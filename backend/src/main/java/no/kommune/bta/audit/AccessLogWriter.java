package no.kommune.bta.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes access-log rows in their own connection and commit, so a row is kept whether or not the
 * business transaction of the call committed.
 */
@ApplicationScoped
public class AccessLogWriter {
    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);

    @Inject
    AccessLogQueries queries;

    public void write(AccessLogEntry e) {
        write(List.of(e));
    }

    /** The rows of one call (one per person a list shows), in one connection and commit. */
    public void write(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) return;
        try {
            queries.append(entries);
        } catch (SQLException ex) {
            LOG.errorf(ex, "Could not write access log for %s %s", entries.get(0).httpMethod(), entries.get(0).path());
        }
    }

    /** A job's action on a person (no caller, no HTTP request), e.g. retention's anonymisation. */
    public void writeJob(String job, String operation, UUID personId) {
        write(new AccessLogEntry("system", "system", List.of(), null, "JOB", job, operation, "person",
                personId.toString(), personId, 200, null));
    }
}
