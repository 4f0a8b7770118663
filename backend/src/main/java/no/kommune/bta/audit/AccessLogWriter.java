package no.kommune.bta.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes access-log rows. It fails closed: when the rows cannot be written it throws
 * {@link AccessLogUnavailable}, and the caller sends no data (a 503) or the job's transaction rolls back.
 */
@ApplicationScoped
public class AccessLogWriter {
    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);

    @Inject
    AccessLogQueries queries;

    @Inject
    AccessLogGroupCommit groupCommit;

    @Inject
    MeterRegistry registry;

    /** The rows of one call: one per person it touched or showed ({@code persons} holds null for no one). */
    public void write(AccessLogEntry call, List<UUID> persons) {
        if (persons.isEmpty()) return;
        Timer.Sample sample = Timer.start(registry);
        try {
            if (queries.inTransaction()) queries.appendInTransaction(call, persons);
            else groupCommit.append(call, persons);
            sample.stop(Timer.builder("bta.access.log.write").description("Writing one call's access-log rows")
                    .publishPercentileHistogram().register(registry));
        } catch (SQLException | RuntimeException ex) {
            registry.counter("bta.access.log.write.failures").increment();
            // the statement's text carries names and ids: only the operation and the database's error code
            LOG.errorf("Could not write the access log for %s (%d row(s)): %s", call.operation(), persons.size(),
                    ex instanceof SQLException s ? "SQLState " + s.getSQLState() : ex.getClass().getSimpleName());
            throw new AccessLogUnavailable(ex);
        }
    }

    /**
     * A job's action on persons (no caller, no HTTP request), e.g. retention's anonymisation: one row per person,
     * naming the person as the resource when it is one. Inside the job's transaction: the action and its rows commit
     * together.
     */
    public void writeJob(String job, String operation, List<UUID> personIds) {
        write(new AccessLogEntry("system", "system", null, List.of(), List.of(), null, "JOB", job, operation,
                "person", personIds.size() == 1 ? personIds.get(0).toString() : null, 200, null), personIds);
    }
}
