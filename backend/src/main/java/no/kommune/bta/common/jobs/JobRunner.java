package no.kommune.bta.common.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one way a long job runs (the monthly charge run, a large bank import): on one named daemon
 * thread, one job at a time; the work is read, its size recorded, then handled in batches, each batch
 * in a transaction of its own together with its progress; at the end the job is {@link JobState#DONE},
 * or {@link JobState#FAILED} with the error. A job whose process died halfway is found by
 * {@link #failStalled(Duration)} and marked FAILED with what to do. Jobs run this way must be
 * idempotent: starting one again after a failure finishes the work.
 *
 * @param <T> one item of work (an agreement id, a payment line)
 * @param <P> what one batch counted
 */
public final class JobRunner<T, P> {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final String name;
    private final JobTable<P> table;
    private final String stalledError;
    private final ExecutorService worker;
    private final JobMetrics metrics;

    /**
     * @param name         the thread's name and the job's name in the log
     * @param table        where the job's row is kept
     * @param stalledError what a stalled job says: why it stopped and how to finish the work
     * @param metrics      where each run's duration and outcome are counted
     */
    public JobRunner(String name, JobTable<P> table, String stalledError, JobMetrics metrics) {
        this.name = name;
        this.metrics = metrics;
        this.table = table;
        this.stalledError = stalledError;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs the job in the background. The job's row must exist ({@link JobState#RUNNING}) and be
     * committed. {@code work} is read in a transaction of its own, then each batch of
     * {@code batchSize} items is handled by {@code batch} in a new transaction.
     */
    public void submit(UUID job, Supplier<List<T>> work, int batchSize, Function<List<T>, P> batch) {
        worker.submit(() -> run(job, work, batchSize, batch));
    }

    /** The whole job at once, in the caller's transaction: a small job gives its result or nothing. */
    public void runNow(UUID job, List<T> items, Function<List<T>, P> batch) {
        table.recordProgress(job, items.size(), batch.apply(items));
        table.markDone(job);
    }

    /** Marks this kind's stalled jobs FAILED with what to do; returns how many. */
    public int failStalled(Duration stalledAfter) {
        return QuarkusTransaction.requiringNew().call(() -> table.failStalled(stalledAfter, stalledError));
    }

    void run(UUID job, Supplier<List<T>> work, int batchSize, Function<List<T>, P> batch) {
        try {
            metrics.measure(name, () -> {
                List<T> items = QuarkusTransaction.requiringNew().call(work::get);
                QuarkusTransaction.requiringNew().run(() -> table.recordTotal(job, items.size()));
                for (int from = 0; from < items.size(); from += batchSize) {
                    List<T> part = items.subList(from, Math.min(items.size(), from + batchSize));
                    QuarkusTransaction.requiringNew().run(() -> table.recordProgress(job, part.size(), batch.apply(part)));
                }
                QuarkusTransaction.requiringNew().run(() -> table.markDone(job));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s %s failed", name, job);
            QuarkusTransaction.requiringNew().run(() -> table.markFailed(job, String.valueOf(e.getMessage())));
        }
    }
}
