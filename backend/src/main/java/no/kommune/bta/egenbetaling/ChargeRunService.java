package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.Workers;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ChargeRunView;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The monthly charge run (R-PAY-1): set-based SQL in batches of agreements, each batch one
 * transaction, with progress on the run resource. The unique (agreement, period) makes it
 * idempotent: a second run, or a run after a crash halfway, creates only what is missing.
 */
@ApplicationScoped
public class ChargeRunService {
    private static final Logger LOG = Logger.getLogger(ChargeRunService.class);
    private final ExecutorService worker = Workers.single("charge-run");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "bta.charges.batch-size", defaultValue = "2000")
    int batchSize;

    @ConfigProperty(name = "bta.charges.due-day", defaultValue = "20")
    int dueDay;

    /** Agreements charged in a month: moved in, and not moved out or ended before the month. */
    static final String ELIGIBLE = """
            FROM agreement a
            WHERE a.moved_in_on IS NOT NULL AND greatest(a.moved_in_on, a.start_date) <= CAST(:pend AS date)
              AND coalesce(a.moved_out_on, a.ended_on, CAST(:pend AS date)) >= CAST(:period AS date)""";

    /**
     * The same rule as ChargeCalculator: the sum of the daily fees over the days in the month, rounded half
     * up once — computed per fee segment (days × fee) rather than per day.
     */
    static final String INSERT_BATCH = """
            INSERT INTO charge (id, agreement_id, period, amount_ore, days, due_date, kid, run_id)
            SELECT gen_random_uuid(), x.agreement_id, CAST(:period AS date), round(x.fee_sum::numeric / :dim), x.days,
                   CAST(:due AS date), kid_mod10(lpad(nextval('kid_seq')::text, 9, '0')), :run
            FROM (
                SELECT a.id AS agreement_id,
                       sum(f.monthly_fee_ore * (least(f.seg_end, b.last_day) - greatest(f.effective_from, b.first_day) + 1)) AS fee_sum,
                       sum(least(f.seg_end, b.last_day) - greatest(f.effective_from, b.first_day) + 1) AS days
                FROM agreement a
                CROSS JOIN LATERAL (SELECT greatest(a.moved_in_on, a.start_date, CAST(:period AS date)) AS first_day,
                                           least(coalesce(a.moved_out_on, a.ended_on, CAST(:pend AS date)), CAST(:pend AS date)) AS last_day) b
                JOIN (SELECT af.agreement_id, af.effective_from, af.monthly_fee_ore,
                             coalesce(lead(af.effective_from) OVER (PARTITION BY af.agreement_id ORDER BY af.effective_from) - 1,
                                      DATE '9999-12-31') AS seg_end
                      FROM agreement_fee af WHERE af.agreement_id = ANY (CAST(:ids AS uuid[]))) f
                  ON f.agreement_id = a.id AND f.effective_from <= b.last_day AND f.seg_end >= b.first_day
                WHERE a.id = ANY (CAST(:ids AS uuid[])) AND b.first_day <= b.last_day
                GROUP BY a.id
            ) x
            ON CONFLICT (agreement_id, period) DO NOTHING""";

    public ChargeRunView start(YearMonth month, String by) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            long running = ((Number) em.createNativeQuery("SELECT count(*) FROM charge_run WHERE state = 'RUNNING' AND period = :p")
                    .setParameter("p", month.atDay(1)).getSingleResult()).longValue();
            if (running > 0) {
                throw new ProblemException(409, "charge-run-running", "En kjøring for måneden pågår",
                        "Vent til kjøringen for " + month + " er ferdig", "R-PAY-1", null);
            }
            em.createNativeQuery("INSERT INTO charge_run (id, period, state, started_by) VALUES (:id, :p, 'RUNNING', :by)")
                    .setParameter("id", id).setParameter("p", month.atDay(1)).setParameter("by", by).executeUpdate();
        });
        worker.submit(() -> execute(id, month));
        return get(id);
    }

    void execute(UUID run, YearMonth month) {
        try {
            LocalDate period = month.atDay(1), pend = month.atEndOfMonth();
            @SuppressWarnings("unchecked")
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT a.id " + ELIGIBLE + " ORDER BY a.id")
                    .setParameter("period", period).setParameter("pend", pend).getResultList());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE charge_run SET total = :t WHERE id = :id")
                    .setParameter("t", ids.size()).setParameter("id", run).executeUpdate());
            for (int from = 0; from < ids.size(); from += batchSize) {
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
                QuarkusTransaction.requiringNew().run(() -> {
                    int created = em.createNativeQuery(INSERT_BATCH).setParameter("period", period).setParameter("pend", pend)
                            .setParameter("dim", month.lengthOfMonth()).setParameter("due", month.atDay(Math.min(dueDay, month.lengthOfMonth())))
                            .setParameter("run", run).setParameter("ids", batch.toArray(UUID[]::new)).executeUpdate();
                    em.createNativeQuery("UPDATE charge_run SET done = done + :n, created = created + :c, skipped = skipped + :s, updated_at = now() WHERE id = :id")
                            .setParameter("n", batch.size()).setParameter("c", created).setParameter("s", batch.size() - created)
                            .setParameter("id", run).executeUpdate();
                });
            }
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE charge_run SET state = 'DONE', finished_at = now() WHERE id = :id")
                    .setParameter("id", run).executeUpdate());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Charge run %s failed", run);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE charge_run SET state = 'FAILED', finished_at = now(), error = :e WHERE id = :id")
                    .setParameter("e", String.valueOf(e.getMessage())).setParameter("id", run).executeUpdate());
        }
    }

    public ChargeRunView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT id, to_char(period, 'YYYY-MM'), state, total, done, created, skipped, started_at, finished_at,
                                   started_by, error FROM charge_run WHERE id = :id""").setParameter("id", id).getResultList();
            if (rows.isEmpty()) throw ProblemException.notFound("Kjøringen", id);
            Object[] r = rows.get(0);
            return new ChargeRunView((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), SqlValues.instant(r[7]), SqlValues.instant(r[8]),
                    (String) r[9], (String) r[10]);
        });
    }

    /** The month's run starts by itself early on the first day of the month. */
    @Scheduled(cron = "{bta.charges.cron}", identity = "monthly-charge-run")
    void monthly() {
        start(YearMonth.from(Clocks.today(clock)), "system");
    }
}
