package no.kommune.bta.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import no.kommune.bta.agreement.AgreementService;
import no.kommune.bta.audit.AccessLogWriter;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.jobs.OnOneInstance;
import no.kommune.bta.egenbetaling.LedgerService;
import no.kommune.bta.followup.AssessmentService;
import no.kommune.bta.followup.FollowUpService;
import no.kommune.bta.intake.IntakeService;
import no.kommune.bta.person.PersonService;
import no.kommune.bta.retention.PersonalData.Category;
import no.kommune.bta.retention.PersonalData.Rule;
import no.kommune.bta.sanction.SanctionService;
import no.kommune.bta.sanction.VisitorBanService;
import org.jboss.logging.Logger;

/**
 * R-ACC-5 (M30): a configurable period after a person's last activity (view {@code retention_candidate}) — with no
 * agreement running, no open application, nothing owed either way and no appeal undecided — the person is forgotten:
 * every column {@link PersonalData} lists goes, in every table, each feature clearing its own tables. Id, sex, birth
 * year, dates and codes stay, so the statistics stay the same. One transaction per batch of persons, each person
 * written to the access log in it; a person that fails is left as they were and tried again the next night.
 */
@ApplicationScoped
public class RetentionService {
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** One category that will be cleared, and how. */
    public record Clearing(Category category, String label, String what) {
    }

    public record Candidate(UUID personId, LocalDate lastActivityOn, LastActivity lastActivity, LocalDate dueOn, String reason,
                            List<Clearing> categories) {
    }

    public record Preview(List<Candidate> items, int page, int size, long totalItems, int retentionDays, LocalDate cutoff) {
    }

    public record Run(int anonymised, int failed, int visitorBans, LocalDate cutoff) {
    }

    @Inject
    RetentionQueries queries;

    @Inject
    PersonService persons;

    @Inject
    IntakeService intakes;

    @Inject
    AgreementService agreements;

    @Inject
    FollowUpService followUp;

    @Inject
    AssessmentService assessments;

    @Inject
    SanctionService sanctions;

    @Inject
    VisitorBanService visitorBans;

    @Inject
    LedgerService ledgers;

    @Inject
    Clock clock;

    @Inject
    AccessLogWriter accessLog;

    @Inject
    RetentionConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(Paging paging) {
        int days = config.days();
        LocalDate cutoff = cutoff();
        List<RetentionQueries.Due> due = queries.due(cutoff, paging.size(), paging.offset());
        Map<UUID, Set<Category>> found = queries.categoriesOf(due.stream().map(RetentionQueries.Due::personId).toList());
        List<Candidate> items = due.stream()
                .map(d -> new Candidate(d.personId(), d.lastActivityOn(), d.lastActivity(), d.lastActivityOn().plusDays(days),
                        RetentionTexts.reason(d.lastActivity(), d.lastActivityOn(), days),
                        clearings(found.getOrDefault(d.personId(), Set.of()))))
                .toList();
        return new Preview(items, paging.page(), paging.size(), queries.countDue(cutoff), days, cutoff);
    }

