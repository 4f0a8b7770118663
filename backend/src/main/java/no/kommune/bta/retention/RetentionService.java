package no.kommune.bta.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.audit.AccessLogEntry;
import no.kommune.bta.audit.AccessLogWriter;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.SqlValues;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * M30: a configurable period after a person's last stay or application ended — with no open
 * application, arrears or appeal — the person is anonymised. Id, sex and birth year stay, so the
 * statistics stay the same; each anonymisation is written to the access log.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    public record Candidate(UUID personId, LocalDate lastActivityOn, LocalDate dueOn, String reason) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessLogWriter accessLog;

    @ConfigProperty(name = "bta.retention.days", defaultValue = "1825")
    int retentionDays;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> preview() {
        LocalDate cutoff = Clocks.today(clock).minusDays(retentionDays);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT person_id, last_activity_on FROM retention_candidate
                        WHERE last_activity_on IS NOT NULL AND last_activity_on < :cutoff ORDER BY last_activity_on""")
                .setParameter("cutoff", cutoff).getResultList();
        return rows.stream().map(r -> {
            LocalDate last = SqlValues.date(r[1]);
            return new Candidate((UUID) r[0], last, last.plusDays(retentionDays),
                    "Siste opphold eller søknad avsluttet " + last + "; ingen åpen søknad, restanse eller klage");
        }).toList();
    }

    @Transactional
    public List<UUID> anonymiseDue() {
        List<UUID> ids = preview().stream().map(Candidate::personId).toList();
        for (UUID id : ids) {
            em.createNativeQuery("""
                            UPDATE person SET given_name = 'Anonymisert', family_name = 'person', national_id = NULL, phone = NULL,
                                   email = NULL, address = NULL, nav_contact = NULL,
                                   birth_date = make_date(extract(year FROM birth_date)::int, 1, 1), anonymised_at = now(),
                                   version = version + 1
                            WHERE id = :id AND anonymised_at IS NULL""").setParameter("id", id).executeUpdate();
            em.createNativeQuery("UPDATE intake SET assessment = 'Anonymisert', needs = NULL, wishes = NULL WHERE person_id = :id")
                    .setParameter("id", id).executeUpdate();
            accessLog.write(new AccessLogEntry("system", "system", List.of(), null, "JOB", "retention", "anonymise", "person",
                    id.toString(), id, 200, null));
        }
        if (!ids.isEmpty()) LOG.infof("Anonymised %d person(s)", ids.size());
        return ids;
    }

    @Scheduled(cron = "{bta.retention.cron}", identity = "retention")
    void nightly() {
        anonymiseDue();
    }
}
