package no.kommune.bta.egenbetaling;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.common.jobs.JobTable;

/**
 * What egenbetaling's two job tables (charge_run, bank_import) share: state, total, done, updated_at,
 * finished_at and error. Each subclass names its table and records its own counts.
 */
abstract class JobRowQueries<P> implements JobTable<P> {
    private final String table;

    @Inject
    EntityManager em;

    JobRowQueries(String table) {
        this.table = table;
    }

    @Override
    public void recordTotal(UUID job, int total) {
        Sql.of(em, "UPDATE " + table + " SET total = :total WHERE id = :id").bind("total", total).bind("id", job).execute();
    }

    @Override
    public void markDone(UUID job) {
        Sql.of(em, "UPDATE " + table + " SET state = :done, finished_at = now() WHERE id = :id")
                .bind("done", JobState.DONE).bind("id", job).execute();
    }

    @Override
    public void markFailed(UUID job, String error) {
        Sql.of(em, "UPDATE " + table + " SET state = :failed, finished_at = now(), error = :error WHERE id = :id")
                .bind("failed", JobState.FAILED).bind("error", error).bind("id", job).execute();
    }

    @Override
    public int failStalled(Duration stalledAfter, String error) {
        return Sql.of(em, "UPDATE " + table + " SET state = :failed, finished_at = now(), error = :error "
                        + "WHERE state = :running AND updated_at < now() - make_interval(secs => CAST(:secs AS double precision))")
                .bind("failed", JobState.FAILED).bind("error", error).bind("running", JobState.RUNNING)
                .bind("secs", (double) stalledAfter.toSeconds()).execute();
    }
}
