package no.kommune.bta.edge;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.egenbetaling.EgenbetalingFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 7: text a person typed (a visitor's name, a payment's reference, a resident's name) goes through
 * every CSV export the API has, and a spreadsheet opening the file runs none of it. (The statistics CSV holds no
 * free text; its writer is checked in {@code reporting.StatisticsCsvTests}.)
 */
@QuarkusTest
class SpreadsheetSafeExportsTests {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private static String hyperlink() {
        return "=HYPERLINK(\"https://angriper.example/" + UUID.randomUUID() + "\";\"Klikk her\")";
    }

    /** How the cell must read in the file: a quote in front, quoted as a whole because it holds `;` and quotes. */
    private static String neutralised(String formula) {
        return "\"'" + formula.replace("\"", "\"\"") + "\"";
    }

    @Test
    void the_control_report_neutralises_a_visitor_named_as_a_formula() {
        String visitor = hyperlink();
        Api.as("goa93-leder").body(Map.of("facilityId", "gamle-oslovei-93", "issuedBy", "STAFF", "visitor", visitor,
                        "fromDate", TODAY.toString(), "reason", "+1 i hånden"))
                .post("/api/visitor-bans").then().statusCode(201);

        String csv = Api.as("kontroll1").accept("text/csv").queryParam("facility", "gamle-oslovei-93")
                .queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString()).queryParam("format", "csv")
                .get("/api/control-reports").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();

        assertTrue(csv.contains(";" + "\"'" + visitor.replace("\"", "\"\"") + ": +1 i hånden\"\n"), csv);
        assertFalse(csv.contains(";" + visitor), csv);
    }

    @Test
    void the_accounts_export_neutralises_a_payment_reference_written_as_a_formula() {
        String reference = hyperlink();
        String key = UUID.randomUUID().toString();
        String id = Api.as("okonomi1").header("Idempotency-Key", key)
                .body(Map.of("kid", "0000000000", "amountOre", 15_000, "paidOn", TODAY.toString(), "sourceReference", reference))
                .post("/api/egenbetaling/payments").then().statusCode(201).extract().path("id");
        LocalDate booked = LocalDate.parse(Db.query("SELECT booked_period::text AS b FROM payment WHERE id = ?::uuid", id).get(0).get("b").toString());

        String csv = Api.as("okonomi1").accept("text/csv").queryParam("from", booked.toString())
                .queryParam("to", YearMonth.from(booked).atEndOfMonth().toString()).get("/api/egenbetaling/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();

        assertTrue(csv.contains(";15000;" + neutralised(reference) + ";"), csv);
        assertFalse(csv.contains(";" + reference), csv);
    }

    @Test
    void the_list_for_nav_neutralises_a_resident_named_as_a_formula() throws InterruptedException {
        YearMonth month = YearMonth.from(TODAY).minusMonths(1);
        String facility = "valoyveien-9";
        // Valøyveien 9 is a tenancy facility: set to collect, as the clerk's desk tests do (other tests may change it)
        Api.as("okonomi1").body(Map.of("collectsEgenbetaling", true)).post("/api/facilities/" + facility + "/egenbetaling")
                .then().statusCode(200);
        String given = "@SUM(A1:A9)";
        String family = "-2+3 Formelsen" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = People.create(given, family, LocalDate.of(1990, 5, 5), "FEMALE");
        String unit = Api.as("esikt1").queryParam("facility", facility).queryParam("from", month.atDay(1).toString())
                .get("/api/vacancies").then().statusCode(200).extract().path("items[0].unitLabel");
        String agreement = AgreementFlowTests.movedIn("valoya-leder",
                AgreementFlowTests.decidedIntake(person, facility, unit, month.atDay(1), month.atDay(1)), month.atDay(1));
        Api.as("okonomi1").body(Map.of("method", "DIRECT_DEDUCTION", "deductionAgreementSignedOn", month.atDay(1).toString()))
                .post("/api/agreements/" + agreement + "/payment-method").then().statusCode(200);
        EgenbetalingFlowTests.run(month.toString());

        String csv = Api.as("okonomi1").queryParam("period", month.toString()).get("/api/egenbetaling/nav-deductions")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();

        assertTrue(csv.contains(";" + agreement + ";" + person + ";'" + given + " " + family + ";"), csv);
        assertFalse(csv.contains(";" + given), csv);
    }
}