    /**
     * Forgets everyone due now, {@code bta.retention.batch-size} persons to a transaction (one statement per kind of record for the
     * batch), {@code bta.retention.workers} batches at a time, and the visitor bans whose period has run out. A batch
     * that fails is tried again one person at a time, so one person who cannot be forgotten never holds back the
     * others: they are left as they were and tried again next run.
     */
    public Run anonymiseDue() {
        LocalDate cutoff = cutoff();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> queries.dueIds(cutoff));
        List<List<UUID>> batches = new ArrayList<>();
        int size = Math.max(1, config.batchSize());
        for (int from = 0; from < due.size(); from += size) batches.add(due.subList(from, Math.min(due.size(), from + size)));
        int[] counts = inParallel(batches, batch -> forgetBatch(batch, cutoff));
        int done = counts[0], failed = counts[1];
        int bans = visitorBans.anonymiseEndedBefore(cutoff);
        if (done + failed + bans > 0) LOG.infof("Retention: %d person(s) anonymised, %d failed, %d visitor ban(s)", done, failed, bans);
        return new Run(done, failed, bans, cutoff);
    }

    /**
     * Each batch on one of {@code bta.retention.workers} threads of this run (no request context: the batches touch
     * none), summed: {forgotten, failed}. The persons of two batches are never the same; the rows two batches can
     * share (an incident with residents in both, an entry on a moving day) are locked in id order, and the access
     * log's head last, so two batches wait for each other and never deadlock.
     */
    private int[] inParallel(List<List<UUID>> batches, Function<List<UUID>, int[]> work) {
        int threads = Math.max(1, Math.min(config.workers(), batches.size()));
        if (threads == 1) return batches.stream().map(work).reduce(new int[2], RetentionService::sum);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("retention").daemon().factory());
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (List<UUID> batch : batches) results.add(pool.submit(() -> work.apply(batch)));
            int[] total = new int[2];
            for (Future<int[]> f : results) total = sum(total, f.get());
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Retention was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            awaitEnd(pool);
        }
    }

    /** A run that stops early returns when its batches have: none is left writing after it. */
    private static void awaitEnd(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) LOG.warn("Retention: a batch was still running 5 minutes after the run stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int[] sum(int[] a, int[] b) {
        return new int[] {a[0] + b[0], a[1] + b[1]};
    }

    /** One batch in its transaction; if it fails, its persons one by one. Returns {forgotten, failed}. */
    private int[] forgetBatch(List<UUID> batch, LocalDate cutoff) {
        try {
            return new int[] {QuarkusTransaction.requiringNew().call(() -> forget(batch, cutoff)), 0};
        } catch (RuntimeException batchFailed) {
            LOG.warnf("Retention: a batch of %d person(s) failed (%s); trying them one by one", batch.size(),
                    batchFailed.getClass().getSimpleName());
            int done = 0, failed = 0;
            for (UUID id : batch) {
                if (Thread.currentThread().isInterrupted()) break; // the run stops: the rest are due again next run
                try {
                    done += QuarkusTransaction.requiringNew().call(() -> forget(List.of(id), cutoff));
                } catch (RuntimeException e) {
                    failed++;
                    LOG.errorf(e, "Could not anonymise person %s; left as it was, tried again next run", id);
                }
            }
            return new int[] {done, failed};
        }
    }

    @Scheduled(cron = "{bta.retention.cron}", identity = "retention")
    @OnOneInstance
    void nightly() {
        anonymiseDue();
    }

    /**
     * In the batch's own transaction: those still due (under their row locks), then every feature forgets its part
     * for all of them. The access-log rows are written last, in the same transaction (the log writer joins a running
     * transaction): the persons are forgotten and logged together or not at all. Returns how many were forgotten.
     */
    private int forget(List<UUID> personIds, LocalDate cutoff) {
        List<UUID> due = queries.lockStillDue(personIds, cutoff);
        if (due.isEmpty()) return 0;
        intakes.anonymise(due);
        agreements.anonymise(due);
        followUp.anonymise(due);
        assessments.anonymise(due);
        sanctions.anonymise(due);
        ledgers.anonymise(due);
        persons.anonymise(due);
        accessLog.writeJob("retention", "anonymise", due);
        return due.size();
    }

    private LocalDate cutoff() {
        return Clocks.today(clock).minusDays(config.days());
    }

    /** The categories found, in the registry's order, each with what happens to it. */
    private static List<Clearing> clearings(Set<Category> found) {
        List<Clearing> out = new ArrayList<>();
        for (Category c : Category.values()) {
            if (!found.contains(c)) continue;
            Set<String> what = new LinkedHashSet<>();
            for (Rule r : PersonalData.withThePerson()) if (r.category() == c) what.add(r.treatment().text);
            out.add(new Clearing(c, c.label, String.join("; ", what)));
        }
        return out;
    }
}
