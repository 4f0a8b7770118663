package no.kommune.bta.common.jobs;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Where one kind of job keeps its row: state ({@link JobState}), progress, error and the claim of the instance
 * running it, with its lease. The feature that owns the table implements it in its query class; {@link JobRunner}
 * calls it, each call inside the transaction the runner opened. Every write names the claim it holds and changes
 * nothing if another instance has claimed the job since: the runner then stops without writing.
 *
 * @param <P> what one batch counted (beyond the number of items it handled)
 */
public interface JobTable<P> {

    /** The claim a new job's row is written with: its id, the instance that holds it, and the lease from now. */
    record NewClaim(UUID id, String instance, Duration lease) {
    }

    /** A job this instance holds: its row, the claim every write names, and how far it got. */
    record Claimed(UUID job, UUID claim, int done) {
    }

    /** The number of items the job will handle, once it knows, with the lease renewed; false if the claim is lost. */
    boolean recordTotal(UUID job, UUID claim, int total, Duration lease);

    /**
     * One batch of {@code items} handled, with what it counted, and the lease renewed: in the batch's own
     * transaction, so the batch and its progress commit together. Batches are written side by side and commit in
     * any order, so {@code counts} names the items the batch covered and the table keeps that: a resumed job
     * skips what any committed batch covered. False if the claim is lost.
     */
    boolean recordProgress(UUID job, UUID claim, int items, P counts, Duration lease);

    /** {@link JobState#DONE}, finished now. */
    void markDone(UUID job, UUID claim);

    /** {@link JobState#FAILED}, finished now, with the error. */
    void markFailed(UUID job, UUID claim, String error);

    /**
     * Claims one {@link JobState#RUNNING} job whose lease has run out (none if another instance holds every one of
     * them): a new claim by {@code instance}, one more attempt, the lease from now.
     */
    Optional<Claimed> claimExpired(String instance, Duration lease);

    /**
     * Every {@link JobState#RUNNING} job whose lease has run out after {@code attempts} claims becomes
     * {@link JobState#FAILED} with {@code error}: it failed each time, or its instances kept dying; returns how many.
     */
    int failExhausted(int attempts, String error);

    /** The lease ends now (this instance stops): another instance claims the job at once. */
    void release(UUID job, UUID claim);
}
