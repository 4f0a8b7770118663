package no.kommune.bta.sanction;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.agreement.ReferralStatus;
import no.kommune.bta.agreement.TerminationGround;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.AdvanceNotices;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 8: the control report's CSV and PDF are for their readers (internal control, the county governor): the
 * screens' Norwegian labels, Oslo times as dd.mm.åååå kl. tt:mm, amounts as kr 5 000,00, residents by initials and
 * masked number, no UUID and no raw code; the CSV starts with a byte order mark and splits at ';'.
 */
@QuarkusTest
public class ControlReportDocumentTests {
    static final String FAC = "osloveien-155";
    static final String LEDER = SanctionFlowTests.LEDER;
    static final String LEDER2 = SanctionFlowTests.LEDER2;
    static final LocalDate TODAY = SanctionFlowTests.TODAY;
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm").withZone(OSLO);
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Every code the report could print raw, as a word of its own. */
    static final Pattern RAW_CODE = Pattern.compile("\\b(" + String.join("|", Stream.of(SanctionType.class,
                    SanctionGround.class, SanctionStatus.class, AppealOutcome.class, EntryGround.class, IssuedBy.class,
                    ControlFlagKind.class, TerminationGround.class, Party.class, ReferralStatus.class)
            .flatMap(e -> Arrays.stream(e.getEnumConstants())).map(Enum::name).distinct().toList()) + "|OPPSAGT|INNLASING|UTEN_VEDTAK)\\b");

