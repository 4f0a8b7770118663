package no.kommune.bta.common.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The background jobs (the charge run, bank imports): claims, leases and the sweep that resumes them. */
@ConfigMapping(prefix = "bta.jobs")
public interface JobConfig {
    /**
     * How long a claim on a job holds without a batch renewing it. When it runs out (the instance died or hangs),
     * another instance claims the job and resumes it. Longer than any batch takes.
     */
    @WithDefault("PT1M")
    Duration lease();

    /**
     * How many connections write a job's batches side by side (1: one after the other). On two cores two writers
     * overlap one batch's index writes with the other's reads and commit; more only queue on the same disk and CPUs.
     */
    @WithDefault("2")
    int writers();

    /** A job claimed this many times without finishing is FAILED with what to do. */
    @WithDefault("3")
    int maxAttempts();

    /** At shutdown a running job hands its claim on after its current batch; this long is waited for that. */
    @WithDefault("PT10S")
    Duration handOnWithin();

    /** How often jobs whose lease ran out are looked for ({@code off} in tests); set in application.properties (scheduler). */
    String sweepEvery();
}
