package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a charge run or bank import is claimed from the database with a lease; when the instance running it
 * dies (the lease runs out), another instance claims it and resumes it without what its committed batches covered
 * (issue 16: batches are written side by side and commit in any order), and the instance that lost the claim can
 * write nothing more. Here the dead instance is a row written as it would have left it.
 */
@QuarkusTest
class JobResumeTests {

    @Inject
    StalledJobs stalled;

    @Inject
    ImportQueries imports;

    /** Sweeps (as the schedule would) until the job has left the dead instance's claim. */
    private void sweepUntilTaken(String table, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            stalled.resumeExpired();
            Object by = Db.query("SELECT claimed_by FROM " + table + " WHERE id = ?::uuid", id).get(0).get("claimed_by");
            if (!"pod-a/1".equals(by)) return;
            Thread.sleep(100);
        }
        throw new AssertionError(table + " " + id + " was never taken over");
    }

    private static String file(String prefix, int lines) {
        List<EgenbetalingFlowTests.Ocr.Item> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            items.add(new EgenbetalingFlowTests.Ocr.Item(i + 1, "99999999999", 10_000 + i, LocalDate.of(2026, 8, 20),
                    prefix + String.format("%05d", i)));
        }
        return EgenbetalingFlowTests.Ocr.file(items);
    }

    @Test
    void R_PAY_3_an_import_whose_instance_died_is_resumed_after_its_last_batch_and_the_old_claim_writes_nothing()
            throws Exception {
        String id = UUID.randomUUID().toString(), oldClaim = UUID.randomUUID().toString();
        String prefix = "R" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        prefix = (prefix + "XXXX").substring(0, 4);
        // instance pod-a handled 20 of 60 lines, then died: its lease ran out a second ago
        Db.update("INSERT INTO bank_import (id, filename, state, total, done, created_by, content, claim, claimed_by, lease_until) "
                        + "VALUES (?::uuid, 'halv.txt', 'RUNNING', 60, 20, 'okonomi1', ?, ?::uuid, 'pod-a/1', now() - interval '1 second')",
                id, file(prefix, 60), oldClaim);
        sweepUntilTaken("bank_import", id);
        Map<String, Object> done = EgenbetalingFlowTests.awaitJob("/api/egenbetaling/imports/" + id);
        assertEquals("DONE", done.get("state"), String.valueOf(done));
        assertEquals(60, done.get("done"));
        // lines 21 to 60 were stored by this instance, once each; the 20 the dead instance handled were not read again
        List<Map<String, Object>> stored = Db.query("SELECT source_reference FROM payment WHERE import_id = ?::uuid "
                + "ORDER BY source_reference", id);
        assertEquals(40, stored.size());
        assertTrue(String.valueOf(stored.get(0).get("source_reference")).contains(prefix + "00020"), String.valueOf(stored.get(0)));
        Map<String, Object> row = Db.query("SELECT attempts, content, claimed_by FROM bank_import WHERE id = ?::uuid", id).get(0);
        assertEquals(2, row.get("attempts"));
        // the dead instance's 20 lines (from before V47: a count, no ranges) are recorded as one range when resumed, so a
        // second resume skips them too
        List<OcrFile.Item> parsed = OcrFile.parse(file(prefix, 60));
        assertEquals(1, Db.query("SELECT 1 FROM bank_import_batch WHERE import_id = ?::uuid AND first_line = ? AND last_line = ?",
                id, parsed.get(0).line(), parsed.get(19).line()).size());
        assertNull(row.get("content"), "the file is not kept once the import is done");
        // operations see the progress: the items committed by this instance's batches (bta_job_items_total)
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("bta_job_items_total\\{job=\"bank-import\"[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        assertTrue(m.find(), "bta_job_items_total for bank-import");
        assertTrue(Double.parseDouble(m.group(1)) >= 40, m.group(0));
        // the dead instance, had it come back, could write no progress with its old claim
        assertFalse(QuarkusTransaction.requiringNew().call(() -> imports.recordProgress(UUID.fromString(id), UUID.fromString(oldClaim),
                1, new ImportQueries.Counts(0, 0, 0, 0, List.of(), 0, 0), Duration.ofMinutes(1))));
    }

    @Test
    void R_PAY_3_an_import_whose_batches_committed_out_of_order_is_resumed_without_exactly_the_lines_they_covered()
            throws Exception {
        String id = UUID.randomUUID().toString();
        String prefix = "Q" + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        prefix = (prefix + "XXXX").substring(0, 4);
        String content = file(prefix, 60);
        List<OcrFile.Item> items = OcrFile.parse(content);
        // two writers side by side: the batches of payments 1-10 and 31-40 committed, those of 11-20 and 21-30 had
        // not when the instance died (done counts 20 items, not the first 20)
        Db.update("INSERT INTO bank_import (id, filename, state, total, done, created_by, content, claim, claimed_by, lease_until) "
                        + "VALUES (?::uuid, 'hull.txt', 'RUNNING', 60, 20, 'okonomi1', ?, gen_random_uuid(), 'pod-a/1', now() - interval '1 second')",
                id, content);
        Db.update("INSERT INTO bank_import_batch (import_id, first_line, last_line) VALUES (?::uuid, ?, ?), (?::uuid, ?, ?)",
                id, items.get(0).line(), items.get(9).line(), id, items.get(30).line(), items.get(39).line());
        sweepUntilTaken("bank_import", id);
        Map<String, Object> done = EgenbetalingFlowTests.awaitJob("/api/egenbetaling/imports/" + id);
        assertEquals("DONE", done.get("state"), String.valueOf(done));
        assertEquals(60, done.get("done"));
        assertEquals(0, done.get("duplicates"), "no line a committed batch covered was read again");
        List<String> stored = Db.query("SELECT source_reference FROM payment WHERE import_id = ?::uuid ORDER BY source_reference", id)
                .stream().map(r -> String.valueOf(r.get("source_reference"))).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            if (i < 10 || (i >= 30 && i < 40)) continue;
            expected.add(items.get(i).sourceReference());
        }
        assertEquals(expected.stream().sorted().toList(), stored);
        // every payment's line is now inside exactly one committed batch's range (here the resumed batches of 10 fall
        // between the recorded ones)
        List<Map<String, Object>> ranges = Db.query("SELECT first_line, last_line FROM bank_import_batch WHERE import_id = ?::uuid", id);
        for (OcrFile.Item item : items) {
            long inside = ranges.stream().filter(r -> (int) r.get("first_line") <= item.line() && item.line() <= (int) r.get("last_line"))
                    .count();
            assertEquals(1L, inside, "line " + item.line() + " in " + inside + " ranges");
        }
    }

    @Test
    void R_PAY_3_an_import_whose_file_was_not_kept_is_failed_with_what_to_do_and_a_live_lease_is_left_alone()
            throws Exception {
        String lost = UUID.randomUUID().toString(), live = UUID.randomUUID().toString();
        Db.update("INSERT INTO bank_import (id, filename, state, total, done, created_by, claim, claimed_by, lease_until) "
                + "VALUES (?::uuid, 'gammel.txt', 'RUNNING', 1000, 400, 'okonomi1', NULL, 'pod-a/1', NULL)", lost);
        Db.update("INSERT INTO bank_import (id, filename, state, total, created_by, content, claim, claimed_by, lease_until) "
                + "VALUES (?::uuid, 'ny.txt', 'RUNNING', 1000, 'okonomi1', 'x', gen_random_uuid(), 'pod-b/1', now() + interval '1 hour')",
                live);
        try {
            sweepUntilTaken("bank_import", lost);
            Api.as("okonomi1").get("/api/egenbetaling/imports/" + lost).then().statusCode(200).body("state", equalTo("FAILED"))
                    .body("done", equalTo(400)).body("error", containsString("Les inn filen igjen"));
            // an import whose instance is alive (its lease holds) is not taken
            Map<String, Object> row = Db.query("SELECT state, claimed_by, attempts FROM bank_import WHERE id = ?::uuid", live).get(0);
            assertEquals("RUNNING", row.get("state"));
            assertEquals("pod-b/1", row.get("claimed_by"));
            assertEquals(1, row.get("attempts"));
        } finally {
            Db.update("UPDATE bank_import SET state = 'FAILED', finished_at = now(), content = NULL WHERE id = ?::uuid", live);
        }
    }

    @Inject
    ChargeQueries charges;

    @Test
    void R_PAY_1_a_charge_run_whose_instance_died_goes_on_after_the_last_agreement_it_handled() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        java.time.YearMonth month = java.time.YearMonth.from(today);
        // at least one agreement to charge this month: the resident the sanction tests share at Osloveien 155 (a BTA
        // facility that collects), so that no unit is taken from the tests that need vacant ones
        UUID shared = UUID.fromString(no.kommune.bta.sanction.SanctionFlowTests.sharedAgreement());
        List<UUID> all = QuarkusTransaction.requiringNew().call(() -> charges.eligible(month, null));
        assertTrue(all.contains(shared), "the shared resident is charged this month");
        // the order a run goes in, and where a resumed run starts: after the agreement named
        assertEquals(all.subList(1, all.size()), QuarkusTransaction.requiringNew().call(() -> charges.eligible(month, all.get(0))));

        String id = UUID.randomUUID().toString();
        // the dead instance got past the last of them (and of any id there could be): nothing is left to charge
        Db.update("INSERT INTO charge_run (id, period, state, total, done, created, started_by, claim, claimed_by, lease_until, resume_after) "
                + "VALUES (?::uuid, ?, 'RUNNING', 7, 7, 7, 'system', gen_random_uuid(), 'pod-a/1', "
                + "now() - interval '1 second', 'ffffffff-ffff-ffff-ffff-ffffffffffff')", id, month.atDay(1));
        try {
            sweepUntilTaken("charge_run", id);
            Map<String, Object> run = EgenbetalingFlowTests.awaitJob("/api/egenbetaling/charge-runs/" + id);
            assertEquals("DONE", run.get("state"), String.valueOf(run));
            assertEquals(7, run.get("done"), "no agreement after the last one handled");
            assertEquals(7, run.get("created"));
            Map<String, Object> row = Db.query("SELECT attempts, claimed_by FROM charge_run WHERE id = ?::uuid", id).get(0);
            assertEquals(2, row.get("attempts"));
            assertNotEquals("pod-a/1", row.get("claimed_by"));
            assertTrue(Db.query("SELECT 1 FROM charge WHERE run_id = ?::uuid", id).isEmpty(), "the resumed run charged nobody");
        } finally {
            // other tests' move-ins charge the months a run exists for (R-PAY-7): this one never happened
            Db.update("DELETE FROM charge_run WHERE id = ?::uuid AND NOT EXISTS (SELECT 1 FROM charge WHERE run_id = ?::uuid)", id, id);
        }
    }

    @Test
    void R_PAY_1_a_charge_run_resumed_after_out_of_order_batches_handles_only_the_agreements_they_did_not_cover()
            throws Exception {
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Oslo"));
        UUID shared = UUID.fromString(no.kommune.bta.sanction.SanctionFlowTests.sharedAgreement());
        List<UUID> all = QuarkusTransaction.requiringNew().call(() -> charges.eligible(month, null));
        int k = all.indexOf(shared);
        assertTrue(k >= 0, "the shared resident is charged this month");
        String id = UUID.randomUUID().toString();
        // the dead instance's committed batches covered every agreement but the shared resident's (one before it, one
        // after it, as two writers would leave them); its 7 were counted
        Db.update("INSERT INTO charge_run (id, period, state, total, done, created, started_by, claim, claimed_by, lease_until) "
                + "VALUES (?::uuid, ?, 'RUNNING', 7, 7, 7, 'system', gen_random_uuid(), 'pod-a/1', now() - interval '1 second')",
                id, month.atDay(1));
        if (k > 0) {
            Db.update("INSERT INTO charge_run_batch (run_id, first_agreement, last_agreement) VALUES (?::uuid, ?::uuid, ?::uuid)",
                    id, "00000000-0000-0000-0000-000000000000", all.get(k - 1).toString());
        }
        if (k < all.size() - 1) {
            Db.update("INSERT INTO charge_run_batch (run_id, first_agreement, last_agreement) VALUES (?::uuid, ?::uuid, ?::uuid)",
                    id, all.get(k + 1).toString(), "ffffffff-ffff-ffff-ffff-ffffffffffff");
        }
        try {
            sweepUntilTaken("charge_run", id);
            Map<String, Object> run = EgenbetalingFlowTests.awaitJob("/api/egenbetaling/charge-runs/" + id);
            assertEquals("DONE", run.get("state"), String.valueOf(run));
            assertEquals(8, run.get("done"), "the one agreement no committed batch covered, and no other");
            assertEquals(1L, Db.query("SELECT count(*) AS n FROM charge_run_batch WHERE run_id = ?::uuid AND first_agreement = ?::uuid "
                    + "AND last_agreement = ?::uuid", id, shared.toString(), shared.toString()).get(0).get("n"));
            assertTrue(Db.query("SELECT 1 FROM charge WHERE run_id = ?::uuid AND agreement_id <> ?::uuid", id, shared.toString())
                    .isEmpty(), "nobody else charged by the resumed run");
        } finally {
            Db.update("DELETE FROM charge_run WHERE id = ?::uuid AND NOT EXISTS (SELECT 1 FROM charge WHERE run_id = ?::uuid)", id, id);
        }
    }

    @Test
    void R_PAY_1_a_resumed_run_compares_agreement_ids_in_the_order_the_database_sorts_them() {
        UUID low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        String sorted = (String) Db.query("SELECT string_agg(u::text, ',' ORDER BY u) AS s FROM unnest(ARRAY[?::uuid, ?::uuid]) u",
                high.toString(), low.toString()).get(0).get("s");
        assertEquals(low + "," + high, sorted, "PostgreSQL's order");
        assertTrue(ChargeRunQueries.Resume.inDatabaseOrder(low, high) < 0);
        ChargeRunQueries.Resume r = new ChargeRunQueries.Resume(java.time.YearMonth.of(2026, 1), null,
                List.of(new ChargeRunQueries.Handled(UUID.fromString("00000000-0000-0000-0000-000000000000"), low)));
        assertTrue(r.handled(low));
        assertFalse(r.handled(high), "an id from 8000… comes after one from 7fff…, as in the database");
    }

    @Test
    void R_PAY_3_a_job_this_version_claimed_cannot_be_claimed_by_an_older_instance_that_would_resume_it_by_its_count() {
        String id = UUID.randomUUID().toString();
        Db.update("INSERT INTO bank_import (id, filename, state, total, done, created_by, content, claim, ranges_claim, claimed_by, "
                + "lease_until) VALUES (?::uuid, 'ny.txt', 'RUNNING', 60, 20, 'okonomi1', 'x', gen_random_uuid(), NULL, 'pod-a/1', "
                + "now() - interval '1 second')", id);
        try {
            // a row an older instance started (no ranges_claim) may be claimed the old way
            Db.update("UPDATE bank_import SET claim = gen_random_uuid(), attempts = attempts + 1 WHERE id = ?::uuid", id);
            Db.update("UPDATE bank_import SET ranges_claim = claim WHERE id = ?::uuid", id);
            // once this version holds it, a claim that does not repeat itself in ranges_claim (an older instance's) fails
            RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> Db.update(
                    "UPDATE bank_import SET claim = gen_random_uuid(), attempts = attempts + 1 WHERE id = ?::uuid", id));
            assertTrue(String.valueOf(refused.getMessage()).contains("ranges"), refused.getMessage());
            // this version's claim repeats itself and passes
            String mine = UUID.randomUUID().toString();
            Db.update("UPDATE bank_import SET claim = ?::uuid, ranges_claim = ?::uuid WHERE id = ?::uuid", mine, mine, id);
        } finally {
            Db.update("UPDATE bank_import SET state = 'FAILED', finished_at = now(), content = NULL WHERE id = ?::uuid", id);
        }
    }

    @Inject
    ChargeRunService chargeRuns;

    @Test
    void R_PAY_1_the_monthly_schedule_leaves_a_month_alone_that_another_instance_has_run() {
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Oslo"));
        String id = UUID.randomUUID().toString();
        // another instance's firing ran the month a moment ago (it held the lock only while the run started)
        Db.update("INSERT INTO charge_run (id, period, state, started_by, finished_at) VALUES (?::uuid, ?, 'DONE', 'system', now())",
                id, month.atDay(1));
        try {
            long before = (long) Db.query("SELECT count(*) AS n FROM charge_run WHERE period = ?", month.atDay(1)).get(0).get("n");
            chargeRuns.monthly();
            long after = (long) Db.query("SELECT count(*) AS n FROM charge_run WHERE period = ?", month.atDay(1)).get(0).get("n");
            assertEquals(before, after, "no second run of the month from the schedule");
        } finally {
            Db.update("DELETE FROM charge_run WHERE id = ?::uuid", id);
        }
    }
}
