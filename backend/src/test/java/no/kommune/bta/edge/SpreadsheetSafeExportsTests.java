package no.kommune.bta.edge;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.egenbetaling.ClerkDtos.NavDeduction;
import no.kommune.bta.egenbetaling.ClerkService;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ExportRow;
import no.kommune.bta.egenbetaling.ExportRecord;
import no.kommune.bta.egenbetaling.LedgerService;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 7: text a person typed (a visitor's name, a payment's reference, a resident's name) goes through
 * every CSV export the API has, and a spreadsheet opening the file runs none of it. (The statistics CSV holds no
 * free text; its writer is checked in {@code reporting.StatisticsCsvTests}.) Only the control report is called through
 * the API here: see below.
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
        // issued by the police: lawful whether Gamle Oslovei 93 is a BTA facility or, converted by another test, a tenancy
        Api.as("goa93-leder").body(Map.of("facilityId", "gamle-oslovei-93", "issuedBy", "POLICE", "visitor", visitor,
                        "fromDate", TODAY.toString(), "reason", "+1 i hånden"))
                .post("/api/visitor-bans").then().statusCode(201);

        String csv = Api.as("kontroll1").accept("text/csv").queryParam("facility", "gamle-oslovei-93")
                .queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString()).queryParam("format", "csv")
                .get("/api/control-reports").then().statusCode(200).contentType(containsString("text/csv")).extract().asString();

        assertTrue(csv.contains(";" + "\"'" + visitor.replace("\"", "\"\"") + ": +1 i hånden\"\n"), csv);
        assertFalse(csv.contains(";" + visitor), csv);
    }

    // The two egenbetaling files are rendered from rows by LedgerService.csv and ClerkService.csv, exactly as their
    // endpoints answer; fed here directly, for a payment or a charge run made through the API would change the
    // accounts the other test classes count on (a month's run charges every later move-in for that month).

    @Test
    void the_accounts_export_neutralises_a_payment_reference_written_as_a_formula_and_keeps_negative_amounts() {
        String reference = hyperlink();
        String csv = LedgerService.csv(List.of(
                new ExportRow(ExportRecord.PAYMENT, TODAY, "2026-11", null, "bakklandet", "@SUM(A1:A9)", 15_000, reference,
                        "16200", "4130", "254"),
                new ExportRow(ExportRecord.BALANCE, TODAY, "2026-11", UUID.randomUUID(), "bakklandet", null, -15_000, null,
                        "+1", "-2+3", "254")));
        assertTrue(csv.contains(";'@SUM(A1:A9);15000;" + neutralised(reference) + ";16200;4130;254\n"), csv);
        assertTrue(csv.contains(";-15000;;'+1;'-2+3;254\n"), csv);
        assertFalse(csv.contains(";" + reference), csv);
    }

    @Test
    void the_list_for_nav_neutralises_a_resident_named_as_a_formula() {
        UUID agreement = UUID.randomUUID(), person = UUID.randomUUID();
        String name = "@SUM(A1:A9) -2+3 Formelsen";
        String csv = ClerkService.csv(List.of(new NavDeduction(agreement, person, name, LocalDate.of(1990, 5, 5),
                "valoyveien-9", "=HYPERLINK(\"https://x.example\")", "2026-11", 600_000, "1234567890", TODAY, TODAY)));
        assertTrue(csv.contains(";" + agreement + ";" + person + ";'" + name + ";1990-05-05;valoyveien-9;"
                + "\"'=HYPERLINK(\"\"https://x.example\"\")\";600000;1234567890;"), csv);
        assertFalse(csv.contains(";" + name), csv);
    }
}
