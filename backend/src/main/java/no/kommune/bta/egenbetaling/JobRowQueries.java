package no.kommune.bta.egenbetaling;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.common.jobs.JobTable.NewClaim;
import no.kommune.bta.common.jobs.JobTable;

/**
 * What egenbetaling's two job tables (charge_run, bank_import) share: state, total, done, updated_at,
 * finished_at, error and the claim with its lease (V32). Each subclass names its table and records its own counts;
 * every write here names the claim and changes nothing once another instance holds the job.
 */
abstract class JobRowQueries<P> implements JobTable<P> {
    /** The lease from now, in SQL; binds {@code :lease} in seconds. */
    static final String LEASE_FROM_NOW = "now() + make_interval(secs => CAST(:lease AS double precision))";

    private final String table;

    @Inject
    EntityManager em;

    JobRowQueries(String table) {
        this.table = table;
    }

    /** What a new job's row holds of its claim: the columns and values to add to its INSERT, bound by {@link #claimed}. */
    static final String CLAIM_COLUMNS = "claim, ranges_claim, claimed_by, lease_until";
    static final String CLAIM_VALUES = ":claim, :claim, :instance, " + LEASE_FROM_NOW;

    static Sql claimed(Sql insert, NewClaim claim) {
        return insert.bind("claim", claim.id()).bind("instance", claim.instance()).bind("lease", seconds(claim.lease()));
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    @Override
    public boolean recordTotal(UUID job, UUID claim, int total, Duration lease) {
        return Sql.of(em, "UPDATE " + table + " SET total = :total, lease_until = " + LEASE_FROM_NOW + ", updated_at = now()"
                        + " WHERE id = :id AND claim = :claim AND state = :running")
                .bind("total", total).bind("lease", seconds(lease)).bind("id", job).bind("claim", claim)
                .bind("running", JobState.RUNNING).execute() == 1;
    }

    @Override
    public void markDone(UUID job, UUID claim) {
        finish(job, claim, JobState.DONE, null);
    }

    @Override
    public void markFailed(UUID job, UUID claim, String error) {
        finish(job, claim, JobState.FAILED, error);
    }

    /** The job's end; what the finished row must no longer hold is cleared by {@link #finishing()}. */
    private void finish(UUID job, UUID claim, JobState state, String error) {
        Sql sql = Sql.of(em, "UPDATE " + table + " SET state = :state, finished_at = now(), lease_until = NULL"
                        + (error == null ? "" : ", error = :error") + finishing()
                        + " WHERE id = :id AND claim = :claim AND state = :running")
                .bind("state", state).bind("id", job).bind("claim", claim).bind("running", JobState.RUNNING);
        if (error != null) sql.bind("error", error);
        sql.execute();
    }

    /** More assignments for a row that finishes (", column = NULL"), if the table keeps something only while running. */
    String finishing() {
        return "";
    }

    @Override
    public void release(UUID job, UUID claim) {
        Sql.of(em, "UPDATE " + table + " SET lease_until = now() WHERE id = :id AND claim = :claim AND state = :running")
                .bind("id", job).bind("claim", claim).bind("running", JobState.RUNNING).execute();
    }

    @Override
    public Optional<Claimed> claimExpired(String instance, Duration lease) {
        UUID claim = UUID.randomUUID();
        // ranges_claim: this version resumes by the ranges its batches recorded, and only it may claim such a job (V48)
        return Sql.of(em, "UPDATE " + table + " SET claim = :claim, ranges_claim = :claim, claimed_by = :instance, attempts = attempts + 1,"
                        + " lease_until = " + LEASE_FROM_NOW + ", updated_at = now()"
                        + " WHERE id = (SELECT id FROM " + table + " WHERE state = :running"
                        + " AND (lease_until IS NULL OR lease_until < now()) ORDER BY lease_until NULLS FIRST, id"
                        + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, done")
                .bind("claim", claim).bind("instance", instance).bind("lease", seconds(lease)).bind("running", JobState.RUNNING)
                .first(r -> new Claimed(r.uuid("id"), claim, r.intOr0("done")));
    }

    @Override
    public int failExhausted(int attempts, String error) {
        return Sql.of(em, "UPDATE " + table + " SET state = :failed, finished_at = now(), error = :error, lease_until = NULL"
                        + finishing() + " WHERE state = :running AND attempts >= :attempts"
                        + " AND (lease_until IS NULL OR lease_until < now())")
                .bind("failed", JobState.FAILED).bind("error", error).bind("running", JobState.RUNNING)
                .bind("attempts", attempts).execute();
    }
}
