package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A charge run or bank import whose process died (a restart, a crash) would otherwise show RUNNING
 * for ever. Each batch touches its job's updated_at; a job that has not moved for longer than any
 * batch takes is marked FAILED with what to do. Both jobs are idempotent, so starting them again
 * finishes the work.
 */
@ApplicationScoped
public class StalledJobs {
    private static final Logger LOG = Logger.getLogger(StalledJobs.class);
    static final String CHARGE_RUN = "Kjøringen stoppet uten å bli ferdig (tjenesten ble trolig startet på nytt). "
            + "Start den igjen: avtaler som alt har trekk for måneden, hoppes over.";
    static final String BANK_IMPORT = "Innlesingen stoppet uten å bli ferdig (tjenesten ble trolig startet på nytt). "
            + "Les inn filen igjen: betalinger som alt er registrert, telles som duplikater.";

    @Inject
    EntityManager em;

    @ConfigProperty(name = "bta.jobs.stalled-after", defaultValue = "PT10M")
    java.time.Duration stalledAfter;

    @Scheduled(every = "{bta.jobs.sweep-every}", identity = "stalled-jobs")
    void sweep() {
        int n = failStalled();
        if (n > 0) LOG.warnf("%d stalled job(s) marked FAILED", n);
    }

    /** Marks the stalled jobs FAILED and returns how many there were. */
    int failStalled() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String cutoff = "now() - make_interval(secs => CAST(:s AS double precision))";
            int runs = em.createNativeQuery("UPDATE charge_run SET state = 'FAILED', finished_at = now(), error = :e "
                            + "WHERE state = 'RUNNING' AND updated_at < " + cutoff)
                    .setParameter("e", CHARGE_RUN).setParameter("s", (double) stalledAfter.toSeconds()).executeUpdate();
            int imports = em.createNativeQuery("UPDATE bank_import SET state = 'FAILED', finished_at = now(), error = :e "
                            + "WHERE state = 'RUNNING' AND updated_at < " + cutoff)
                    .setParameter("e", BANK_IMPORT).setParameter("s", (double) stalledAfter.toSeconds()).executeUpdate();
            return runs + imports;
        });
    }
}
