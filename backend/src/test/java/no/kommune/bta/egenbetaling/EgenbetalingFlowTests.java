package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.bekk.bekkopen.banking.KidnummerValidator;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** Charges, payments from every channel, arrears and plans through the API (R-PAY-1 … R-PAY-6). */
@QuarkusTest
public class EgenbetalingFlowTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String FAC = "valoyveien-9";
    static final String LEDER = "valoya-leder";

    static String vacant() {
        return Api.as("esikt1").queryParam("facility", FAC).queryParam("from", "2026-01-01").get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
    }

    /**
     * A tenant at Valøyveien 9 (fee 6 000 kr) who moved in on the given day. Valøyveien 9 is a tenancy facility, set
     * here to collect egenbetaling (R-PAY-8: the owner collects rent unless a facility is configured otherwise).
     */
    static String tenant(LocalDate movedIn) {
        Api.as("okonomi1").body(Map.of("collectsEgenbetaling", true)).post("/api/facilities/" + FAC + "/egenbetaling").then()
                .statusCode(200);
        return AgreementFlowTests.movedIn(LEDER, FAC, vacant(), movedIn);
    }

    /**
     * A tenant who moved in and out on the given days. Other test classes run other months in the same
     * database, and a month run before a move-in is charged at the move-in (R-PAY-7); an agreement that has
     * ended keeps its charges to its own months whatever runs there are.
     */
    static String tenantUntil(LocalDate movedIn, LocalDate movedOut) {
        String ag = tenant(movedIn);
        moveOut(ag, movedOut);
        return ag;
    }

    static void moveOut(String agreement, LocalDate on) {
        moveOut(LEDER, agreement, on);
    }

    /** Moved out on the day to private rental, as the resident's own wish, recorded by {@code leader}. */
    static void moveOut(String leader, String agreement, LocalDate on) {
        Api.as(leader).body(Map.of("movedOutOn", on.toString(), "destination", "PRIVATE_RENTAL", "terminationGround", "NONE"))
                .post("/api/agreements/" + agreement + "/move-out").then().statusCode(200);
    }

    public static Map<String, Object> run(String period) throws InterruptedException {
        String id = Api.as("okonomi1").body(Map.of("period", period)).post("/api/egenbetaling/charge-runs").then()
                .statusCode(202).extract().path("id");
        return awaitJob("/api/egenbetaling/charge-runs/" + id);
    }

    /** Follows a background job (charge run, bank import) until it is no longer RUNNING. */
    static Map<String, Object> awaitJob(String path) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Map<String, Object> r = Api.as("okonomi1").get(path).then().statusCode(200).extract().jsonPath().getMap("");
            if (!"RUNNING".equals(r.get("state"))) return r;
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not finish");
    }

    static List<Map<String, Object>> charges(String agreement) {
        return Db.query("SELECT period, kind, amount_ore, days, kid, due_date FROM charge WHERE agreement_id = ?::uuid ORDER BY period, created_at",
                agreement);
    }

    /** The agreement's lines for one month, its charge first. */
    static List<Map<String, Object>> charges(String agreement, String period) {
        return Db.query("""
                SELECT period, kind, amount_ore, days, kid, due_date FROM charge WHERE agreement_id = ?::uuid
                AND to_char(period, 'YYYY-MM') = ? ORDER BY created_at""", agreement, period);
    }

    /** What the agreement's lines for the month add up to. */
    static long monthTotal(String agreement, String period) {
        return charges(agreement, period).stream().mapToLong(r -> ((Number) r.get("amount_ore")).longValue()).sum();
    }

    /** The agreement each change event of the type names for the charge or payment ({@code key} chargeId or paymentId), oldest first. */
    static List<String> events(String type, String key, Object id) {
        return Db.query("SELECT ids ->> 'agreementId' AS agreement_id FROM change_event WHERE type = ? AND ids ->> ? = ? ORDER BY id",
                type, key, id.toString()).stream().map(r -> (String) r.get("agreement_id")).toList();
    }

    /** The payment a bank file's line with this archive reference stored (its source reference holds it). */
    static String paymentId(String archiveReference) {
        List<Map<String, Object>> rows = Db.query("SELECT id::text AS id FROM payment WHERE channel = 'OCR' AND source_reference LIKE ?",
                "%:" + archiveReference + ":%");
        assertEquals(1, rows.size(), "one payment of the archive reference " + archiveReference);
        return rows.get(0).get("id").toString();
    }

    static String kid(String agreement, String period) {
        return (String) Db.query("SELECT kid FROM charge WHERE agreement_id = ?::uuid AND to_char(period, 'YYYY-MM') = ? AND kind = 'CHARGE'",
                agreement, period).get(0).get("kid");
    }

    @Test
    void R_PAY_1_the_run_charges_pro_rata_with_a_valid_kid_and_twice_gives_the_same_charges() throws Exception {
        String ag = tenant(LocalDate.of(2026, 3, 16));
        Map<String, Object> first = run("2026-03");
        assertEquals("DONE", first.get("state"));
        assertEquals(first.get("total"), first.get("done"));
        var c = charges(ag, "2026-03");
        assertEquals(1, c.size());
        assertEquals(16, c.get(0).get("days"));
        // 600 000 × 16 / 31 = 309 677.4… → 309 677
        assertEquals(309_677L, ((Number) c.get(0).get("amount_ore")).longValue());
        assertTrue(KidnummerValidator.isValid((String) c.get(0).get("kid")), "KID " + c.get(0).get("kid"));
        Map<String, Object> second = run("2026-03");
        assertEquals(0, second.get("created"));
        assertEquals(0, second.get("corrected"));
        assertEquals(second.get("total"), second.get("skipped"));
        assertEquals(1, charges(ag, "2026-03").size());
        // after a crash halfway only the missing charges are made
        Db.update("DELETE FROM charge WHERE agreement_id = ?::uuid AND period = DATE '2026-03-01'", ag);
        Map<String, Object> third = run("2026-03");
        assertEquals(1, third.get("created"));
        assertEquals(7, ((UUID) Db.query("SELECT id FROM charge WHERE agreement_id = ?::uuid AND period = DATE '2026-03-01'", ag)
                .get(0).get("id")).version(), "the run's charges get ids in time order (V41)");
        assertEquals(309_677L, ((Number) charges(ag, "2026-03").get(0).get("amount_ore")).longValue());
        for (var row : Db.query("SELECT kid FROM charge WHERE kid IS NOT NULL")) {
            assertTrue(KidnummerValidator.isValid((String) row.get("kid")), "every KID is valid: " + row.get("kid"));
        }
        assertEquals(0L, Db.query("SELECT count(*) AS n FROM (SELECT agreement_id, period FROM charge WHERE kind = 'CHARGE' GROUP BY 1, 2 HAVING count(*) > 1) d")
                .get(0).get("n"));
    }

    @Test
    void R_AGR_3_the_run_uses_the_fee_in_force_each_day_as_the_calculator_does() throws Exception {
        String ag = tenant(LocalDate.of(2026, 4, 10));
        Api.as(LEDER).body(Map.of("monthlyFeeOre", 630_000, "notifiedOn", "2026-04-10", "effectiveFrom", "2026-05-17"))
                .post("/api/agreements/" + ag + "/fee-changes").then().statusCode(200);
        run("2026-05");
        TreeMap<LocalDate, Long> fees = new TreeMap<>(Map.of(LocalDate.of(2026, 4, 10), 600_000L, LocalDate.of(2026, 5, 17), 630_000L));
        long expected = ChargeCalculator.charge(YearMonth.of(2026, 5), LocalDate.of(2026, 4, 10), LocalDate.of(2099, 1, 1), fees)
                .orElseThrow().amountOre();
        assertEquals(expected, monthTotal(ag, "2026-05"));
    }

    @Test
    void R_PAY_3_payments_cover_the_oldest_charge_first_and_the_idempotency_key_cases() throws Exception {
        String ag = tenantUntil(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31));
        run("2026-06");
        run("2026-07");
        String kid = kid(ag, "2026-07");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("kid", kid, "amountOre", 900_000, "paidOn", "2026-07-25", "sourceReference", "NAV-" + key);
        var first = Api.asIntegration().header("Idempotency-Key", key).body(body).post("/api/egenbetaling/payments").then()
                .statusCode(201).body("matched", equalTo(true)).body("channel", equalTo("API"))
                .body("registeredBy", equalTo(StaffNames.of("service-account-bta-integration")))
                .body("allocations[0].period", equalTo("2026-06")).body("allocations[0].amountOre", equalTo(600_000))
                .body("allocations[1].period", equalTo("2026-07")).body("allocations[1].amountOre", equalTo(300_000))
                .extract().asString();
        // same key and body: the stored result again
        String again = Api.asIntegration().header("Idempotency-Key", key).body(body).post("/api/egenbetaling/payments").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        // same key, another body
        Api.asIntegration().header("Idempotency-Key", key).body(Map.of("kid", kid, "amountOre", 1, "paidOn", "2026-07-25",
                "sourceReference", "x")).post("/api/egenbetaling/payments").then().statusCode(422)
                .body("type", equalTo(P + "idempotency-key-reused"));
        // no key
        Api.withToken(no.kommune.bta.support.Tokens.integration()).body(body).post("/api/egenbetaling/payments").then().statusCode(400)
                .body("violations.field", hasItem("Idempotency-Key"));
        // the first request with a key is still running
        String running = UUID.randomUUID().toString();
        Map<String, Object> other = Map.of("kid", kid, "amountOre", 100, "paidOn", "2026-07-26", "sourceReference", "R-" + running);
        Db.update("INSERT INTO idempotency_key (client_id, key, request_hash, state) "
                + "SELECT client_id, ?, 'x', 'IN_PROGRESS' FROM idempotency_key WHERE key = ?", running, key);
        Api.asIntegration().header("Idempotency-Key", running).body(other).post("/api/egenbetaling/payments").then()
                .statusCode(422);
        Db.update("UPDATE idempotency_key SET request_hash = ? WHERE key = ?", hashOf(other), running);
        Api.asIntegration().header("Idempotency-Key", running).body(other).post("/api/egenbetaling/payments").then()
                .statusCode(409).body("type", equalTo(P + "idempotency-key-in-progress"));
        // the same source reference under a new key is stored once
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/egenbetaling/payments")
                .then().statusCode(200);
        assertEquals(1L, Db.query("SELECT count(*) AS n FROM payment WHERE source_reference = ?", "NAV-" + key).get(0).get("n"));
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().statusCode(200)
                .body("balanceOre", equalTo(300_000)).body("lines.findAll { it.type == 'PAYMENT' }.size()", equalTo(1))
                .body("lines.findAll { it.type == 'CHARGE' && it.debitOre > 0 }.text", hasItem("Egenbetaling 06.2026"));
    }

    /** The hash the service stores for a body, found by letting it store one. */
    private static String hashOf(Map<String, Object> body) {
        String probe = UUID.randomUUID().toString();
        Api.asIntegration().header("Idempotency-Key", probe).body(body).post("/api/egenbetaling/payments");
        String h = (String) Db.query("SELECT request_hash FROM idempotency_key WHERE key = ?", probe).get(0).get("request_hash");
        Db.update("DELETE FROM payment WHERE source_reference = ?", body.get("sourceReference"));
        return h;
    }

    @Test
    void R_PAY_3_an_ocr_file_is_matched_queued_and_never_imported_twice() throws Exception {
        String ag = tenantUntil(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31));
        run("2026-08");
        String kid = kid(ag, "2026-08");
        String file1 = Ocr.file(List.of(new Ocr.Item(1, kid, 250_000, LocalDate.of(2026, 8, 20), "A00000001"),
                new Ocr.Item(2, "99999999999", 12_300, LocalDate.of(2026, 8, 21), "A00000002")));
        Api.as("okonomi1").contentType("text/plain").body(file1).queryParam("filename", "ocr1.txt").post("/api/egenbetaling/imports")
                .then().statusCode(201).body("total", equalTo(2)).body("matched", equalTo(1)).body("unmatched", equalTo(1))
                .body("duplicates", equalTo(0)).body("unmatchedPayments[0].kid", equalTo("99999999999"));
        // the change feed: one event per charge and per payment stored, with the agreement when its KID matched
        for (Map<String, Object> c : Db.query("SELECT id::text AS id FROM charge WHERE agreement_id = ?::uuid", ag)) {
            assertEquals(List.of(ag), events("CHARGE_CREATED", "chargeId", c.get("id")), "one event for the charge " + c.get("id"));
        }
        String matchedId = paymentId("A00000001");
        String unmatchedId = paymentId("A00000002");
        assertEquals(List.of(ag), events("PAYMENT_REGISTERED", "paymentId", matchedId));
        assertEquals(java.util.Collections.singletonList(null), events("PAYMENT_REGISTERED", "paymentId", unmatchedId));
        Api.as("okonomi1").contentType("text/plain").body(file1).post("/api/egenbetaling/imports").then().statusCode(201)
                .body("duplicates", equalTo(2)).body("matched", equalTo(0)).body("unmatched", equalTo(0));
        assertEquals(1, events("PAYMENT_REGISTERED", "paymentId", matchedId).size(), "a duplicate line appends no event");
        String file2 = Ocr.file(List.of(new Ocr.Item(1, kid, 250_000, LocalDate.of(2026, 8, 20), "A00000001"),
                new Ocr.Item(3, kid, 100_000, LocalDate.of(2026, 8, 22), "A00000003")));
        Api.as("okonomi1").contentType("text/plain").body(file2).post("/api/egenbetaling/imports").then().statusCode(201)
                .body("duplicates", equalTo(1)).body("matched", equalTo(1));
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("balanceOre", equalTo(600_000 - 350_000));
        // the unmatched payment waits in the queue and is matched by hand
        // (by its id: other tests' payments with a KID nobody has wait in the same queue)
        Api.as("okonomi1").queryParam("size", 200).get("/api/egenbetaling/payments").then().statusCode(200)
                .body("items.kid", hasItem("99999999999"));
        Api.as("okonomi1").body(Map.of("agreementId", ag)).post("/api/egenbetaling/payments/" + unmatchedId + "/match").then()
                .statusCode(200).body("matched", equalTo(true));
        Api.as("okonomi1").body(Map.of("agreementId", ag)).post("/api/egenbetaling/payments/" + unmatchedId + "/match").then()
                .statusCode(409);
        assertEquals(java.util.Arrays.asList(null, ag), events("PAYMENT_REGISTERED", "paymentId", unmatchedId),
                "placed by hand: registered again, now with its agreement, once");
        // a file whose totals do not add up is refused whole
        String broken = file2.replace(Ocr.pad(350_000, 17), Ocr.pad(350_001, 17));
        Api.as("okonomi1").contentType("text/plain").body(broken).post("/api/egenbetaling/imports").then().statusCode(422)
                .body("type", equalTo(P + "ocr-file-invalid")).body("detail", containsString("Linje"));
    }

    @Test
    void R_PAY_3_a_large_file_runs_as_a_job_with_progress_and_twice_registers_each_payment_once() throws Exception {
        String ag = tenantUntil(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        run("2026-07");
        String kid = kid(ag, "2026-07");
        // above the test limit of 40 payments: 44 instalments from the tenant and one with a KID nobody has
        List<Ocr.Item> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 44; i++) {
            items.add(new Ocr.Item(i, kid, 10_000, LocalDate.of(2026, 7, 20), "J" + ag.substring(0, 4) + Ocr.pad(i, 4)));
        }
        items.add(new Ocr.Item(45, "88888888", 12_345, LocalDate.of(2026, 7, 21), "J" + ag.substring(0, 4) + "0045"));
        String file = Ocr.file(items);
        var accepted = Api.as("okonomi1").contentType("text/plain").body(file).queryParam("filename", "stor.txt")
                .post("/api/egenbetaling/imports").then().statusCode(202).body("state", equalTo("RUNNING"))
                .body("total", equalTo(45)).extract();
        String id = accepted.path("id");
        assertTrue(accepted.header("Location").endsWith("/api/egenbetaling/imports/" + id), accepted.header("Location"));
        Map<String, Object> report = awaitJob("/api/egenbetaling/imports/" + id);
        assertEquals("DONE", report.get("state"));
        assertEquals(45, report.get("done"));
        assertEquals(44, report.get("matched"));
        assertEquals(1, report.get("unmatched"));
        assertEquals(0, report.get("duplicates"));
        assertEquals(440_000 + 12_345, ((Number) report.get("amountOre")).intValue());
        // its five batches (two writers side by side) each recorded the lines they covered: every payment's line lies in
        // exactly one range, so a resumed import would skip exactly what was committed
        List<Map<String, Object>> ranges = Db.query("SELECT first_line, last_line FROM bank_import_batch WHERE import_id = ?::uuid", id);
        assertEquals(5, ranges.size(), String.valueOf(ranges));
        for (OcrFile.Item item : OcrFile.parse(file)) {
            assertEquals(1L, ranges.stream().filter(r -> (int) r.get("first_line") <= item.line() && item.line() <= (int) r.get("last_line"))
                    .count(), "line " + item.line());
        }
        List<Map<String, Object>> open = Api.as("okonomi1").get("/api/egenbetaling/imports/" + id).then().extract().jsonPath()
                .getList("unmatchedPayments");
        assertEquals(1, open.size());
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("balanceOre", equalTo(600_000 - 440_000));
        // matched by hand, it leaves the report's queue
        Api.as("okonomi1").body(Map.of("agreementId", ag)).post("/api/egenbetaling/payments/" + open.get(0).get("id") + "/match")
                .then().statusCode(200);
        Api.as("okonomi1").get("/api/egenbetaling/imports/" + id).then().body("unmatchedPayments", org.hamcrest.Matchers.empty());
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("balanceOre", equalTo(600_000 - 440_000 - 12_345));
        // the same file again: every payment is a duplicate, nothing new
        String again = Api.as("okonomi1").contentType("text/plain").body(file).post("/api/egenbetaling/imports").then()
                .statusCode(202).extract().path("id");
        Map<String, Object> second = awaitJob("/api/egenbetaling/imports/" + again);
        assertEquals(45, second.get("duplicates"));
        assertEquals(0, second.get("matched"));
        assertEquals(0, ((Number) second.get("amountOre")).intValue());
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("balanceOre", equalTo(600_000 - 440_000 - 12_345));
        // the job belongs to økonomi
        Api.as("valoya-leder").get("/api/egenbetaling/imports/" + id).then().statusCode(403);
        Api.as("okonomi1").get("/api/egenbetaling/imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void R_PAY_4_arrears_are_aged_and_flagged_a_plan_tracks_them_and_the_agreement_stays() throws Exception {
        String ag = tenant(LocalDate.of(2026, 9, 1));
        run("2026-09");
        run("2026-10");
        // September and October are overdue by 72 and 42 days (a later month may be charged too when another
        // test ran it: the tenant lives there still)
        int debt = Api.as("okonomi1").queryParam("facility", FAC).queryParam("size", 200).get("/api/egenbetaling/arrears").then()
                .statusCode(200).body("totalItems", org.hamcrest.Matchers.lessThanOrEqualTo(200))
                .body("items.find { it.agreementId == '" + ag + "' }.flagged", equalTo(true))
                .body("items.find { it.agreementId == '" + ag + "' }.days61to90Ore", equalTo(600_000))
                .body("items.find { it.agreementId == '" + ag + "' }.days31to60Ore", equalTo(600_000))
                .extract().path("items.find { it.agreementId == '" + ag + "' }.totalOre");
        assertTrue(debt >= 1_200_000, "at least September and October: " + debt);
        Api.as("valoya1").queryParam("facility", "bakklandet").get("/api/egenbetaling/arrears").then().statusCode(403);
        assertTrue(ArrearsPagingTests.allPages(() -> Api.as("valoya1"), 200).stream().allMatch(i -> FAC.equals(i.get("facilityId"))),
                "every page holds their own facility only");
        Api.as("valoya1").body(Map.of("startDate", "2026-11-01", "instalmentOre", 200_000, "instalments", 6))
                .post("/api/agreements/" + ag + "/repayment-plans").then().statusCode(403);
        Api.as("okonomi1").body(Map.of("startDate", "2026-11-01", "instalmentOre", 100_000, "instalments", 6))
                .post("/api/agreements/" + ag + "/repayment-plans").then().statusCode(422).body("violations.field", hasItem("instalments"));
        Api.as(LEDER).body(Map.of("startDate", "2026-11-01", "instalmentOre", 200_000, "instalments", 12))
                .post("/api/agreements/" + ag + "/repayment-plans").then().statusCode(201)
                .body("debtOre", equalTo(debt)).body("state", equalTo("BEHIND"));
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("repaymentPlans[0].state", equalTo("BEHIND"));
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kid", kid(ag, "2026-10"), "amountOre", debt, "paidOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                        "sourceReference", "plan-" + ag)).post("/api/egenbetaling/payments").then().statusCode(201);
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("repaymentPlans[0].state", equalTo("COMPLETED"))
                .body("overdueOre", equalTo(0)).body("flagged", equalTo(false));
        // arrears alone never end an agreement
        Api.as(LEDER).get("/api/agreements/" + ag).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void R_PAY_2_direct_deduction_needs_a_signed_deduction_agreement() {
        String ag = tenant(LocalDate.of(2026, 10, 1));
        Api.as("valoya1").body(Map.of("method", "DIRECT_DEDUCTION")).post("/api/agreements/" + ag + "/payment-method").then()
                .statusCode(422).body("type", equalTo(P + "r-pay-2-deduction-needs-signed-agreement"));
        Api.as("valoya1").body(Map.of("method", "DIRECT_DEDUCTION", "deductionAgreementSignedOn", "2026-10-01"))
                .post("/api/agreements/" + ag + "/payment-method").then().statusCode(200).body("method", equalTo("DIRECT_DEDUCTION"));
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("paymentSetup.method", equalTo("DIRECT_DEDUCTION"));
    }

    @Test
    void R_PAY_5_housing_benefit_is_tracked_on_the_ledger() {
        String ag = tenant(LocalDate.of(2026, 10, 15));
        Api.as("valoya1").body(Map.of("status", "GRANTED", "appliedOn", "2026-10-01")).post("/api/agreements/" + ag + "/housing-benefit")
                .then().statusCode(422).body("violations.field", hasItem("amountOre"));
        Api.as("valoya1").body(Map.of("status", "APPLIED", "appliedOn", "2026-10-01")).post("/api/agreements/" + ag + "/housing-benefit")
                .then().statusCode(201);
        Api.as("valoya1").body(Map.of("status", "GRANTED", "appliedOn", "2026-10-01", "amountOre", 180_000, "fromDate", "2026-11-01"))
                .post("/api/agreements/" + ag + "/housing-benefit").then().statusCode(201);
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("housingBenefit.status", equalTo(List.of("APPLIED", "GRANTED")));
    }

    @Test
    void R_PAY_6_charges_payments_and_balances_export_to_csv_and_json() throws Exception {
        String ag = tenantUntil(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        run("2026-02");
        String csv = Api.as("okonomi1").accept("text/csv").queryParam("from", "2026-02-01").queryParam("to", "2026-02-28")
                .get("/api/egenbetaling/export").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("record;date;booked_period;agreement_id;facility_id;kid;amount_ore;reference;art;ansvar;funksjon\n"), csv);
        assertTrue(csv.contains("CHARGE;2026-02-01;2026-02;" + ag + ";" + FAC + ";"), csv);
        assertTrue(csv.contains("BALANCE;2026-02-28;2026-02;" + ag + ";" + FAC + ";;600000;;16200;4100;254"), csv);
        Api.asIntegration().accept("application/json").queryParam("from", "2026-02-01").queryParam("to", "2026-02-28")
                .queryParam("format", "json").get("/api/egenbetaling/export").then().statusCode(200)
                .body("find { it.agreementId == '" + ag + "' && it.record == 'CHARGE' }.amountOre", equalTo(600_000));
        Api.as("valoya1").queryParam("from", "2026-02-01").queryParam("to", "2026-02-28").get("/api/egenbetaling/export")
                .then().statusCode(403);
    }

    /** Builds OCR giro files in the banks' 80-character layout for the tests. */
    static final class Ocr {
        record Item(int tx, String kid, long ore, LocalDate paid, String archive) {
        }

        static final DateTimeFormatter D = DateTimeFormatter.ofPattern("ddMMyy");

        static String pad(long n, int w) {
            return String.format("%0" + w + "d", n);
        }

        static String rec(String s) {
            return String.format("%-80s", s).replace(' ', '0').substring(0, 80);
        }

        static String file(List<Item> items) {
            StringBuilder sb = new StringBuilder();
            String settle = D.format(LocalDate.of(2026, 8, 23));
            sb.append(rec("NY000010" + "00008080" + "0000001" + "00008080")).append('\n');
            sb.append(rec("NY090020" + "000000000" + "0000001" + "86011117947")).append('\n');
            long sum = 0;
            for (Item i : items) {
                String kid = String.format("%25s", i.kid());
                sb.append(String.format("%-80s", "NY091330" + pad(i.tx(), 7) + settle + "01" + "00" + "0" + "00001" + "0"
                        + pad(i.ore(), 17) + kid + "00").replace(' ', ' ')).append('\n');
                sb.append(String.format("%-80s", "NY091331" + pad(i.tx(), 7) + "0000000000" + i.archive() + " " + D.format(i.paid())
                        + "00000000000")).append('\n');
                sum += i.ore();
            }
            sb.append(rec("NY090088" + pad(items.size(), 8) + pad(items.size() * 2L + 2, 8) + pad(sum, 17) + settle)).append('\n');
            sb.append(rec("NY000089" + pad(items.size(), 8) + pad(items.size() * 2L + 4, 8) + pad(sum, 17) + settle)).append('\n');
            return sb.toString();
        }
    }
}
