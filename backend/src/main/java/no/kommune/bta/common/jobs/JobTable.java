package no.kommune.bta.common.jobs;

import java.time.Duration;
import java.util.UUID;

/**
 * Where one kind of job keeps its row: state ({@link JobState}), progress and error. The feature that
 * owns the table implements it in its query class; {@link JobRunner} calls it, each call inside the
 * transaction the runner opened.
 *
 * @param <P> what one batch counted (beyond the number of items it handled)
 */
public interface JobTable<P> {

    /** The number of items the job will handle, once it knows. */
    void recordTotal(UUID job, int total);

    /**
     * One batch of {@code items} handled, with what it counted. Touches the row, so a job that keeps
     * moving is never taken for stalled.
     */
    void recordProgress(UUID job, int items, P counts);

    /** {@link JobState#DONE}, finished now. */
    void markDone(UUID job);

    /** {@link JobState#FAILED}, finished now, with the error. */
    void markFailed(UUID job, String error);

    /**
     * Every {@link JobState#RUNNING} job whose row has not moved for longer than {@code stalledAfter}
     * becomes {@link JobState#FAILED} with {@code error}; returns how many.
     */
    int failStalled(Duration stalledAfter, String error);
}
