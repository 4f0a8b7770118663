package no.kommune.bta.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.audit.AccessLogWriter;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.intake.IntakeService;
import no.kommune.bta.person.PersonService;
import org.jboss.logging.Logger;

/**
 * M30: a configurable period after a person's last stay or application ended — with no open
 * application, arrears or appeal — the person is anonymised. Id, sex and birth year stay, so the
 * statistics stay the same; each anonymisation is written to the access log. The person and intake
 * features anonymise their own rows.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    public record Candidate(UUID personId, LocalDate lastActivityOn, LocalDate dueOn, String reason) {
    }

    @Inject
    RetentionQueries queries;

    @Inject
    PersonService persons;

    @Inject
    IntakeService intakes;

    @Inject
    Clock clock;

    @Inject
    AccessLogWriter accessLog;

    @Inject
    RetentionConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> preview() {
        int days = config.days();
        return queries.lastActiveBefore(Clocks.today(clock).minusDays(days)).stream()
                .map(d -> new Candidate(d.personId(), d.lastActivityOn(), d.lastActivityOn().plusDays(days),
                        reason(d.lastActivityOn())))
                .toList();
    }

    @Transactional
    public List<UUID> anonymiseDue() {
        List<UUID> ids = preview().stream().map(Candidate::personId).toList();
        for (UUID id : ids) {
            persons.anonymise(id);
            intakes.anonymise(id);
            accessLog.writeJob("retention", "anonymise", id);
        }
        if (!ids.isEmpty()) LOG.infof("Anonymised %d person(s)", ids.size());
        return ids;
    }

    @Scheduled(cron = "{bta.retention.cron}", identity = "retention")
    void nightly() {
        anonymiseDue();
    }

    private static String reason(LocalDate lastActivityOn) {
        return "Siste opphold eller søknad avsluttet " + lastActivityOn + "; ingen åpen søknad, restanse eller klage";
    }
}
