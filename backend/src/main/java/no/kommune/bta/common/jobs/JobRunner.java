package no.kommune.bta.common.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one way a long job runs (the monthly charge run, a large bank import), made by {@link JobRunners#create}: on
 * one named daemon thread, one job at a time; the work is read, its size recorded, then handled in batches, each
 * batch in a transaction of its own together with its progress and a renewed lease; at the end the job is
 * {@link JobState#DONE}, or {@link JobState#FAILED} with the error. The batches are written on
 * {@code bta.jobs.writers} connections side by side (bench/README.md says what two gain on two cores), so they
 * commit in any order: each batch's progress names the items it covered ({@link JobTable#recordProgress}).
 * <p>
 * The job is claimed in its row ({@link JobTable}): if this instance dies, its lease runs out and
 * {@link #resumeExpired} on any instance claims the job and resumes it without the items its committed batches
 * covered. Every write names the
 * claim, so an instance that lost its claim (it stalled for longer than the lease) writes nothing more: a batch is
 * committed by one instance only. A job that failed on {@code bta.jobs.max-attempts} claims, or cannot be resumed,
 * is FAILED with what to do. Jobs run this way must be idempotent, so starting one again finishes the work.
 *
 * @param <T> one item of work (an agreement id, a payment line)
 * @param <P> what one batch counted
 */
public final class JobRunner<T, P> {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    /** What a job does: the items still to handle, and what one batch of them does (in its transaction). */
    public record Work<T, P>(Supplier<List<T>> items, Function<List<T>, P> batch) {
    }

    /** This instance's claim on the job is gone: another instance runs it now. */
    private static final class ClaimLost extends RuntimeException {
        ClaimLost() {
            super(null, null, false, false);
        }
    }

    private final String name;
    private final JobTable<P> table;
    private final String stoppedError;
    private final JobRunners settings;
    private final ExecutorService worker;
    /** The threads (each its own connection) that write a job's batches beside the worker: {@code bta.jobs.writers} less one. */
    private final int sideWriters;
    private final ExecutorService side;
    /** Jobs submitted here and not yet ended: while there are any, this instance claims no other's. */
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean stopping;

    JobRunner(String name, JobTable<P> table, String stoppedError, JobRunners settings) {
        this.name = name;
        this.table = table;
        this.stoppedError = stoppedError;
        this.settings = settings;
        this.worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name(name).daemon().factory());
        this.sideWriters = Math.max(0, settings.config().writers() - 1);
        this.side = Executors.newCachedThreadPool(Thread.ofPlatform().name(name + "-", 2).daemon().factory());
    }

    /** The claim a job about to be recorded is written with (its row names this instance and the lease). */
    public JobTable.NewClaim newClaim() {
        return new JobTable.NewClaim(UUID.randomUUID(), settings.instance(), lease());
    }

    /** How long a claim holds without a batch renewing it. */
    private Duration lease() {
        return settings.config().lease();
    }

    /**
     * Runs a new job in the background. Its row must exist ({@link JobState#RUNNING}, claimed by {@code claim}) and
     * be committed. The items are read in a transaction of their own, then each batch of {@code batchSize} items
     * is handled in a new transaction.
     */
    public void submit(UUID job, JobTable.NewClaim claim, int batchSize, Work<T, P> work) {
        queue(job, claim.id(), batchSize, work, true);
    }

    /** The whole job at once, in the caller's transaction: a small job gives its result or nothing. */
    public void runNow(UUID job, JobTable.NewClaim claim, List<T> items, Function<List<T>, P> batch) {
        if (!table.recordProgress(job, claim.id(), items.size(), batch.apply(items), lease())) throw new ClaimLost();
        table.markDone(job, claim.id());
        settings.metrics().progressed(name, items.size());
    }

    /**
     * Claims one job of this kind whose lease ran out and resumes it here, unless this instance is busy with one;
     * first fails the jobs that ran out of attempts. {@code remaining} gives a claimed job's work from where it
     * stopped, or nothing if it cannot be resumed (it is then FAILED). Returns how many jobs it took (0 or 1).
     */
    public int resumeExpired(int batchSize, Function<JobTable.Claimed, Optional<Work<T, P>>> remaining) {
        int exhausted = QuarkusTransaction.requiringNew()
                .call(() -> table.failExhausted(settings.config().maxAttempts(), stoppedError));
        if (exhausted > 0) LOG.warnf("%d %s job(s) failed: out of attempts", exhausted, name);
        if (stopping || queued.get() > 0) return 0;
        Optional<JobTable.Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> table.claimExpired(settings.instance(), lease()));
        if (claimed.isEmpty()) return 0;
        JobTable.Claimed c = claimed.get();
        Optional<Work<T, P>> work = QuarkusTransaction.requiringNew().call(() -> remaining.apply(c));
        if (work.isEmpty()) {
            LOG.warnf("Job %s %s cannot be resumed: marked FAILED", name, c.job());
            QuarkusTransaction.requiringNew().run(() -> table.markFailed(c.job(), c.claim(), stoppedError));
            return 1;
        }
        LOG.infof("Job %s %s resumed on %s after %d items", name, c.job(), settings.instance(), c.done());
        queue(c.job(), c.claim(), batchSize, work.get(), false);
        return 1;
    }

    /** This instance stops: a running job hands its claim on after its current batch; no new job starts here. */
    void halt() {
        stopping = true;
        worker.shutdown();
        side.shutdown();
    }

    /** Waits until {@code deadline} (System.nanoTime) for the job in hand to hand on. */
    void await(long deadline) {
        try {
            if (!worker.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warnf("Job %s still in a batch at shutdown: its lease runs out and another instance resumes it", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void queue(UUID job, UUID claim, int batchSize, Work<T, P> work, boolean fresh) {
        queued.incrementAndGet();
        try {
            worker.submit(() -> {
                try {
                    run(job, claim, batchSize, work, fresh);
                } finally {
                    queued.decrementAndGet();
                }
            });
        } catch (RuntimeException rejected) { // shutting down: the lease runs out and another instance takes it
            queued.decrementAndGet();
            LOG.warnf("Job %s %s not started here: this instance is stopping", name, job);
        }
    }

    void run(UUID job, UUID claim, int batchSize, Work<T, P> work, boolean fresh) {
        try {
            settings.metrics().measure(name, () -> {
                List<T> items = QuarkusTransaction.requiringNew().call(() -> work.items().get());
                if (fresh) write(() -> table.recordTotal(job, claim, items.size(), lease()));
                Batches<T> batches = new Batches<>(items, batchSize);
                List<Future<?>> others = new ArrayList<>();
                for (int i = 0; i < Math.min(sideWriters, batches.count() - 1) && !stopping; i++) {
                    try {
                        others.add(side.submit(() -> writeBatches(job, claim, work, batches)));
                    } catch (RejectedExecutionException stopped) { // this instance is stopping: the worker goes on alone
                        break;
                    }
                }
                try {
                    writeBatches(job, claim, work, batches);
                } finally {
                    for (Future<?> f : others) awaitQuietly(f);
                }
                batches.rethrow();
                if (stopping && batches.left()) {
                    QuarkusTransaction.requiringNew().run(() -> table.release(job, claim));
                    LOG.infof("Job %s %s handed on at shutdown after this instance's %d batches", name, job, batches.writtenCount());
                    return null;
                }
                if (batches.left()) throw new IllegalStateException(batches.count() - batches.writtenCount() + " batches were not written");
                QuarkusTransaction.requiringNew().run(() -> table.markDone(job, claim));
                return null;
            });
        } catch (ClaimLost lost) {
            LOG.warnf("Job %s %s: another instance has claimed it; this instance stops without writing", name, job);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s %s failed", name, job);
            QuarkusTransaction.requiringNew().run(() -> table.markFailed(job, claim, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Takes the next batch and writes it, in its own transaction with its progress, until none is left, this instance
     * stops, or a batch on any connection failed. Several threads do this side by side for one job; each batch says
     * in its progress which items it covered, so their commits may come in any order.
     */
    private void writeBatches(UUID job, UUID claim, Work<T, P> work, Batches<T> batches) {
        List<T> part;
        while (!stopping && (part = batches.next()) != null) {
            List<T> items = part;
            try {
                writeRetrying(() -> table.recordProgress(job, claim, items.size(), work.batch().apply(items), lease()));
                batches.written();
                settings.metrics().progressed(name, items.size());
            } catch (RuntimeException | Error e) {
                batches.fail(e);
                return;
            }
        }
    }

    /**
     * {@link #write}, again if PostgreSQL rolled this batch back because of the other writer: to break a deadlock (two
     * batches side by side may each wait for a row the other wrote, e.g. a payment reference repeated across a bank
     * file) or because it waited longer than {@code lock_timeout} for the other's commit. The batch is written again
     * whole.
     */
    private void writeRetrying(Supplier<Boolean> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                write(step);
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !retried(e)) throw e;
                LOG.infof("Job %s: a batch was rolled back for the other writer's locks; writing it again (attempt %d)", name, attempt + 1);
            }
        }
    }

    private static final int ATTEMPTS = 3;
    /** deadlock_detected, serialization_failure, lock_not_available (lock_timeout). */
    private static final Set<String> RETRIED = Set.of("40P01", "40001", "55P03");

    static boolean retried(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RETRIED.contains(sql.getSQLState())) return true;
        }
        return false;
    }

    private static void awaitQuietly(Future<?> f) {
        boolean interrupted = false;
        while (true) {
            try {
                f.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // writeBatches records its own failure; nothing else is thrown from it
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** One job's items cut into batches, handed out in order to the threads writing them, and what came of them. */
    private static final class Batches<T> {
        private final List<T> items;
        private final int size;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger written = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Batches(List<T> items, int size) {
            this.items = items;
            this.size = size;
        }

        int count() {
            return (items.size() + size - 1) / size;
        }

        /** The next batch, or null when none is left or one has failed (the others stop after the batch in hand). */
        List<T> next() {
            if (failure.get() != null) return null;
            int b = next.getAndIncrement();
            if (b >= count()) return null;
            return items.subList(b * size, Math.min(items.size(), (b + 1) * size));
        }

        void written() {
            written.incrementAndGet();
        }

        int writtenCount() {
            return written.get();
        }

        boolean left() {
            return written.get() < count();
        }

        void fail(Throwable e) {
            failure.compareAndSet(null, e);
        }

        /** The first failure of any writer, as it was thrown (a lost claim stays {@link ClaimLost}). */
        void rethrow() {
            Throwable e = failure.get();
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof Error err) throw err;
        }
    }

    /** One transaction that commits only while the claim holds (its last write says so); otherwise rolled back. */
    private static void write(Supplier<Boolean> step) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!step.get()) throw new ClaimLost();
        });
    }
}
