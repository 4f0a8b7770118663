package no.kommune.bta.digest;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.jobs.OnOneInstance;
import no.kommune.bta.digest.DigestQueries.Recipient;
import org.jboss.logging.Logger;

/**
 * The daily e-mail digest run (bta.digest.cron; off in tests). It runs on one instance at a time, and each member's
 * mail is recorded per day in the transaction that sends it, so a rerun, a second instance or a restart sends no one
 * a second mail that day; a mail that failed is sent by the next run.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class);

    @Inject
    DigestService digests;

    @Inject
    Clock clock;

    /** Sends the digest of {@code day} to everyone due it; returns how many mails went. */
    public int runFor(LocalDate day) {
        int sent = 0;
        int failed = 0;
        for (Recipient r : digests.due(day)) {
            try {
                if (digests.send(r, day)) sent++;
            } catch (RuntimeException e) {
                failed++;
                // the member by token subject only; the address and the mail's text stay out of the log
                LOG.errorf("The digest to member %s was not sent (%s); the next run tries again", r.subject(),
                        e.getClass().getSimpleName());
            }
        }
        digests.purgeSent(day);
        LOG.infof("Digest of %s: %d mail(s) sent, %d failed", day, sent, failed);
        return sent;
    }

    @Scheduled(cron = "{bta.digest.cron}", identity = "digest", timeZone = "Europe/Oslo")
    @OnOneInstance
    void scheduled() {
        runFor(Clocks.today(clock));
    }
}
