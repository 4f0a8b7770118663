package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.jobs.JobRunner;
import no.kommune.bta.common.jobs.JobRunners;
import no.kommune.bta.common.jobs.JobTable;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ImportView;

/**
 * Bank file imports (R-PAY-3). The whole file is checked before anything is written. A file of up
 * to {@code bta.payments.import.sync-limit} payments is imported in one transaction; a larger one
 * runs as a job of {@link JobRunner} in batches, one transaction each, with progress on the import.
 * Every payment is stored once by its archive reference, so importing a file again after a failure
 * finishes it. A payment line whose amount is outside the bounds of one payment (1 øre to
 * {@link EgenbetalingDtos#MAX_PAYMENT_ORE}) is refused on its own: counted as rejected and named in the report,
 * while the rest of the file is imported.
 */
@ApplicationScoped
public class BankImportService {

    @Inject
    ImportQueries imports;

    @Inject
    PaymentQueries payments;

    @Inject
    EgenbetalingConfig.Payments config;

    @Inject
    JobRunners runners;

    private JobRunner<OcrFile.Item, ImportQueries.Counts> jobs;

    @PostConstruct
    void init() {
        jobs = runners.create("bank-import", imports, EgenbetalingTexts.BANK_IMPORT_STALLED);
    }

    public ImportView start(String filename, String content, String by) {
        List<OcrFile.Item> items = parse(content);
        UUID id = UUID.randomUUID();
        JobTable.NewClaim claim = jobs.newClaim();
        if (items.size() <= config.bankImport().syncLimit()) {
            // One command, one transaction: the report or nothing.
            return QuarkusTransaction.requiringNew().call(() -> {
                imports.insert(id, filename, items.size(), by, null, claim);
                jobs.runNow(id, claim, items, batch -> store(id, batch, by));
                return get(id);
            });
        }
        QuarkusTransaction.requiringNew()
                .run(() -> imports.insert(id, filename, items.size(), by, content, claim));
        ImportView accepted = get(id);
        jobs.submit(id, claim, config.bankImport().batchSize(), new JobRunner.Work<>(() -> items, batch -> store(id, batch, by)));
        return accepted;
    }

    private static List<OcrFile.Item> parse(String content) {
        try {
            return OcrFile.parse(content);
        } catch (OcrFile.Invalid e) {
            throw ProblemException.of(ProblemType.OCR_FILE_INVALID, "line " + e.line, e.getMessage());
        }
    }

    /**
     * Takes one import whose instance stopped (its lease ran out) and goes on with the lines none of its committed
     * batches covered, reading the file kept on its row; an import from before files were kept cannot go on (FAILED,
     * read it again). An import from before V47 covered its first {@code done} lines; that is recorded as one range
     * first, so a second resume skips them too.
     */
    int resumeExpired() {
        return jobs.resumeExpired(config.bankImport().batchSize(), claimed -> imports.resumeOf(claimed.job())
                .filter(r -> r.content() != null)
                .map(r -> {
                    List<OcrFile.Item> all = parse(r.content());
                    List<OcrFile.Item> rest;
                    if (r.handled().isEmpty()) {
                        int done = Math.min(claimed.done(), all.size());
                        if (done > 0) imports.recordHandled(claimed.job(), all.get(0).line(), all.get(done - 1).line());
                        rest = List.copyOf(all.subList(done, all.size()));
                    } else {
                        rest = all.stream().filter(i -> !r.handled(i.line())).toList();
                    }
                    return new JobRunner.Work<>(() -> rest, batch -> store(claimed.job(), batch, r.by()));
                }));
    }

    /**
     * Registers the payments of one batch in one statement and counts them; a line whose amount is outside the
     * bounds is refused alone.
     */
    private ImportQueries.Counts store(UUID id, List<OcrFile.Item> batch, String by) {
        List<String> rejections = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> kids = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        List<LocalDate> paidOn = new ArrayList<>();
        for (OcrFile.Item item : batch) {
            if (!withinBounds(item.amountOre())) {
                rejections.add(EgenbetalingTexts.lineOutsideBounds(item.line(), item.amountOre(), EgenbetalingDtos.MAX_PAYMENT_ORE));
                continue;
            }
            references.add(item.sourceReference().strip());
            kids.add(item.kid() == null ? null : item.kid().strip());
            amounts.add(item.amountOre());
            paidOn.add(item.paymentDate());
        }
        int first = batch.isEmpty() ? 0 : batch.get(0).line(), last = batch.isEmpty() ? 0 : batch.get(batch.size() - 1).line();
        if (references.isEmpty()) return new ImportQueries.Counts(0, 0, 0, 0, rejections, first, last);
        PaymentQueries.BatchStored s = payments.insertBatch(PaymentChannel.OCR, references, kids, amounts, paidOn, id, by);
        return new ImportQueries.Counts(s.matched(), s.stored() - s.matched(), references.size() - s.stored(), s.amountOre(),
                rejections, first, last);
    }

    /** What one payment may be: at least 1 øre, at most {@link EgenbetalingDtos#MAX_PAYMENT_ORE}. */
    static boolean withinBounds(long amountOre) {
        return amountOre >= 1 && amountOre <= EgenbetalingDtos.MAX_PAYMENT_ORE;
    }

    public ImportView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> imports.find(id)
                .orElseThrow(() -> ProblemException.notFound(EgenbetalingTexts.BANK_IMPORT, id)));
    }

}
