package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.common.jobs.JobState;
import no.kommune.bta.common.jobs.JobTable.NewClaim;
import no.kommune.bta.egenbetaling.ClerkDtos.ImportSummary;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ImportView;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentView;

/** Bank file imports (table bank_import): one row per file, with its state, progress and counts. */
@ApplicationScoped
public class ImportQueries extends JobRowQueries<ImportQueries.Counts> {
    /** An import's report lists at most this many of its unmatched payments. */
    static final int UNMATCHED_SHOWN = 100;

    @Inject
    PaymentQueries payments;

    /** An import's report keeps at most this many of its rejected lines: those first in the file, whatever order its batches commit in. */
    static final int REJECTIONS_KEPT = 100;

    /**
     * What one batch of payments gave; duplicates add nothing to the amount; a rejected line says why. The batch
     * covered the file's lines {@code firstLine} to {@code lastLine} (0 and 0 for a batch of no lines): a resumed import
     * skips them.
     */
    public record Counts(int matched, int unmatched, int duplicates, long amountOre, List<String> rejections, int firstLine,
                         int lastLine) {
    }

    public ImportQueries() {
        super("bank_import");
    }

    /**
     * Records a new import as RUNNING, claimed by this instance. {@code content} is the file, kept while the import
     * runs so another instance can resume it (V32); null for an import done in the request's transaction.
     */
    public void insert(UUID id, String filename, int total, String by, String content, NewClaim claim) {
        Sql sql = claimed(Sql.of(em, "INSERT INTO bank_import (id, filename, state, total, created_by, " + CLAIM_COLUMNS
                        + (content == null ? "" : ", content") + ") VALUES (:id, :filename, :running, :total, :by, "
                        + CLAIM_VALUES + (content == null ? "" : ", :content") + ")")
                .bind("id", id).bind("filename", filename).bind("running", JobState.RUNNING).bind("total", total).bind("by", by),
                claim);
        if (content != null) sql.bind("content", content);
        sql.execute();
    }

    /**
     * What a claimed import needs to go on: its file (null if it was not kept), who started it, and the lines its
     * committed batches covered (first and last line of each; none for an import from before V47, which handled its
     * first {@code done} items).
     */
    public record Resume(String content, String by, List<int[]> handled) {
        /** Whether a committed batch of the import covered the line. */
        public boolean handled(int line) {
            return handled.stream().anyMatch(h -> h[0] <= line && line <= h[1]);
        }
    }

    public Optional<Resume> resumeOf(UUID id) {
        List<int[]> handled = Sql.of(em, "SELECT first_line, last_line FROM bank_import_batch WHERE import_id = :id ORDER BY first_line")
                .bind("id", id).list(r -> new int[] {r.intOr0("first_line"), r.intOr0("last_line")});
        return Sql.of(em, "SELECT content, created_by FROM bank_import WHERE id = :id").bind("id", id)
                .first(r -> new Resume(r.str("content"), r.str("created_by"), handled));
    }

    /** Records that the lines {@code first} to {@code last} of the import are handled (a committed batch's). */
    public void recordHandled(UUID id, int first, int last) {
        Sql.of(em, "INSERT INTO bank_import_batch (import_id, first_line, last_line) VALUES (:id, :first, :last)")
                .bind("id", id).bind("first", first).bind("last", last).execute();
    }

    @Override
    String finishing() {
        return ", content = NULL";
    }

    @Override
    public boolean recordProgress(UUID job, UUID claim, int items, Counts c, Duration lease) {
        boolean held = Sql.of(em, """
                        UPDATE bank_import SET done = done + :n, matched = matched + :matched, unmatched = unmatched + :unmatched,
                               duplicates = duplicates + :duplicates, amount_ore = amount_ore + :amount,
                               rejected = rejected + :rejected, rejections = ARRAY(SELECT r FROM unnest(rejections || CAST(:rejections AS text[])) r
                                                  ORDER BY CAST(substring(r FROM '[0-9]+') AS integer) NULLS LAST LIMIT %d),
                               lease_until = %s, updated_at = now()
                        WHERE id = :id AND claim = :claim AND state = :running""".formatted(REJECTIONS_KEPT, LEASE_FROM_NOW))
                .bind("n", items).bind("matched", c.matched()).bind("unmatched", c.unmatched()).bind("duplicates", c.duplicates())
                .bind("amount", c.amountOre()).bind("rejected", c.rejections().size())
                .bind("rejections", c.rejections().toArray(String[]::new)).bind("lease", seconds(lease)).bind("id", job)
                .bind("claim", claim).bind("running", JobState.RUNNING).execute() == 1;
        if (held && c.firstLine() > 0) recordHandled(job, c.firstLine(), c.lastLine());
        return held;
    }

    /** The import's report, with the first of its payments still unmatched. */
    public Optional<ImportView> find(UUID id) {
        return Sql.of(em, """
                        SELECT id AS import_id, filename, state, total, done, matched, unmatched, duplicates, rejected, amount_ore,
                               created_at, created_by, finished_at, error, rejections
                        FROM bank_import WHERE id = :id""").bind("id", id)
                .first(r -> view(r, payments.views(payments.unmatchedOfImport(id, UNMATCHED_SHOWN))));
    }

    /** The history for the clerk: one page of imports, the newest first, without their unmatched payments. */
    public List<ImportSummary> page(int size, int offset) {
        return Sql.of(em, """
                        SELECT id AS import_id, filename, state, total, done, matched, unmatched, duplicates, amount_ore, created_at,
                               created_by, finished_at, error
                        FROM bank_import ORDER BY created_at DESC, id LIMIT :size OFFSET :offset""")
                .bind("size", size).bind("offset", offset)
                .list(r -> new ImportSummary(r.uuid("import_id"), r.str("filename"), r.enumOf("state", JobState.class),
                        r.intOr0("total"), r.intOr0("done"), r.intOr0("matched"), r.intOr0("unmatched"), r.intOr0("duplicates"),
                        r.lngOr0("amount_ore"), r.instant("created_at"), r.str("created_by"), r.instant("finished_at"),
                        r.str("error")));
    }

    public long count() {
        return Sql.of(em, "SELECT count(*) FROM bank_import").number();
    }

    private static ImportView view(Row r, List<PaymentView> unmatched) {
        return new ImportView(r.uuid("import_id"), r.str("filename"), r.enumOf("state", JobState.class), r.intOr0("total"),
                r.intOr0("done"), r.intOr0("matched"), r.intOr0("unmatched"), r.intOr0("duplicates"), r.intOr0("rejected"),
                r.lngOr0("amount_ore"), r.instant("created_at"), r.str("created_by"), r.instant("finished_at"), r.str("error"),
                unmatched, r.strings("rejections"));
    }
}
