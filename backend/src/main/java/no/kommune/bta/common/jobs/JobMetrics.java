package no.kommune.bta.common.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What operations watch of the jobs (issue 17), per job name: how long each run took
 * ({@code bta_job_duration_seconds}), when one last succeeded ({@code bta_job_last_success_seconds}, Unix time; 0
 * before the first since start, except where the job's records tell, see {@link #seed}), how many failed
 * ({@code bta_job_failures_total}) and how many items its batches committed ({@code bta_job_items_total}, progress). An alert on "no charge run by
 * the 2nd" reads the last success of {@code charge-run} (deploy/observability/alert-rules.yaml).
 */
@ApplicationScoped
public class JobMetrics {
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    /** Runs and measures one run of the job: its duration and outcome, its time of success. */
    public <T> T measure(String job, Supplier<T> run) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            T result = run.get();
            outcome = "success";
            succeeded(job);
            return result;
        } catch (RuntimeException e) {
            failed(job);
            throw e;
        } finally {
            sample.stop(Timer.builder("bta.job.duration").description("Duration of a job's run")
                    .tag("job", job).tag("outcome", outcome).register(registry));
        }
    }

    /** A run of {@code job} ended well now. */
    public void succeeded(String job) {
        lastSuccessOf(job).set(System.currentTimeMillis() / 1000);
    }

    /** The last success known before this process started (from the job's own records), unless one came since. */
    public void seed(String job, long epochSecond) {
        lastSuccessOf(job).accumulateAndGet(epochSecond, Math::max);
    }

    /** A batch of {@code job} committed {@code items} items: the job's progress ({@code bta_job_items_total}). */
    public void progressed(String job, int items) {
        Counter.builder("bta.job.items").description("Items a job has handled (committed batches)").tag("job", job)
                .register(registry).increment(items);
    }

    /** A run of {@code job} failed. */
    public void failed(String job) {
        Counter.builder("bta.job.failures").description("Runs of a job that failed").tag("job", job)
                .register(registry).increment();
        lastSuccessOf(job);
    }

    private AtomicLong lastSuccessOf(String job) {
        return lastSuccess.computeIfAbsent(job, j -> {
            AtomicLong at = new AtomicLong();
            Gauge.builder("bta.job.last.success", at, AtomicLong::doubleValue).baseUnit("seconds")
                    .description("When a run of the job last succeeded (Unix time)").tag("job", j).register(registry);
            return at;
        });
    }
}
