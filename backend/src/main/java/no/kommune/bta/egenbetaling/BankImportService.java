package no.kommune.bta.egenbetaling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.Workers;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ImportView;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentView;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Bank file imports (R-PAY-3). The whole file is checked before anything is written. A file of up
 * to {@code bta.payments.import.sync-limit} payments is imported in one transaction; a larger one
 * runs as a job in batches, one transaction each, with progress on the import. Every payment is
 * stored once by its archive reference, so importing a file again after a failure finishes it.
 */
@ApplicationScoped
public class BankImportService {
    private static final Logger LOG = Logger.getLogger(BankImportService.class);
    private static final int UNMATCHED_SHOWN = 100;

    private final ExecutorService worker = Workers.single("bank-import");

    @Inject
    EntityManager em;

    @Inject
    PaymentService payments;

    @ConfigProperty(name = "bta.payments.import.sync-limit", defaultValue = "500")
    int syncLimit;

    @ConfigProperty(name = "bta.payments.import.batch-size", defaultValue = "200")
    int batchSize;

    public ImportView start(String filename, String content, String by) {
        List<OcrFile.Item> items;
        try {
            items = OcrFile.parse(content);
        } catch (OcrFile.Invalid e) {
            throw new ProblemException(422, "ocr-file-invalid", "Filen er ikke en gyldig OCR-fil", e.getMessage(), "R-PAY-3",
                    List.of(new Problem.Violation("line " + e.line, e.getMessage())));
        }
        UUID id = UUID.randomUUID();
        if (items.size() <= syncLimit) {
            // One command, one transaction: the report or nothing.
            return QuarkusTransaction.requiringNew().call(() -> {
                insert(id, filename, items.size(), by);
                handle(id, items, by);
                finish(id);
                return get(id);
            });
        }
        QuarkusTransaction.requiringNew().run(() -> insert(id, filename, items.size(), by));
        ImportView accepted = get(id);
        worker.submit(() -> execute(id, items, by));
        return accepted;
    }

    void execute(UUID id, List<OcrFile.Item> items, String by) {
        try {
            for (int from = 0; from < items.size(); from += batchSize) {
                List<OcrFile.Item> batch = items.subList(from, Math.min(items.size(), from + batchSize));
                QuarkusTransaction.requiringNew().run(() -> handle(id, batch, by));
            }
            QuarkusTransaction.requiringNew().run(() -> finish(id));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Bank file import %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "UPDATE bank_import SET state = 'FAILED', finished_at = now(), error = :e WHERE id = :id")
                    .setParameter("e", String.valueOf(e.getMessage())).setParameter("id", id).executeUpdate());
        }
    }

    private void insert(UUID id, String filename, int total, String by) {
        em.createNativeQuery("INSERT INTO bank_import (id, filename, state, total, created_by) VALUES (:id, :f, 'RUNNING', :t, :by)")
                .setParameter("id", id).setParameter("f", filename).setParameter("t", total).setParameter("by", by).executeUpdate();
    }

    /** Registers the payments of one batch and adds them to the import's counts. */
    private void handle(UUID id, List<OcrFile.Item> batch, String by) {
        int matched = 0, unmatched = 0, duplicates = 0;
        long amount = 0;
        for (OcrFile.Item item : batch) {
            PaymentService.Stored r = payments.store("OCR", item.sourceReference(), item.kid(), item.amountOre(),
                    item.paymentDate(), id, by);
            if (r.duplicate()) {
                duplicates++;
                continue;
            }
            amount += item.amountOre();
            if (r.matched()) matched++;
            else unmatched++;
        }
        em.createNativeQuery("""
                        UPDATE bank_import SET done = done + :n, matched = matched + :m, unmatched = unmatched + :u,
                               duplicates = duplicates + :d, amount_ore = amount_ore + :a, updated_at = now() WHERE id = :id""")
                .setParameter("n", batch.size()).setParameter("m", matched).setParameter("u", unmatched).setParameter("d", duplicates)
                .setParameter("a", amount).setParameter("id", id).executeUpdate();
    }

    private void finish(UUID id) {
        em.createNativeQuery("UPDATE bank_import SET state = 'DONE', finished_at = now() WHERE id = :id").setParameter("id", id)
                .executeUpdate();
    }

    public ImportView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT id, filename, state, total, done, matched, unmatched, duplicates, amount_ore, created_at, created_by,
                                   finished_at, error FROM bank_import WHERE id = :id""").setParameter("id", id).getResultList();
            if (rows.isEmpty()) throw ProblemException.notFound("Innlesingen", id);
            Object[] r = rows.get(0);
            @SuppressWarnings("unchecked")
            List<UUID> open = em.createNativeQuery("""
                            SELECT id FROM payment WHERE import_id = :id AND agreement_id IS NULL ORDER BY registered_at, id LIMIT :l""")
                    .setParameter("id", id).setParameter("l", UNMATCHED_SHOWN).getResultList();
            List<PaymentView> unmatched = payments.views(open);
            return new ImportView((UUID) r[0], (String) r[1], (String) r[2], num(r[3]), num(r[4]), num(r[5]), num(r[6]), num(r[7]),
                    ((Number) r[8]).longValue(), SqlValues.instant(r[9]), (String) r[10], SqlValues.instant(r[11]), (String) r[12],
                    unmatched);
        });
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
