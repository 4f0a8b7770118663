package no.kommune.bta.common.jobs;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Makes the {@link JobRunner}s and holds what they share: the settings ({@link JobConfig}), this instance's name
 * (the pod's host name and the process, so an operator can tell which instance holds a job) and the metrics. At
 * shutdown each runner hands its job on after the batch it is in.
 */
@ApplicationScoped
public class JobRunners {
    private final String instance = System.getenv().getOrDefault("HOSTNAME", "local") + "/" + ProcessHandle.current().pid()
            + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final List<JobRunner<?, ?>> runners = new CopyOnWriteArrayList<>();

    @Inject
    JobConfig config;

    @Inject
    JobMetrics metrics;

    /**
     * A runner for one kind of job.
     *
     * @param name         the thread's name and the job's name in the log and metrics
     * @param table        where the job's row is kept
     * @param stoppedError what a job that cannot be finished here says: why it stopped and how to finish the work
     */
    public <T, P> JobRunner<T, P> create(String name, JobTable<P> table, String stoppedError) {
        JobRunner<T, P> runner = new JobRunner<>(name, table, stoppedError, this);
        runners.add(runner);
        return runner;
    }

    String instance() {
        return instance;
    }

    JobConfig config() {
        return config;
    }

    JobMetrics metrics() {
        return metrics;
    }

    void stop(@Observes ShutdownEvent event) {
        long deadline = System.nanoTime() + config.handOnWithin().toNanos();
        for (JobRunner<?, ?> r : runners) r.halt();
        for (JobRunner<?, ?> r : runners) r.await(deadline);
    }
}
