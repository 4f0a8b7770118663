package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.jobs.JobRunner;
import no.kommune.bta.egenbetaling.ChargeQueries.ChargeBasis;
import no.kommune.bta.egenbetaling.ChargeQueries.NewCharge;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ChargeRunView;

/**
 * The monthly charge run (R-PAY-1), a job of {@link JobRunner}: the month's agreements in batches,
 * each batch one transaction, with progress on the run resource. Each batch reads its agreements'
 * days and fees at once, computes the charges with {@link ChargeCalculator} and writes them at once.
 * The unique (agreement, period) makes it idempotent: a second run, or a run after a crash halfway,
 * creates only what is missing.
 */
@ApplicationScoped
public class ChargeRunService {

    @Inject
    ChargeRunQueries runs;

    @Inject
    ChargeQueries charges;

    @Inject
    ChargePeriodQueries periods;

    @Inject
    EgenbetalingConfig.Charges config;

    @Inject
    Clock clock;

    private JobRunner<UUID, ChargeRunQueries.Counts> jobs;

    @PostConstruct
    void init() {
        jobs = new JobRunner<>("charge-run", runs, EgenbetalingTexts.CHARGE_RUN_STALLED);
    }

    public ChargeRunView start(YearMonth month, String by) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            requireChargeable(month);
            if (runs.running(month)) throw ProblemException.of(ProblemType.CHARGE_RUN_RUNNING, EgenbetalingTexts.chargeRunRunning(month));
            runs.insert(id, month, by);
        });
        jobs.submit(id, () -> charges.eligible(month), config.batchSize(), batch -> charge(id, month, batch));
        return get(id);
    }

    /**
     * A run is for a month from the first month any agreement moved in (this month while nobody has) up to next
     * month (Europe/Oslo); any other month is a 422 naming {@code period}.
     */
    private void requireChargeable(YearMonth month) {
        YearMonth now = YearMonth.from(Clocks.today(clock));
        YearMonth first = periods.firstMoveIn().map(YearMonth::from).filter(f -> f.isBefore(now)).orElse(now);
        YearMonth last = now.plusMonths(1);
        if (month.isBefore(first) || month.isAfter(last)) {
            throw ProblemException.invalid("period", EgenbetalingTexts.periodOutside(first, last));
        }
    }

    /** One batch: the charges the agreements owe for the month, created where they are missing. */
    private ChargeRunQueries.Counts charge(UUID run, YearMonth month, List<UUID> agreements) {
        List<NewCharge> owed = new ArrayList<>();
        for (ChargeBasis b : charges.bases(agreements, month)) {
            ChargeCalculator.charge(month, b.from(), b.to(), b.fees())
                    .ifPresent(c -> owed.add(new NewCharge(b.agreementId(), c.days(), c.amountOre())));
        }
        int created = charges.insert(run, month, ChargeCalculator.dueDate(month, config.dueDay()), owed);
        return new ChargeRunQueries.Counts(created);
    }

    public ChargeRunView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> runs.find(id)
                .orElseThrow(() -> ProblemException.notFound(EgenbetalingTexts.CHARGE_RUN, id)));
    }

    /** Runs that stopped moving are marked FAILED with what to do; returns how many. */
    int failStalled(Duration stalledAfter) {
        return jobs.failStalled(stalledAfter);
    }

    /** The month's run starts by itself early on the first day of the month. */
    @Scheduled(cron = "{bta.charges.cron}", identity = "monthly-charge-run")
    void monthly() {
        start(YearMonth.from(Clocks.today(clock)), "system");
    }
}
