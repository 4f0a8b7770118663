package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.jobs.JobMetrics;
import no.kommune.bta.common.jobs.JobRunner;
import no.kommune.bta.common.jobs.JobRunners;
import no.kommune.bta.common.jobs.JobTable;
import no.kommune.bta.common.jobs.OnOneInstance;
import no.kommune.bta.egenbetaling.ChargeCorrections.Booked;
import no.kommune.bta.egenbetaling.ChargeQueries.ChargeBasis;
import no.kommune.bta.egenbetaling.ChargeQueries.NewLine;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ChargeRunView;
import org.jboss.logging.Logger;

/**
 * The monthly charge run (R-PAY-1, R-PAY-7), a job of {@link JobRunner}: the month's agreements in
 * batches, each batch one transaction, with progress on the run resource. Each batch reads its
 * agreements' days, fees and booked lines at once, asks {@link ChargeCorrections} for the line each
 * needs and writes them at once. It is idempotent: a month at its amount needs no line, so a second
 * run, or a run after a crash halfway, writes only what is missing.
 */
@ApplicationScoped
public class ChargeRunService {
    private static final Logger LOG = Logger.getLogger(ChargeRunService.class);

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

    @Inject
    JobMetrics jobMetrics;

    @Inject
    JobRunners runners;

    private JobRunner<UUID, ChargeRunQueries.Counts> jobs;

    /** The alert "no charge run by the 2nd" must not fire because this instance started after the month's run. */
    void seedLastSuccess(@Observes StartupEvent started) {
        jobMetrics.seed("charge-run", 0); // shown from the start, so the alert sees "never" on a new installation
        QuarkusTransaction.requiringNew().run(() -> runs.lastDone()
                .ifPresent(at -> jobMetrics.seed("charge-run", at.getEpochSecond())));
    }

    @PostConstruct
    void init() {
        jobs = runners.create("charge-run", runs, EgenbetalingTexts.CHARGE_RUN_STALLED);
    }

    public ChargeRunView start(YearMonth month, String by) {
        UUID id = UUID.randomUUID();
        JobTable.NewClaim claim = jobs.newClaim();
        QuarkusTransaction.requiringNew().run(() -> {
            requireChargeable(month);
            if (!runs.insertUnlessRunning(id, month, by, claim)) {
                throw ProblemException.of(ProblemType.CHARGE_RUN_RUNNING, EgenbetalingTexts.chargeRunRunning(month));
            }
        });
        jobs.submit(id, claim, config.batchSize(), work(id, month, null));
        return get(id);
    }

    /**
     * The month's agreements in the order of their ids, and their batch; for a resumed run ({@code resume} not null)
     * only those none of its committed batches handled.
     */
    private JobRunner.Work<UUID, ChargeRunQueries.Counts> work(UUID run, YearMonth month, ChargeRunQueries.Resume resume) {
        return new JobRunner.Work<>(() -> resume == null ? charges.eligible(month, null)
                : charges.eligible(month, resume.after()).stream().filter(a -> !resume.handled(a)).toList(),
                batch -> charge(run, month, batch));
    }

    /**
     * Takes one run whose instance stopped (its lease ran out) and goes on with the agreements its committed batches
     * did not handle; what was charged before is not touched again.
     */
    int resumeExpired() {
        return jobs.resumeExpired(config.batchSize(), claimed -> runs.resumeOf(claimed.job())
                .map(r -> work(claimed.job(), r.month(), r)));
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

    /**
     * One batch: each agreement's line for the month, if it needs one — its charge where there is none,
     * a correction where the basis changed since the charge (R-PAY-7). The agreements are locked first, so
     * a move-out or fee change recorded meanwhile is either seen here or corrects after this batch.
     */
    private ChargeRunQueries.Counts charge(UUID run, YearMonth month, List<UUID> agreements) {
        charges.lock(agreements);
        Map<UUID, ChargeCorrections.Booked> booked = charges.booked(agreements, month);
        LocalDate due = ChargeCalculator.dueDate(month, config.dueDay());
        List<NewLine> lines = new ArrayList<>();
        for (ChargeBasis b : charges.bases(agreements, month)) {
            ChargeCorrections.line(month, b.from(), b.to(), b.fees(), booked.getOrDefault(b.agreementId(), Booked.NOTHING),
                            b.collects())
                    .ifPresent(l -> lines.add(new NewLine(b.agreementId(), month, l, due)));
        }
        int written = charges.insert(run, ChargeCause.RUN, Clocks.today(clock), lines);
        int corrected = (int) lines.stream().filter(l -> l.line().kind() == ChargeCorrections.LineKind.CORRECTION).count();
        return new ChargeRunQueries.Counts(written - corrected, corrected, agreements.get(0), agreements.get(agreements.size() - 1));
    }

    public ChargeRunView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> runs.find(id)
                .orElseThrow(() -> ProblemException.notFound(EgenbetalingTexts.CHARGE_RUN, id)));
    }

    /** The month's run starts by itself early on the first day of the month. */
    @Scheduled(cron = "{bta.charges.cron}", identity = "monthly-charge-run")
    @OnOneInstance
    void monthly() {
        YearMonth month = YearMonth.from(Clocks.today(clock));
        if (QuarkusTransaction.requiringNew().call(() -> runs.hasRun(month))) {
            // another instance's firing ran the month already (the lock is held only while a run starts); one running
            // now is refused by start() below
            LOG.infof("Monthly charge run for %s not started here: it has run", month);
            return;
        }
        try {
            start(month, "system");
        } catch (ProblemException running) {
            // started already, by okonomi or by another instance's schedule: that run does the month
            LOG.infof("Monthly charge run for %s not started here: %s", month, running.getMessage());
        }
    }
}
