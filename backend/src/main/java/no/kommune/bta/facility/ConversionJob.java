package no.kommune.bta.facility;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.jobs.OnOneInstance;
import org.jboss.logging.Logger;

/**
 * R-FAC-3: an approved conversion whose date is later than its approval takes effect on that day. The run looks every
 * hour (bta.conversions.cron; off in tests) for approved conversions whose date has come and performs each in a
 * transaction of its own. It is idempotent: a conversion is performed only while it is APPROVED, under the facility's
 * lock, so a second run (or one after a restart) changes nothing; one missed while the service was down is performed
 * by the next run, still dated from its effective date.
 *
 * <p>A conversion is one facility's agreements, a few dozen at most, all or nothing: it needs no batches, so it does
 * not run through {@link no.kommune.bta.common.jobs.JobRunner}.
 */
@ApplicationScoped
public class ConversionJob {
    private static final Logger LOG = Logger.getLogger(ConversionJob.class);

    @Inject
    ConversionService conversions;

    @Inject
    Clock clock;

    /** Performs every approved conversion whose date has come; returns how many took effect now. */
    public int runDue() {
        LocalDate today = Clocks.today(clock);
        int performed = 0;
        for (UUID id : conversions.dueOn(today)) {
            try {
                if (conversions.performIfDue(id, today)) performed++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Conversion %s did not take effect; the next run tries again", id);
            }
        }
        if (performed > 0) LOG.infof("%d conversion(s) took effect", performed);
        return performed;
    }

    @Scheduled(cron = "{bta.conversions.cron}", identity = "facility-conversions", timeZone = "Europe/Oslo")
    @OnOneInstance
    void scheduled() {
        runDue();
    }
}
