package no.kommune.bta.egenbetaling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kommune.bta.common.jobs.OnOneInstance;
import org.jboss.logging.Logger;

/**
 * A charge run or bank import whose instance died (a crash, a restart, a node lost) stops renewing its lease
 * ({@code bta.jobs.lease}). This sweep, every {@code bta.jobs.sweep-every} on one instance at a time, claims such a
 * job and resumes it from its last batch on this instance (one of each kind at a time, and none of a kind this
 * instance is running already); a job out of attempts, or an import whose file was not kept, is marked FAILED with
 * what to do. Both jobs are idempotent, so starting them again by hand also finishes the work.
 */
@ApplicationScoped
public class StalledJobs {
    private static final Logger LOG = Logger.getLogger(StalledJobs.class);

    @Inject
    ChargeRunService runs;

    @Inject
    BankImportService imports;

    @Scheduled(every = "{bta.jobs.sweep-every}", identity = "stalled-jobs")
    @OnOneInstance
    public void sweep() {
        int n = resumeExpired();
        if (n > 0) LOG.infof("%d stalled job(s) taken over by this instance", n);
    }

    /** Takes over at most one stalled job of each kind; returns how many it took (resumed or failed). */
    int resumeExpired() {
        return runs.resumeExpired() + imports.resumeExpired();
    }
}
