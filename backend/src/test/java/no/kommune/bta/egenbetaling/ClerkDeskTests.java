package no.kommune.bta.egenbetaling;

import static no.kommune.bta.egenbetaling.ClerkDesk.ACCOUNT;
import static no.kommune.bta.egenbetaling.ClerkDesk.FAC;
import static no.kommune.bta.egenbetaling.ClerkDesk.loggedFor;
import static no.kommune.bta.egenbetaling.ClerkDesk.paysBy;
import static no.kommune.bta.egenbetaling.ClerkDesk.personOf;
import static no.kommune.bta.egenbetaling.ClerkDesk.resident;
import static no.kommune.bta.egenbetaling.ClerkDesk.text;
import static no.kommune.bta.egenbetaling.ClerkDesk.uniqueFamilyName;
import static no.kommune.bta.egenbetaling.ClerkDesk.unitOf;
import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.kid;
import static no.kommune.bta.egenbetaling.EgenbetalingFlowTests.run;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bekk.bekkopen.banking.KidnummerValidator;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** The clerk's desk (okonomi): find any account, the history of runs and imports, the NAV list and the standing-order letter. */
@QuarkusTest
class ClerkDeskTests {
    static final String P = "https://bta.kommune.no/problems/";

    static Map<String, Object> onlyAccount(String q) {
        var page = Api.as("okonomi1").queryParam("q", q).get("/api/egenbetaling/accounts").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().jsonPath();
        return page.getMap("items[0]");
    }