    @Test
    void issue_18_the_control_report_csv_and_pdf_use_labels_oslo_time_kroner_and_no_ids() throws Exception {
        // an exclusion for violence or threats, waiting for approval
        // (born on a day of its own, so the masked number tells this resident from the others of the run)
        String ag = AgreementFlowTests.movedIn(LEDER, FAC, SanctionFlowTests.vacant(FAC), TODAY, LocalDate.of(1985, 3, 17), TODAY);
        String person = SanctionFlowTests.personOf(LEDER, ag);
        String inc = SanctionFlowTests.incident(LEDER, FAC, person, List.of("VIOLENCE_OR_THREATS"), true);
        Map<String, Object> ex = AdvanceNoticeFlowTests.exclusion(ag, "VIOLENCE_OR_THREATS", List.of(inc), TODAY.plusDays(5));
        ex.put("advanceNoticeId", AdvanceNotices.ready(LEDER2, ag, "EXCLUSION", List.of(inc)));
        String proposedAt = Api.as(LEDER2).body(ex).post("/api/sanctions").then().statusCode(201).extract().path("proposedAt");

        // a termination for non-payment whose arrears, when proposed, were kr 5 000,00
        String inArrears = TerminationByDecisionTests.residentInArrears(LEDER, FAC);
        String unpaidIncident = SanctionFlowTests.incident(LEDER, FAC, SanctionFlowTests.personOf(LEDER, inArrears),
                List.of("NON_PAYMENT"), false);
        Map<String, Object> unpaid = SanctionFlowTests.sanction(inArrears, "TERMINATION", "NON_PAYMENT", unpaidIncident);
        unpaid.put("advanceNoticeId", AdvanceNotices.ready(LEDER, inArrears, "TERMINATION", List.of(unpaidIncident)));
        unpaid.put("writtenGrounds", "Egenbetaling ikke betalt.");
        unpaid.put("proportionality", "Nedbetalingsplan er forsøkt.");
        String termination = Api.as(LEDER).body(unpaid).post("/api/sanctions").then().statusCode(201).extract().path("id");
        Db.update("UPDATE sanction SET arrears_ore = 500000 WHERE id = ?::uuid", termination);

        // an entry without consent at 23:30 UTC on a winter night: in Oslo 00:30 the next day
        int year = TODAY.getMonthValue() == 1 ? TODAY.getYear() - 1 : TODAY.getYear();
        String entry = Api.as(LEDER).body(Map.of("unitId", People.unit(FAC, "Rom 4"), "ground", "NO_ANSWER_AT_HMS_ROUND",
                "enteredAt", Instant.now().toString())).post("/api/entries").then().statusCode(201).extract().path("id");
        Db.update("UPDATE entry_log SET entered_at = ?::timestamptz WHERE id = ?::uuid", year + "-01-15T23:30:00Z", entry);
        String winterNight = "16.01." + year + " kl. 00:30";

        // the resident as the report names them: initials and the first six digits of the number
        var p = Api.as(LEDER).get("/api/persons/" + person).then().statusCode(200).extract().jsonPath();
        String initials = Arrays.stream((p.getString("givenName") + " " + p.getString("familyName")).split(" "))
                .map(w -> w.charAt(0) + ".").collect(java.util.stream.Collectors.joining());
        String resident = initials + " " + p.getString("nationalId").substring(0, 6) + " *****";

        String from = year + "-01-01", to = TODAY.plusDays(1).toString();
        ExtractableResponse<Response> csvResponse = report("csv", from, to);
        String csv = new String(csvResponse.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFtiltak;dato;beboer;grunnlag;status;detaljer\n"), csv);
        assertTrue(csv.contains("\nBortvisning;" + TIME.format(Instant.parse(proposedAt)) + ";" + resident
                + ";Vold eller trusler;Venter på godkjenning;bortvist " + TODAY.format(DATE) + "–" + TODAY.plusDays(4).format(DATE)
                + ", annet bosted: Hospits (" + TODAY.format(DATE) + "–" + TODAY.plusDays(5).format(DATE) + ") – foreslått av "
                + StaffNames.of(LEDER2) + ", ikke godkjent\n"), csv);
        assertTrue(csv.contains(";Manglende betaling;Venter på godkjenning;restanse da vedtaket ble foreslått: kr 5 000,00 – foreslått av " + StaffNames.of(LEDER) + ", ikke godkjent\n"), csv);
        assertTrue(csv.contains("\nInnlåsing uten samtykke;" + winterNight + ";;Ingen svar ved HMS-runde;;boenhet Rom 4, personale "
                + StaffNames.of(LEDER) + "\n"), csv);
        assertTrue(csv.contains("\nMerknad;;;Innlåsing ved HMS-runde uten svar;;"), csv);
        assertFalse(UUID.matcher(csv).find(), "no id in the CSV: " + csv);
        assertFalse(csv.contains(LEDER) || csv.contains(LEDER2), "staff by name, not by account: " + csv);
        assertFalse(RAW_CODE.matcher(csv).find(), "no raw code in the CSV: " + csv);
        assertEquals(List.of("attachment; filename=\"Kontrollrapport Osloveien 155 " + from + "-" + to + ".csv\"",
                        "filename*=UTF-8''Kontrollrapport%20Osloveien%20155%20" + from + "%E2%80%93" + to + ".csv"),
                List.of(csvResponse.header("Content-Disposition").split("; (?=filename\\*)")));

        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(report("pdf", from, to).asByteArray())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        // a line may wrap inside a table cell: compare words, not line breaks
        String words = pdf.replaceAll("\\s+", " ").replaceAll("(\\d)– (\\d)", "$1–$2"); // a period may wrap after its dash
        assertTrue(words.contains("Kontrollrapport – Osloveien 155"), pdf);
        assertTrue(words.contains(resident + " " + TODAY.format(DATE) + "–" + TODAY.plusDays(4).format(DATE) + " Vold eller trusler"), pdf);
        assertTrue(words.contains("Venter på godkjenning"), pdf);
        assertTrue(words.contains("kr 5 000,00"), pdf);
        assertTrue(words.contains(winterNight + " Rom 4 Ingen svar ved HMS-runde " + StaffNames.of(LEDER)), pdf);
        assertFalse(UUID.matcher(pdf.replaceAll("\\s+", "")).find(), "no id in the PDF: " + pdf);
        assertFalse(pdf.contains(LEDER) || pdf.contains(LEDER2), "staff by name, not by account: " + pdf);
        assertFalse(RAW_CODE.matcher(pdf).find(), "no raw code in the PDF: " + pdf);
    }

    @Test
    void issue_18_the_whole_municipality_s_files_name_each_line_s_facility() throws Exception {
        Api.as(LEDER).body(Map.of("unitId", People.unit(FAC, "Rom 4"), "ground", "NO_ANSWER_AT_HMS_ROUND",
                "enteredAt", Instant.now().toString())).post("/api/entries").then().statusCode(201);
        String from = TODAY.minusDays(1).toString(), to = TODAY.plusDays(1).toString();
        String csv = new String(report("kontroll1", "alle", "csv", from, to).asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFtiltak;botiltak;dato;beboer;grunnlag;status;detaljer\n"), csv);
        assertTrue(csv.contains("\nInnlåsing uten samtykke;Osloveien 155;"), csv);
        assertTrue(csv.contains(";Ingen svar ved HMS-runde;;boenhet Rom 4, personale " + StaffNames.of(LEDER) + "\n"), csv);
        // the lines of Osloveien 155 (other facilities' free text is other tests' to choose, ids in it included)
        List<String> ours = csv.lines().filter(l -> l.contains(";Osloveien 155;")).toList();
        assertTrue(ours.size() >= 1, csv);
        ours.forEach(l -> assertFalse(UUID.matcher(l).find() || RAW_CODE.matcher(l).find(), "no id or code: " + l));
        String pdf;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(report("kontroll1", "alle", "pdf", from, to).asByteArray())) {
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(pdf.contains("Kontrollrapport – Hele kommunen"), pdf);
        assertTrue(pdf.contains("Botiltak Tidspunkt Boenhet Grunn Personale"), pdf);
        assertTrue(pdf.contains("Osloveien 155"), pdf);
    }

    private static ExtractableResponse<Response> report(String format, String from, String to) {
        return report(LEDER, FAC, format, from, to);
    }

    private static ExtractableResponse<Response> report(String user, String facility, String format, String from, String to) {
        return Api.as(user).accept(format.equals("csv") ? "text/csv" : "application/pdf").queryParam("facility", facility)
                .queryParam("from", from).queryParam("to", to).queryParam("format", format).get("/api/control-reports")
                .then().statusCode(200).contentType(containsString(format)).extract();
    }
}
