package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, deliverable 4: the months a charge run may be for, the bounds of a monthly fee and of a payment (in the
 * API, in the database and in a bank file), and payment references kept apart by channel (R-PAY-3).
 */
@QuarkusTest
class PaymentBoundsTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String RUNS = "/api/egenbetaling/charge-runs";
    static final String PAYMENTS = "/api/egenbetaling/payments";
    static final long MAX_FEE = AgreementDtos.MAX_MONTHLY_FEE_ORE;
    static final long MAX_PAYMENT = EgenbetalingDtos.MAX_PAYMENT_ORE;

    static long runs() {
        return (Long) Db.query("SELECT count(*) AS n FROM charge_run").get(0).get("n");
    }

    @Test
    void R_PAY_1_a_run_is_for_a_month_from_the_first_move_in_to_next_month() throws Exception {
        YearMonth now = YearMonth.now(ZoneId.of("Europe/Oslo"));
        Date firstMoveIn = (Date) Db.query("SELECT min(moved_in_on) AS d FROM agreement").get(0).get("d");
        YearMonth first = firstMoveIn == null ? now : YearMonth.from(firstMoveIn.toLocalDate());
        if (first.isAfter(now)) first = now;
        long before = runs();
        for (String period : List.of("0000-01", "9999-12", "2026-13", "2026-00", first.minusMonths(1).toString(),
                now.plusMonths(2).toString())) {
            Api.as("okonomi1").body(Map.of("period", period)).post(RUNS).then().statusCode(422)
                    .contentType("application/problem+json").body("violations.field", equalTo(List.of("period")));
        }
        // what the contract's pattern refuses is a 422 naming the field as well
        Api.asInvalid("okonomi1").body(Map.of("period", "26-1")).post(RUNS).then().statusCode(422)
                .body("violations.field", equalTo(List.of("period")));
        Api.asInvalid("okonomi1").body(Map.of("period", "+10000-01")).post(RUNS).then().statusCode(422);
        assertEquals(before, runs(), "a refused run leaves nothing behind");
        // the bounds themselves are accepted
        assertEquals("DONE", EgenbetalingFlowTests.run(now.plusMonths(1).toString()).get("state"));
        assertEquals("DONE", EgenbetalingFlowTests.run(first.toString()).get("state"));
    }

    @Test
    void R_PAY_1_a_fee_at_the_bound_is_charged_and_one_above_it_cannot_enter() throws Exception {
        String ag = EgenbetalingFlowTests.tenant(LocalDate.of(2026, 5, 1));
        String fees = "/api/agreements/" + ag + "/fee-changes";
        Api.asInvalid(EgenbetalingFlowTests.LEDER).body(Map.of("monthlyFeeOre", MAX_FEE + 1, "notifiedOn", "2026-05-01",
                "effectiveFrom", "2026-06-01")).post(fees).then().statusCode(422).body("violations.field", equalTo(List.of("monthlyFeeOre")));
        Api.asInvalid(EgenbetalingFlowTests.LEDER).body(Map.of("intakeId", UUID.randomUUID(), "startDate", "2026-05-01",
                "monthlyFeeOre", MAX_FEE + 1)).post("/api/agreements").then().statusCode(422)
                .body("violations.field", equalTo(List.of("monthlyFeeOre")));
        Api.as(EgenbetalingFlowTests.LEDER).body(Map.of("monthlyFeeOre", MAX_FEE, "notifiedOn", "2026-05-01", "effectiveFrom", "2026-06-01"))
                .post(fees).then().statusCode(200);
        // the month at the highest fee is charged whole: no sum overflows ("bigint out of range" is gone)
        // moved out at the end of June, so that months other tests run later leave nothing on the ledger (R-PAY-7)
        EgenbetalingFlowTests.moveOut(ag, LocalDate.of(2026, 6, 30));
        Map<String, Object> run = EgenbetalingFlowTests.run("2026-06");
        assertEquals("DONE", run.get("state"), String.valueOf(run.get("error")));
        EgenbetalingFlowTests.run("2026-05");
        assertEquals(600_000L, EgenbetalingFlowTests.monthTotal(ag, "2026-05"));
        assertEquals(MAX_FEE, EgenbetalingFlowTests.monthTotal(ag, "2026-06"));
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().statusCode(200).body("balanceOre", equalTo(10_600_000));
        // nor can a larger fee enter the database another way
        for (String sql : List.of("UPDATE agreement_fee SET monthly_fee_ore = ? WHERE agreement_id = ?::uuid",
                "UPDATE agreement SET monthly_fee_ore = ? WHERE id = ?::uuid")) {
            var e = assertThrows(IllegalStateException.class, () -> Db.update(sql, MAX_FEE + 1, ag));
            assertTrue(e.getMessage().contains("bounded"), e.getMessage());
        }
    }

    @Test
    void R_PAY_3_a_payment_is_within_the_bounds() {
        Map<String, Object> tooMuch = Map.of("kid", "7777777", "amountOre", MAX_PAYMENT + 1, "paidOn", "2026-11-20",
                "sourceReference", "BOUND-" + UUID.randomUUID());
        Api.asInvalid("okonomi1").header("Idempotency-Key", UUID.randomUUID().toString()).body(tooMuch).post(PAYMENTS).then()
                .statusCode(422).body("violations.field", equalTo(List.of("amountOre")));
        assertEquals(0, Db.query("SELECT 1 FROM payment WHERE source_reference = ?", tooMuch.get("sourceReference")).size());
        Api.as("okonomi1").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("kid", "7777777",
                "amountOre", MAX_PAYMENT, "paidOn", "2026-11-20", "sourceReference", "BOUND-" + UUID.randomUUID())).post(PAYMENTS)
                .then().statusCode(201).body("amountOre", equalTo((int) MAX_PAYMENT));
        for (String paidOn : List.of("1999-12-31", "2100-01-01", "+999999999-12-31")) {
            // a year of more than four digits is no date the API reads at all (issue 15: 400), the others break R-PAY-3
            Api.asInvalid("okonomi1").header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("kid", "7777777",
                    "amountOre", 1, "paidOn", paidOn, "sourceReference", "BOUND-" + UUID.randomUUID())).post(PAYMENTS).then()
                    .statusCode(paidOn.startsWith("+") ? 400 : 422).body("violations.field", equalTo(List.of("paidOn")));
        }
        var e = assertThrows(IllegalStateException.class, () -> Db.update("INSERT INTO payment (id, channel, source_reference, "
                + "amount_ore, paid_on, registered_by) VALUES (?, 'MANUAL', ?, ?, DATE '2026-11-20', 'test')", UUID.randomUUID(),
                "BOUND-" + UUID.randomUUID(), MAX_PAYMENT + 1));
        assertTrue(e.getMessage().contains("payment_amount_bounded"), e.getMessage());
    }

    @Test
    void R_PAY_3_a_bank_file_line_outside_the_bounds_is_refused_alone() throws Exception {
        String ag = EgenbetalingFlowTests.tenant(LocalDate.of(2026, 6, 1));
        EgenbetalingFlowTests.run("2026-06");
        String kid = EgenbetalingFlowTests.kid(ag, "2026-06");
        String a = "B" + ag.substring(0, 4);
        String file = EgenbetalingFlowTests.Ocr.file(List.of(
                new EgenbetalingFlowTests.Ocr.Item(1, kid, 250_000, LocalDate.of(2026, 6, 20), a + "0001"),
                new EgenbetalingFlowTests.Ocr.Item(2, kid, MAX_PAYMENT + 1, LocalDate.of(2026, 6, 20), a + "0002"),
                new EgenbetalingFlowTests.Ocr.Item(3, kid, 0, LocalDate.of(2026, 6, 20), a + "0003"),
                new EgenbetalingFlowTests.Ocr.Item(4, kid, MAX_PAYMENT, LocalDate.of(2026, 6, 21), a + "0004")));
        // lines 3, 5, 7 and 9 hold the four amounts (a start record each for the transmission and the assignment first)
        Api.as("okonomi1").contentType("text/plain").body(file).post("/api/egenbetaling/imports").then().statusCode(201)
                .body("total", equalTo(4)).body("done", equalTo(4)).body("matched", equalTo(2)).body("rejected", equalTo(2))
                .body("amountOre", equalTo((int) (250_000 + MAX_PAYMENT)))
                .body("rejections[0]", containsString("Linje 5: beløpet " + (MAX_PAYMENT + 1) + " øre"))
                .body("rejections[1]", containsString("Linje 7: beløpet 0 øre"));
        assertEquals(List.of(250_000L, MAX_PAYMENT), Db.query("SELECT amount_ore FROM payment WHERE channel = 'OCR' AND kid = ? "
                + "ORDER BY amount_ore", kid).stream().map(r -> ((Number) r.get("amount_ore")).longValue()).toList());
        // the same file again: the good lines are duplicates, the bad ones refused again
        Api.as("okonomi1").contentType("text/plain").body(file).post("/api/egenbetaling/imports").then().statusCode(201)
                .body("duplicates", equalTo(2)).body("rejected", equalTo(2)).body("matched", equalTo(0));
        // amounts whose sum no end record can hold make the file invalid, not a failure of ours
        List<EgenbetalingFlowTests.Ocr.Item> huge = new ArrayList<>();
        for (int i = 1; i <= 93; i++) {
            huge.add(new EgenbetalingFlowTests.Ocr.Item(i, kid, 99_999_999_999_999_999L, LocalDate.of(2026, 6, 21), a + String.format("%04d", i)));
        }
        Api.as("okonomi1").contentType("text/plain").body(EgenbetalingFlowTests.Ocr.file(huge)).post("/api/egenbetaling/imports")
                .then().statusCode(422).body("type", equalTo(P + "ocr-file-invalid")).body("detail", containsString("for stor"));
    }

    @Test
    void R_PAY_3_references_are_kept_apart_by_channel_and_bank_references_are_the_bank_files() throws Exception {
        String ag = EgenbetalingFlowTests.tenantUntil(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        EgenbetalingFlowTests.run("2026-07");
        String kid = EgenbetalingFlowTests.kid(ag, "2026-07");
        EgenbetalingFlowTests.Ocr.Item bank = new EgenbetalingFlowTests.Ocr.Item(1, kid, 100_000, LocalDate.of(2026, 7, 20),
                "C" + ag.substring(0, 8));
        String bankReference = "OCR:2026-08-23:" + bank.archive() + ":0000001";
        // a client cannot register under the bank file's reference first ...
        for (String reference : List.of(bankReference, "  " + bankReference)) {
            Api.withToken(Tokens.integration()).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("kid", kid, "amountOre", 100_000, "paidOn", "2026-07-20", "sourceReference", reference))
                    .post(PAYMENTS).then().statusCode(422).body("violations.field", hasItem("sourceReference"));
        }
        // ... nor can the database take one from another channel
        var e = assertThrows(IllegalStateException.class, () -> Db.update("INSERT INTO payment (id, channel, source_reference, "
                + "amount_ore, paid_on, registered_by) VALUES (?, 'API', ?, 1, DATE '2026-07-20', 'test')", UUID.randomUUID(), bankReference));
        assertTrue(e.getMessage().contains("payment_bank_reference_only_by_bank"), e.getMessage());
        // so the real bank payment is imported as new
        Api.as("okonomi1").contentType("text/plain").body(EgenbetalingFlowTests.Ocr.file(List.of(bank))).post("/api/egenbetaling/imports")
                .then().statusCode(201).body("matched", equalTo(1)).body("duplicates", equalTo(0));
        assertEquals(1, Db.query("SELECT 1 FROM payment WHERE channel = 'OCR' AND source_reference = ?", bankReference).size());
        // a reference is unique within its channel: the same one from økonomi (MANUAL) and a system (API) is two payments,
        // and the same one twice in a channel is stored once
        String reference = "NAV-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("kid", kid, "amountOre", 50_000, "paidOn", "2026-07-21", "sourceReference", reference);
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PAYMENTS).then().statusCode(201)
                .body("channel", equalTo("API"));
        Api.as("okonomi1").header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PAYMENTS).then().statusCode(201)
                .body("channel", equalTo("MANUAL"));
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(PAYMENTS).then().statusCode(200)
                .body("channel", equalTo("API"));
        assertEquals(List.of("API", "MANUAL"), Db.query("SELECT channel FROM payment WHERE source_reference = ? ORDER BY channel",
                reference).stream().map(r -> r.get("channel")).toList());
        Api.as("okonomi1").get("/api/agreements/" + ag + "/ledger").then().body("balanceOre", equalTo(600_000 - 100_000 - 2 * 50_000));
    }
}
