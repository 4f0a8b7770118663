package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.common.jobs.JobTable.NewClaim;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ChargeRunView;

/** The charge runs (table charge_run): one row per run, with its state and progress. */
@ApplicationScoped
public class ChargeRunQueries extends JobRowQueries<ChargeRunQueries.Counts> {

    /**
     * What one batch of agreements gave: the charges it created and the months it corrected (R-PAY-7), and the first
     * and last agreement it handled (a batch is a run of agreements in the order of their ids; a resumed run skips
     * every agreement between the two of a committed batch).
     */
    public record Counts(int created, int corrected, UUID first, UUID last) {
    }

    public ChargeRunQueries() {
        super("charge_run");
    }

    /** When the last run that finished well finished, if one has. */
    public java.util.Optional<java.time.Instant> lastDone() {
        return Sql.of(em, "SELECT max(finished_at) AS at FROM charge_run WHERE state = :done")
                .bind("done", JobState.DONE).rows().stream().map(r -> r.instant("at")).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /**
     * Records a new run of the month as RUNNING, unless one is running already (on any instance: the database's
     * unique index charge_run_one_running, V31, decides); returns whether it was recorded.
     */
    public boolean insertUnlessRunning(UUID id, YearMonth month, String by, NewClaim claim) {
        return claimed(Sql.of(em, "INSERT INTO charge_run (id, period, state, started_by, " + CLAIM_COLUMNS + ")"
                        + " VALUES (:id, :period, :running, :by, " + CLAIM_VALUES + ")"
                        + " ON CONFLICT (period) WHERE state = 'RUNNING' DO NOTHING")
                .bind("id", id).bind("period", month.atDay(1)).bind("running", JobState.RUNNING).bind("by", by), claim)
                .execute() == 1;
    }

    /** Whether a run of the month has finished well (the schedule then leaves the month alone). */
    public boolean hasRun(YearMonth month) {
        return Sql.of(em, "SELECT 1 FROM charge_run WHERE period = :p AND state = :done").bind("p", month.atDay(1))
                .bind("done", JobState.DONE).exists();
    }

    /**
     * The month a run is for and what its committed batches handled: every agreement up to {@code after} (a run from
     * before V47 recorded only its last agreement; null otherwise) and those inside each of {@code handled}.
     */
    public record Resume(YearMonth month, UUID after, List<Handled> handled) {
        /** Whether a committed batch of the run handled the agreement. */
        public boolean handled(UUID agreement) {
            return handled.stream().anyMatch(h -> inDatabaseOrder(h.first(), agreement) <= 0 && inDatabaseOrder(agreement, h.last()) <= 0);
        }

        /**
         * Compares two ids as PostgreSQL orders uuid (byte by byte, unsigned), the order the batches follow;
         * {@link UUID#compareTo} compares signed halves and puts ids from 8000… before those from 0000….
         */
        static int inDatabaseOrder(UUID a, UUID b) {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        }
    }

    /** The first and last agreement of one committed batch. */
    public record Handled(UUID first, UUID last) {
    }

    public Optional<Resume> resumeOf(UUID id) {
        List<Handled> handled = Sql.of(em, "SELECT first_agreement, last_agreement FROM charge_run_batch WHERE run_id = :id"
                + " ORDER BY first_agreement").bind("id", id).list(r -> new Handled(r.uuid("first_agreement"), r.uuid("last_agreement")));
        return Sql.of(em, "SELECT period, resume_after FROM charge_run WHERE id = :id").bind("id", id)
                .first(r -> new Resume(YearMonth.from(r.date("period")), r.uuid("resume_after"), handled));
    }

    @Override
    public boolean recordProgress(UUID job, UUID claim, int items, Counts counts, Duration lease) {
        boolean held = Sql.of(em, "UPDATE charge_run SET done = done + :n, created = created + :created, corrected = corrected + :corrected,"
                        + " skipped = skipped + :skipped, lease_until = " + LEASE_FROM_NOW + ", updated_at = now()"
                        + " WHERE id = :id AND claim = :claim AND state = :running")
                .bind("n", items).bind("created", counts.created()).bind("corrected", counts.corrected())
                .bind("skipped", items - counts.created() - counts.corrected())
                .bind("lease", seconds(lease)).bind("id", job).bind("claim", claim).bind("running", JobState.RUNNING)
                .execute() == 1;
        if (held) {
            Sql.of(em, "INSERT INTO charge_run_batch (run_id, first_agreement, last_agreement) VALUES (:id, :first, :last)")
                    .bind("id", job).bind("first", counts.first()).bind("last", counts.last()).execute();
        }
        return held;
    }

    public Optional<ChargeRunView> find(UUID id) {
        return Sql.of(em, """
                        SELECT id AS run_id, to_char(period, 'YYYY-MM') AS period, state, total, done, created, corrected, skipped,
                               started_at, finished_at, started_by, error
                        FROM charge_run WHERE id = :id""").bind("id", id).first(ChargeRunQueries::view);
    }

    /** The history for the clerk: one page of runs, the newest first, the automatic ones (started by "system") too. */
    public List<ChargeRunView> page(int size, int offset) {
        return Sql.of(em, """
                        SELECT id AS run_id, to_char(period, 'YYYY-MM') AS period, state, total, done, created, corrected, skipped,
                               started_at, finished_at, started_by, error
                        FROM charge_run ORDER BY started_at DESC, id LIMIT :size OFFSET :offset""")
                .bind("size", size).bind("offset", offset).list(ChargeRunQueries::view);
    }

    public long count() {
        return Sql.of(em, "SELECT count(*) FROM charge_run").number();
    }

    private static ChargeRunView view(Row r) {
        return new ChargeRunView(r.uuid("run_id"), r.str("period"), r.enumOf("state", JobState.class), r.intOr0("total"),
                r.intOr0("done"), r.intOr0("created"), r.intOr0("corrected"), r.intOr0("skipped"), r.instant("started_at"), r.instant("finished_at"),
                r.str("started_by"), r.str("error"));
    }
}