    @Test
    void the_clerk_finds_any_agreement_by_name_kid_unit_or_facility_with_its_balance_and_each_resident_listed_is_logged()
            throws Exception {
        String family = uniqueFamilyName();
        String ag = resident(family, LocalDate.of(2026, 10, 1));
        String person = personOf(ag);
        run("2026-10");
        String kid = kid(ag, "2026-10");
        ClerkDesk.pay(kid, 200_000, LocalDate.of(2026, 10, 25));

        // by a part of the name, in any case; the balance is charged minus paid, and the October charge fell due on the 20th
        Map<String, Object> row = onlyAccount(family.substring(0, 12).toUpperCase());
        assertEquals(ag, row.get("agreementId"));
        assertEquals(person, row.get("personId"));
        assertEquals("Kari " + family, row.get("personName"));
        assertEquals(FAC, row.get("facilityId"));
        assertEquals(unitOf(ag), row.get("unitLabel"));
        assertEquals("ACTIVE", row.get("status"));
        assertEquals(400_000, row.get("balanceOre"));
        assertEquals(400_000, row.get("overdueOre"));
        assertFalse(row.containsKey("paymentMethod"));
        // "family given" finds her too
        assertEquals(ag, onlyAccount(family + " kari").get("agreementId"));

        // by the KID, exactly: a part of it finds nothing of hers
        assertEquals(ag, onlyAccount(kid).get("agreementId"));
        Api.as("okonomi1").queryParam("q", kid.substring(0, kid.length() - 1)).queryParam("size", 200).get("/api/egenbetaling/accounts")
                .then().statusCode(200).body("items.agreementId", not(hasItem(ag)));

        // by the unit label, within the facility; and every row of a facility filter is at that facility
        Api.as("okonomi1").queryParam("q", unitOf(ag)).queryParam("facility", FAC).queryParam("size", 200)
                .get("/api/egenbetaling/accounts").then().statusCode(200).body("items.agreementId", hasItem(ag));
        Api.as("okonomi1").queryParam("facility", FAC).queryParam("size", 200).get("/api/egenbetaling/accounts").then().statusCode(200)
                .body("items.facilityId", everyItem(equalTo(FAC)));
        Api.as("okonomi1").queryParam("q", family).queryParam("facility", "bakklandet").get("/api/egenbetaling/accounts")
                .then().statusCode(200).body("totalItems", equalTo(0));

        // R-ACC-4: each resident the list shows lands in the access log as a row of their own
        assertTrue(loggedFor("searchAccounts", person) > 0, "the search is in the resident's access log");
        String correlation = UUID.randomUUID().toString();
        List<String> shown = Api.as("okonomi1").header("X-Correlation-Id", correlation).queryParam("facility", FAC)
                .queryParam("size", 5).get("/api/egenbetaling/accounts").then().statusCode(200).extract().path("items.personId");
        assertEquals(shown.stream().distinct().sorted().toList(), Db.query("SELECT person_id::text AS p FROM access_log "
                + "WHERE correlation_id = ? ORDER BY 1", correlation).stream().map(r -> (String) r.get("p")).toList(),
                "one access-log row per resident shown");

        // bad input is a 400 naming the parameter; another role is refused
        Api.asInvalid("okonomi1").queryParam("q", "x".repeat(101)).get("/api/egenbetaling/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        Api.asInvalid("okonomi1").queryParam("facility", "Ikke Gyldig!").get("/api/egenbetaling/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("facility"));
        Api.asInvalid("okonomi1").queryParam("size", 201).get("/api/egenbetaling/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        Api.as("valoya-leder").get("/api/egenbetaling/accounts").then().statusCode(403);
    }

    @Test
    void a_large_payment_shows_as_credit_and_nothing_overdue() throws Exception {
        String family = uniqueFamilyName();
        String ag = resident(family, LocalDate.of(2026, 10, 1));
        run("2026-10");
        ClerkDesk.pay(kid(ag, "2026-10"), 700_000, LocalDate.of(2026, 10, 5));
        Map<String, Object> row = onlyAccount(family);
        assertEquals(-100_000, row.get("balanceOre"));
        assertEquals(0, row.get("overdueOre"));
    }

    @Test
    void charge_runs_and_bank_imports_are_listed_newest_first_with_who_started_them_the_automatic_run_too() throws Exception {
        // the automatic run on the 1st writes its row as "system" (ChargeRunService.monthly); one such row, as it leaves it
        UUID automatic = UUID.randomUUID();
        Db.update("INSERT INTO charge_run (id, period, state, total, done, created, started_at, finished_at, started_by) "
                + "VALUES (?, DATE '2026-06-01', 'DONE', 3, 3, 3, now() - interval '1 minute', now(), 'system')", automatic);
        // a run is for a month from the first month anyone moved in: someone has by June
        ClerkDesk.resident(ClerkDesk.uniqueFamilyName(), LocalDate.of(2026, 6, 1));
        Map<String, Object> manual = run("2026-06");
        var runs = Api.as("okonomi1").queryParam("size", 200).get("/api/egenbetaling/charge-runs").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = runs.getList("items.id");
        assertTrue(ids.indexOf(manual.get("id")) < ids.indexOf(automatic.toString()), "newest first");
        Map<String, Object> sys = runs.getMap("items.find { it.id == '" + automatic + "' }");
        assertEquals(StaffNames.of("system"), sys.get("startedBy"));
        assertEquals("2026-06", sys.get("period"));
        assertEquals("DONE", sys.get("state"));
        assertEquals(3, sys.get("created"));
        assertEquals(StaffNames.of("okonomi1"), runs.getString("items.find { it.id == '" + manual.get("id") + "' }.startedBy"));
        assertStartedNewestFirst(runs.getList("items.startedAt"));

        String file = EgenbetalingFlowTests.Ocr.file(List.of(new EgenbetalingFlowTests.Ocr.Item(1, "99999999999", 12_300,
                LocalDate.of(2026, 6, 21), "K" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000)))));
        String imported = Api.as("okonomi1").contentType("text/plain").queryParam("filename", "OCR.clerk.txt").body(file)
                .post("/api/egenbetaling/imports").then().statusCode(201).extract().path("id");
        var imports = Api.as("okonomi1").get("/api/egenbetaling/imports").then().statusCode(200)
                .body("items[0].id", equalTo(imported)).body("items[0].filename", equalTo("OCR.clerk.txt"))
                .body("items[0].state", equalTo("DONE")).body("items[0].total", equalTo(1))
                .body("items[0].unmatched", equalTo(1)).body("items[0].createdBy", equalTo(StaffNames.of("okonomi1")))
                .extract().jsonPath();
        assertStartedNewestFirst(imports.getList("items.createdAt"));
        var stored = Db.query("SELECT id FROM payment WHERE import_id = ?::uuid", imported);
        assertEquals(1, stored.size());
        assertEquals(7, ((UUID) stored.get(0).get("id")).version(), "a bank file's payments get ids in time order (V41)");
        assertFalse(imports.getMap("items[0]").containsKey("unmatchedPayments"), "the history leaves the payments at the import");

