package no.kommune.bta.egenbetaling;

import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.kid;
import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.run;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-PAY-1, R-PAY-7, R-PAY-8 and R-PAY-6 against the real database: a charged month ends at its pro-rata amount
 * whatever came first, the run or the event; credit covers later charges; a credit left at move-out is paid
 * back; a closed month keeps what it exported. The months used (2024-2025) are run by no other test class.
 */
@QuarkusTest
class LedgerCorrectionsTests {
    static final String FAC = "osloveien-155";
    static final String LEDER = "osloveien155-leder";
    static final String P = "https://bta.kommune.no/problems/";
    static final AtomicInteger UNIT = new AtomicInteger();

    @BeforeAll
    static void units() {
        for (int i = 1; i <= 24; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("ledger-corrections-" + i).getBytes()), FAC, "Betalingstest " + i);
        }
    }

    static String nextUnit() {
        return "Betalingstest " + UNIT.incrementAndGet();
    }

    /** Application decided, agreement signed with primary contact and plan: ready to move in on {@code start}. */
    static String signed(LocalDate start) {
        return signed(nextUnit(), start);
    }

    /** The same in the unit given (at Valøyveien 9). */
    static String signed(String unit, LocalDate start) {
        UUID intake = AgreementFlowTests.decidedIntake(FAC, unit, start, "MALE", LocalDate.of(2003, 3, 3));
        // a term long enough to run past today, so the agreement is not expired before it is signed
        String id = Api.as(LEDER).body(Map.of("intakeId", intake, "startDate", start.toString(), "endDate", "2027-12-31"))
                .post("/api/agreements").then()
                .statusCode(201).extract().path("id");
        String base = "/api/agreements/" + id;
        Api.as(LEDER).body(Map.of("party", "RESIDENT", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(LEDER).body(Map.of("party", "MUNICIPALITY", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(LEDER).body(Map.of("name", "Berit Bakken")).post(base + "/primary-contact").then().statusCode(200);
        Api.as(LEDER).body(Map.of("individualPlan", "ACCEPTED")).post(base + "/follow-up").then().statusCode(200);
        return id;
    }

    static void moveIn(String agreement, LocalDate on) {
        Api.as(LEDER).body(Map.of("movedInOn", on.toString())).post("/api/agreements/" + agreement + "/move-in").then().statusCode(200);
    }

    static String resident(LocalDate movedIn) {
        return resident(nextUnit(), movedIn);
    }

    static String resident(String unit, LocalDate movedIn) {
        String id = signed(unit, movedIn);
        moveIn(id, movedIn);
        return id;
    }

    static void moveOut(String agreement, LocalDate on) {
        EgenbetalingFlowTests.moveOut(LEDER, agreement, on);
    }

    static long fee(String agreement) {
        // read from the table: staff no longer see an agreement that ended before the follow-up window
        return ((Number) Db.query("SELECT monthly_fee_ore FROM agreement WHERE id = ?::uuid", agreement).get(0).get("monthly_fee_ore"))
                .longValue();
    }

    static long monthTotal(String agreement, YearMonth month) {
        return EgenbetalingFlowTests.monthTotal(agreement, month.toString());
    }

    static long proRata(YearMonth month, LocalDate from, LocalDate to, TreeMap<LocalDate, Long> fees) {
        return ChargeCalculator.charge(month, from, to, fees).map(ChargeCalculator.Charge::amountOre).orElse(0L);
    }

    static TreeMap<LocalDate, Long> fees(LocalDate from, long fee) {
        return new TreeMap<>(Map.of(from, fee));
    }

    static void pay(String kid, long amountOre, LocalDate paidOn) {
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kid", kid, "amountOre", amountOre, "paidOn", paidOn.toString(), "sourceReference", "test-" + UUID.randomUUID()))
                .post("/api/egenbetaling/payments").then().statusCode(201).body("matched", equalTo(true));
    }

    static Map<String, Object> ledger(String agreement) {
        return Api.as("okonomi1").get("/api/agreements/" + agreement + "/ledger").then().statusCode(200).extract().jsonPath().getMap("");
    }

    // ---------------------------------------------------------------- R-PAY-1 / R-PAY-7: the order of events does not matter

    @Test
    void R_PAY_1_a_later_move_out_leaves_the_pro_rata_amount_as_if_the_run_came_after() throws Exception {
        // a 28-day, a 29-day, a 30-day and a 31-day month; out on the first, a middle and the last day
        List<LocalDate> outs = List.of(LocalDate.of(2025, 2, 10), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 7, 30));
        for (LocalDate out : outs) {
            YearMonth month = YearMonth.from(out);
            LocalDate in = month.minusMonths(1).atDay(1);
            String runFirst = resident(in);
            String eventFirst = resident(in);
            moveOut(eventFirst, out);
            run(month.toString());
            assertEquals(fee(runFirst), monthTotal(runFirst, month), "the run charged the whole month first");
            moveOut(runFirst, out);
            long expected = proRata(month, in, out, fees(in, fee(runFirst)));
            assertEquals(expected, monthTotal(runFirst, month), "run, then move-out on " + out);
            assertEquals(expected, monthTotal(eventFirst, month), "move-out on " + out + ", then run");
            // the correction is a line of its own, the charge stays as issued, and no KID is made for a credit
            var lines = EgenbetalingFlowTests.charges(runFirst, month.toString());
            assertEquals("CHARGE", lines.get(0).get("kind"));
            assertEquals(fee(runFirst), ((Number) lines.get(0).get("amount_ore")).longValue());
            boolean wholeMonth = out.equals(month.atEndOfMonth());
            assertEquals(wholeMonth ? 1 : 2, lines.size(), "a correction only where the amount changed: " + lines);
            if (!wholeMonth) {
                assertEquals("CORRECTION", lines.get(1).get("kind"));
                assertEquals(null, lines.get(1).get("kid"));
            }
            // a run again changes nothing
            run(month.toString());
            assertEquals(expected, monthTotal(runFirst, month));
            assertEquals(lines.size(), EgenbetalingFlowTests.charges(runFirst, month.toString()).size());
        }
    }

    @Test
    void R_PAY_1_a_move_in_recorded_after_the_run_is_charged_its_days_as_if_the_run_came_after() throws Exception {
        for (LocalDate in : List.of(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 11, 1))) {
            YearMonth month = YearMonth.from(in);
            String late = signed(in);
            String early = resident(in);
            run(month.toString());
            assertEquals(0, monthTotal(late, month), "not moved in when the run came");
            moveIn(late, in);
            long expected = proRata(month, in, null, fees(in, fee(late)));
            assertEquals(expected, monthTotal(late, month), "moved in on " + in + " after the run");
            assertEquals(expected, monthTotal(early, month), "moved in on " + in + " before the run");
            // it is the month's charge, with a KID, due on the month's due day like every charge of the month
            var lines = EgenbetalingFlowTests.charges(late, month.toString());
            assertEquals(1, lines.size());
            assertEquals("CHARGE", lines.get(0).get("kind"));
            assertEquals(EgenbetalingFlowTests.charges(early, month.toString()).get(0).get("due_date"), lines.get(0).get("due_date"));
            moveOut(late, month.atEndOfMonth());
            moveOut(early, month.atEndOfMonth());
        }
    }

    @Test
    void R_PAY_1_a_fee_change_inside_a_charged_month_leaves_the_pro_rata_amount() throws Exception {
        // 30 days (September) and 31 days (October), changes on the 13th and the 31st
        for (LocalDate effective : List.of(LocalDate.of(2025, 9, 13), LocalDate.of(2025, 10, 31))) {
            YearMonth month = YearMonth.from(effective);
            LocalDate in = month.minusMonths(1).atDay(1);
            String runFirst = resident(in);
            String changeFirst = resident(in);
            long old = fee(runFirst);
            long next = old + 123_457;
            Map<String, Object> change = Map.of("monthlyFeeOre", next, "notifiedOn", effective.minusMonths(2).toString(),
                    "effectiveFrom", effective.toString());
            Api.as(LEDER).body(change).post("/api/agreements/" + changeFirst + "/fee-changes").then().statusCode(200);
            run(month.toString());
            Api.as(LEDER).body(change).post("/api/agreements/" + runFirst + "/fee-changes").then().statusCode(200);
            TreeMap<LocalDate, Long> fees = fees(in, old);
            fees.put(effective, next);
            long expected = proRata(month, in, month.atEndOfMonth(), fees);
            assertEquals(expected, monthTotal(runFirst, month), "run, then the fee change from " + effective);
            assertEquals(expected, monthTotal(changeFirst, month), "fee change from " + effective + ", then run");
            assertTrue(expected > old, "the new fee counts from its day");
            moveOut(runFirst, month.atEndOfMonth());
            moveOut(changeFirst, month.atEndOfMonth());
        }
    }

    // ---------------------------------------------------------------- R-PAY-8: credit is money

    @Test
    void R_PAY_4_an_overpayment_settles_the_next_months_charge_and_no_debt_shows() throws Exception {
        String ag = resident(LocalDate.of(2025, 11, 1));
        moveOut(ag, LocalDate.of(2025, 12, 31));
        run("2025-11");
        long fee = fee(ag);
        pay(kid(ag, "2025-11"), 2 * fee, LocalDate.of(2025, 11, 10));
        Map<String, Object> l = ledger(ag);
        assertEquals(-fee, ((Number) l.get("balanceOre")).longValue());
        assertEquals(fee, ((Number) l.get("creditOre")).longValue());
        run("2025-12");
        l = ledger(ag);
        assertEquals(0L, ((Number) l.get("balanceOre")).longValue());
        assertEquals(0L, ((Number) l.get("overdueOre")).longValue(), "December is covered by the credit");
        assertEquals(false, l.get("flagged"));
        assertEquals(0L, Db.query("SELECT coalesce(sum(open_ore), 0) AS o FROM charge_balance WHERE agreement_id = ?::uuid", ag)
                .get(0).get("o") instanceof Number n ? n.longValue() : -1);
        // on no page of the list
        assertTrue(ArrearsPagingTests.allPages(() -> Api.as("okonomi1"), 200).stream().noneMatch(i -> ag.equals(i.get("agreementId"))));
    }

    @Test
    void R_PAY_8_a_payment_before_its_charge_covers_it_when_it_comes() throws Exception {
        String ag = resident(LocalDate.of(2025, 4, 1));
        moveOut(ag, LocalDate.of(2025, 5, 31));
        run("2025-04");
        long fee = fee(ag);
        // a standing order pays April and, early, May with April's KID
        pay(kid(ag, "2025-04"), fee, LocalDate.of(2025, 4, 15));
        pay(kid(ag, "2025-04"), fee, LocalDate.of(2025, 4, 16));
        run("2025-05");
        Map<String, Object> l = ledger(ag);
        assertEquals(0L, ((Number) l.get("balanceOre")).longValue());
        assertEquals(0L, ((Number) l.get("overdueOre")).longValue());
        // the second payment is shown as covering May
        Api.as("okonomi1").queryParam("size", 200).get("/api/egenbetaling/payments").then().statusCode(200);
        List<Map<String, Object>> open = Db.query("SELECT to_char(period, 'YYYY-MM') AS period, open_ore FROM charge_balance "
                + "WHERE agreement_id = ?::uuid ORDER BY period", ag);
        assertTrue(open.stream().anyMatch(r -> "2025-05".equals(r.get("period"))), open.toString());
        open.forEach(r -> assertEquals(0L, ((Number) r.get("open_ore")).longValue(), r.toString()));
    }

    @Test
    void R_PAY_8_a_credit_left_at_move_out_is_owed_to_the_resident_and_refunded() throws Exception {
        String ag = resident(LocalDate.of(2025, 1, 1));
        run("2025-01");
        long fee = fee(ag);
        pay(kid(ag, "2025-01"), fee, LocalDate.of(2025, 1, 5));
        String base = "/api/agreements/" + ag;
        // while the agreement runs, credit covers the next charges and is not paid out
        Api.as("okonomi1").body(Map.of("amountOre", 1, "refundedOn", "2025-01-20")).post(base + "/refunds").then().statusCode(409)
                .body("type", equalTo(P + "r-pay-8-refund-only-after-end"));
        moveOut(ag, LocalDate.of(2025, 1, 15));
        long credit = fee - proRata(YearMonth.of(2025, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 15),
                fees(LocalDate.of(2025, 1, 1), fee));
        Map<String, Object> l = ledger(ag);
        assertEquals(credit, ((Number) l.get("creditOwedToResidentOre")).longValue());
        Api.as("okonomi1").body(Map.of("amountOre", credit + 1, "refundedOn", "2025-01-20")).post(base + "/refunds").then()
                .statusCode(422).body("type", equalTo(P + "r-pay-8-refund-more-than-credit")).body("violations.field", hasItem("amountOre"));
        Api.as(LEDER).body(Map.of("amountOre", credit, "refundedOn", "2025-01-20")).post(base + "/refunds").then().statusCode(403);
        for (String day : List.of("1999-12-31", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(2).toString())) {
            Api.as("okonomi1").body(Map.of("amountOre", credit, "refundedOn", day)).post(base + "/refunds").then().statusCode(422)
                    .body("violations.field", hasItem("refundedOn"));
        }
        Api.as("okonomi1").body(Map.of("amountOre", credit, "refundedOn", "2025-01-20", "reference", "Utbetalt")).post(base + "/refunds")
                .then().statusCode(201).body("balanceOre", equalTo(0)).body("creditOwedToResidentOre", equalTo(0))
                .body("lines.type", hasItem("REFUND")).body("lines.type", hasItem("CORRECTION"));
        Api.asInvalid("okonomi1").body(Map.of("amountOre", 0, "refundedOn", "2025-01-20")).post(base + "/refunds").then().statusCode(422)
                .body("violations.field", hasItem("amountOre"));
    }

    @Test
    void R_PAY_8_a_person_is_not_forgotten_while_a_credit_is_owed_back() throws Exception {
        String ag = resident(LocalDate.of(2025, 8, 1));
        run("2025-08");
        long fee = fee(ag);
        pay(kid(ag, "2025-08"), fee, LocalDate.of(2025, 8, 3));
        moveOut(ag, LocalDate.of(2025, 8, 20));
        String person = Db.query("SELECT person_id FROM agreement WHERE id = ?::uuid", ag).get(0).get("person_id").toString();
        String candidate = "SELECT 1 FROM retention_candidate WHERE person_id = ?::uuid";
        assertTrue(Db.query(candidate, person).isEmpty(), "a credit owed to the resident keeps the person");
        long credit = ((Number) ledger(ag).get("creditOwedToResidentOre")).longValue();
        assertTrue(credit > 0);
        Api.as("okonomi1").body(Map.of("amountOre", credit, "refundedOn", "2025-09-01")).post("/api/agreements/" + ag + "/refunds")
                .then().statusCode(201);
        assertEquals(1, Db.query(candidate, person).size(), "settled both ways, the person may be forgotten in time");
    }

    @Test
    void R_PAY_2_the_move_in_records_how_the_resident_pays_and_a_refused_method_undoes_the_move_in() {
        String refused = signed(LocalDate.of(2026, 11, 2));
        String base = "/api/agreements/" + refused;
        Api.as(LEDER).body(Map.of("movedInOn", "2026-11-02", "paymentMethod", "DIRECT_DEDUCTION")).post(base + "/move-in").then()
                .statusCode(422).body("type", equalTo(P + "r-pay-2-deduction-needs-signed-agreement"));
        Api.asInvalid(LEDER).body(Map.of("movedInOn", "2026-11-02", "paymentMethod", "CASH")).post(base + "/move-in").then()
                .statusCode(422).body("violations.field", hasItem("paymentMethod"));
        assertEquals(null, Db.query("SELECT moved_in_on FROM agreement WHERE id = ?::uuid", refused).get(0).get("moved_in_on"),
                "nothing half-written: the refused move-in did not happen");
        Api.as(LEDER).body(Map.of("movedInOn", "2026-11-02", "paymentMethod", "DIRECT_DEDUCTION", "deductionAgreementSignedOn",
                "2026-10-30")).post(base + "/move-in").then().statusCode(200);
        Api.as("okonomi1").get(base + "/ledger").then().statusCode(200).body("paymentSetup.method", equalTo("DIRECT_DEDUCTION"))
                .body("paymentSetup.deductionAgreementSignedOn", equalTo("2026-10-30"));
        moveOut(refused, LocalDate.of(2026, 11, 30));
    }

    // ---------------------------------------------------------------- R-PAY-6: a closed month keeps its export

    @Test
    void R_PAY_6_a_closed_month_keeps_its_export_and_a_later_correction_books_in_the_first_open_month() throws Exception {
        String ag = resident(LocalDate.of(2024, 6, 1));
        run("2024-06");
        Api.as("okonomi1").body(Map.of("art", "16200", "ansvar", "4130", "funksjon", "254"))
                .put("/api/egenbetaling/accounting-dimensions/" + FAC).then().statusCode(200)
                .body("facilityId", equalTo(FAC)).body("isDefault", equalTo(false)).body("ansvar", equalTo("4130"));
        // every facility, a page at a time by name: the facility set here is on one of the pages with its own
        int facilities = ((Number) Db.query("SELECT count(*) AS n FROM facility").get(0).get("n")).intValue();
        List<Map<String, Object>> dims = new ArrayList<>();
        for (int page = 0; page * 3 < facilities; page++) {
            dims.addAll(Api.asIntegration().queryParam("size", 3).queryParam("page", page)
                    .get("/api/egenbetaling/accounting-dimensions").then().statusCode(200).body("totalItems", equalTo(facilities))
                    .body("items.size()", equalTo(Math.min(3, facilities - page * 3))).extract().jsonPath().getList("items"));
        }
        assertEquals(facilities, dims.stream().map(x -> x.get("facilityId")).distinct().count(), "each facility once");
        assertEquals(false, dims.stream().filter(x -> FAC.equals(x.get("facilityId"))).findFirst().orElseThrow().get("isDefault"));
        Api.asInvalid("okonomi1").queryParam("size", 201).get("/api/egenbetaling/accounting-dimensions").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        Api.asInvalid("okonomi1").body(Map.of("art", "16200", "ansvar", "41-30", "funksjon", "254"))
                .put("/api/egenbetaling/accounting-dimensions/" + FAC).then().statusCode(422).body("violations.field", hasItem("ansvar"));
        Api.as("okonomi1").body(Map.of("art", "1", "ansvar", "1", "funksjon", "1"))
                .put("/api/egenbetaling/accounting-dimensions/ingen-slik").then().statusCode(404);
        String before = export("2024-06-01", "2024-06-30");
        assertTrue(before.contains("CHARGE;2024-06-01;2024-06;" + ag + ";" + FAC + ";"), before);
        assertTrue(before.contains(";16200;4130;254\n"), before);
        Api.as("okonomi1").body(Map.of("closedThrough", "2024-06")).post("/api/egenbetaling/closed-periods").then().statusCode(200)
                .body("closedThrough", equalTo("2024-06")).body("firstOpenMonth", equalTo("2024-07"));
        Api.as("okonomi1").body(Map.of("closedThrough", "2024-05")).post("/api/egenbetaling/closed-periods").then().statusCode(409)
                .body("type", equalTo(P + "r-pay-6-period-already-closed"));
        Api.as("okonomi1").body(Map.of("closedThrough", YearMonth.now().toString())).post("/api/egenbetaling/closed-periods").then()
                .statusCode(422).body("type", equalTo(P + "r-pay-6-period-not-over"));
        Api.asInvalid("okonomi1").body(Map.of("closedThrough", "0000-01")).post("/api/egenbetaling/closed-periods").then().statusCode(422)
                .body("violations.field", hasItem("closedThrough"));
        Api.as(LEDER).body(Map.of("closedThrough", "2024-06")).post("/api/egenbetaling/closed-periods").then().statusCode(403);
        // the resident moved out in June after all: the correction of June is booked in July, June's export stays
        moveOut(ag, LocalDate.of(2024, 6, 20));
        assertEquals(before, export("2024-06-01", "2024-06-30"));
        String july = export("2024-07-01", "2024-07-31");
        assertTrue(july.contains("CORRECTION;"), july);
        assertTrue(july.contains(";2024-07;" + ag + ";" + FAC + ";;-"), july);
        assertTrue(july.contains(";2024-06;16200;4130;254\n"), "the reference names the month corrected: " + july);
        assertFalse(before.contains("CORRECTION;"), before);
        // a bank file's payment made in the closed month is booked in the first open one as well
        String file = EgenbetalingFlowTests.Ocr.file(List.of(new EgenbetalingFlowTests.Ocr.Item(1, "99999999999", 5_000,
                LocalDate.of(2024, 6, 15), "C00000001")));
        Api.as("okonomi1").contentType("text/plain").body(file).post("/api/egenbetaling/imports").then().statusCode(201);
        assertEquals("2024-07-01", Db.query("SELECT booked_period::text AS p FROM payment WHERE source_reference LIKE '%:C00000001:%'")
                .get(0).get("p"));
    }

    static String export(String from, String to) {
        return Api.as("okonomi1").accept("text/csv").queryParam("from", from).queryParam("to", to).get("/api/egenbetaling/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
    }
}
