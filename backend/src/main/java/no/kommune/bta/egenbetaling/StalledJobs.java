package no.kommune.bta.egenbetaling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kommune.bta.common.jobs.OnOneInstance;
import org.jboss.logging.Logger;

/**
 * A charge run or bank import whose process died (a restart, a crash) would otherwise show RUNNING
 * for ever. Each batch touches its job's row; a job that has not moved for longer than any batch
 * takes ({@code bta.jobs.stalled-after}) is marked FAILED with what to do. Both jobs are idempotent,
 * so starting them again finishes the work.
 */
@ApplicationScoped
public class StalledJobs {
    private static final Logger LOG = Logger.getLogger(StalledJobs.class);

    @Inject
    ChargeRunService runs;

    @Inject
    BankImportService imports;

    @Inject
    EgenbetalingConfig.Jobs config;

    @Scheduled(every = "{bta.jobs.sweep-every}", identity = "stalled-jobs")
    @OnOneInstance
    public void sweep() {
        int n = failStalled();
        if (n > 0) LOG.warnf("%d stalled job(s) marked FAILED", n);
    }

    /** Marks the stalled jobs FAILED and returns how many there were. */
    int failStalled() {
        Duration after = config.stalledAfter();
        return runs.failStalled(after) + imports.failStalled(after);
    }
}