        Api.asInvalid("okonomi1").queryParam("page", -1).get("/api/egenbetaling/imports").then().statusCode(400);
        Api.as("valoya-leder").get("/api/egenbetaling/charge-runs").then().statusCode(403);
        Api.as("valoya-leder").get("/api/egenbetaling/imports").then().statusCode(403);
    }

    private static void assertStartedNewestFirst(List<String> instants) {
        for (int i = 1; i < instants.size(); i++) {
            assertFalse(Instant.parse(instants.get(i)).isAfter(Instant.parse(instants.get(i - 1))), "newest first: " + instants);
        }
    }

    @Test
    void R_PAY_2_residents_paying_by_nav_deduction_are_on_the_months_list_for_nav_with_the_signed_agreements_date()
            throws Exception {
        String deducted = resident(uniqueFamilyName(), LocalDate.of(2026, 9, 1));
        String invoiced = resident(uniqueFamilyName(), LocalDate.of(2026, 9, 1));
        paysBy(deducted, "DIRECT_DEDUCTION", LocalDate.of(2026, 8, 15));
        paysBy(invoiced, "INVOICE", null);
        run("2026-09");
        String kid = kid(deducted, "2026-09");

        var list = Api.as("okonomi1").queryParam("period", "2026-09").queryParam("format", "json").get("/api/egenbetaling/nav-deductions")
                .then().statusCode(200).body("agreementId", hasItem(deducted)).body("agreementId", not(hasItem(invoiced)))
                .extract().jsonPath();
        Map<String, Object> row = list.getMap("find { it.agreementId == '" + deducted + "' }");
        assertEquals(600_000, row.get("amountOre"));
        assertEquals(kid, row.get("kid"));
        assertTrue(KidnummerValidator.isValid(kid));
        assertEquals("2026-08-15", row.get("deductionAgreementSignedOn"));
        assertEquals("2026-09-20", row.get("dueDate"));
        assertEquals("2026-09", row.get("period"));
        assertEquals(personOf(deducted), row.get("personId"));

        // CSV by default, one line a resident
        Api.as("okonomi1").queryParam("period", "2026-09").get("/api/egenbetaling/nav-deductions").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("periode;avtale_id;person_id;navn;fodselsdato"))
                .body(containsString("2026-09;" + deducted + ";" + personOf(deducted) + ";"))
                .body(containsString(";600000;" + kid + ";2026-09-20;2026-08-15"))
                .body(not(containsString(invoiced)));
        assertTrue(loggedFor("getNavDeductions", personOf(deducted)) > 0, "each resident on the list is access-logged");

        Api.asInvalid("okonomi1").queryParam("period", "2026-13").get("/api/egenbetaling/nav-deductions").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        Api.asInvalid("okonomi1").get("/api/egenbetaling/nav-deductions").then().statusCode(400);
        Api.asInvalid("okonomi1").queryParam("period", "2026-09").queryParam("format", "xml").get("/api/egenbetaling/nav-deductions")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
        Api.as("valoya-leder").queryParam("period", "2026-09").get("/api/egenbetaling/nav-deductions").then().statusCode(403);
    }

    @Test
    void R_PAY_2_a_standing_order_resident_gets_the_kid_and_account_letter_once_and_the_clerk_sees_it_was_sent() throws Exception {
        String family = uniqueFamilyName();
        String ag = resident(family, LocalDate.of(2026, 8, 1));
        run("2026-08");
        String path = "/api/agreements/" + ag + "/standing-order-letter.pdf";

        paysBy(ag, "INVOICE", null);
        Api.as("okonomi1").get(path).then().statusCode(409).body("type", equalTo(P + "r-pay-2-not-standing-order"));
        assertFalse(onlyAccount(family).containsKey("standingOrderLetterSentAt"));

        paysBy(ag, "STANDING_ORDER", null);
        String first = text(ClerkDesk.pdf(path));
        String kid = kid(ag, "2026-08");
        assertEquals(List.of(kid), InvoicePdfTests.kidsPrinted(first), "the first charge's KID");
        assertTrue(KidnummerValidator.isValid(kid));
        assertTrue(first.contains("Kontonummer " + ACCOUNT), first);
        assertTrue(first.contains("kr 6 000,00"), first);
        assertTrue(first.contains("Kari " + family), first);
        assertTrue(first.contains("den 20. hver måned"), first);
        Map<String, Object> sent = Db.query("SELECT first_produced_at, first_produced_by, kid FROM standing_order_letter "
                + "WHERE agreement_id = ?::uuid", ag).get(0);
        assertEquals("okonomi1", sent.get("first_produced_by"));
        assertTrue(onlyAccount(family).containsKey("standingOrderLetterSentAt"), "the clerk sees the letter was sent");
        assertEquals("STANDING_ORDER", onlyAccount(family).get("paymentMethod"));
        assertTrue(loggedFor("getStandingOrderLetter", personOf(ag)) > 0);

        // a copy later carries the same KID, and the first time stays recorded
        run("2026-09");
        String again = text(ClerkDesk.pdf(path));
        assertEquals(List.of(kid), InvoicePdfTests.kidsPrinted(again));
        assertEquals(sent, Db.query("SELECT first_produced_at, first_produced_by, kid FROM standing_order_letter "
                + "WHERE agreement_id = ?::uuid", ag).get(0));

        Api.as("okonomi1").get("/api/agreements/" + UUID.randomUUID() + "/standing-order-letter.pdf").then().statusCode(404);
        Api.as("valoya-leder").get(path).then().statusCode(403);
    }
}
