package no.kommune.bta.common.jobs;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * Scheduled work runs on one instance at a time, however many instances fire the same schedule (issue 17; mark the
 * {@code @Scheduled} method {@link OnOneInstance}). The instance that gets the job's PostgreSQL advisory lock runs
 * it; the others skip that firing. The lock is held by a connection of its own for as long as the work runs, so
 * it is gone with the connection if the instance dies and the next firing anywhere runs the job again. Chosen over
 * Quartz's clustered JDBC store: no tables or clock agreement between instances, and every job here is idempotent,
 * so a run skipped or repeated loses nothing.
 */
@ApplicationScoped
public class ClusterLock {
    private static final Logger LOG = Logger.getLogger(ClusterLock.class);
    /** The first key of every job lock (the second is the hash of the job's name). */
    static final int NAMESPACE = 0x0b7a_0017;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JobMetrics metrics;

    /** Runs {@code work} unless another instance runs the job {@code job} now; returns whether it ran here. */
    public boolean runAlone(String job, Runnable work) {
        try (Connection c = dataSource.getConnection()) {
            if (!call(c, "SELECT pg_try_advisory_lock(?, hashtext(?))", job)) {
                LOG.infof("Scheduled job %s skipped: another instance is running it", job);
                return false;
            }
            try {
                metrics.measure(job, () -> {
                    work.run();
                    return null;
                });
                return true;
            } finally {
                call(c, "SELECT pg_advisory_unlock(?, hashtext(?))", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock of job " + job + ": SQLState " + e.getSQLState(), e);
        }
    }

    private static boolean call(Connection c, String sql, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, NAMESPACE);
            s.setString(2, job);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }
}
