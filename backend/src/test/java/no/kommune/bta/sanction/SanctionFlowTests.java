package no.kommune.bta.sanction;

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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.AdvanceNotices;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/** The sanction ladder through the API with real tokens: Osloveien 155 (BTA) and Valøyveien 9 (tenancy). */
@QuarkusTest
public class SanctionFlowTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    static final String LEDER = "osloveien155-leder";
    static final String LEDER2 = "osloveien155-leder2";

    /** The first unit of the facility that is vacant today: tests do not depend on each other's units. */
    static String vacant(String facility) {
        return Api.as("esikt1").queryParam("facility", facility).queryParam("from", TODAY.toString()).get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
    }

    private static String shared;

    /** One resident at Osloveien 155 shared by the tests that only need someone living there. */
    public static synchronized String sharedAgreement() {
        if (shared == null) shared = AgreementFlowTests.movedIn(LEDER, "osloveien-155", vacant("osloveien-155"), TODAY);
        return shared;
    }

    static String personOf(String user, String agreement) {
        return Api.as(user).get("/api/agreements/" + agreement).then().extract().path("person.id");
    }

    public static String incident(String user, String facility, String person, List<String> categories, boolean serious) {
        Map<String, Object> body = new HashMap<>(Map.of("facilityId", facility,
                "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "personIds", List.of(person),
                "categories", categories, "serious", serious, "description", "Hendelse registrert i test", "ruleNumbers", List.of(1)));
        return Api.as(user).body(body).post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> sanction(String agreement, String type, String ground, String incident) {
        return new HashMap<>(Map.of("agreementId", agreement, "type", type, "ground", ground, "incidentIds", List.of(incident)));
    }

    @Test
    void R_SAN_4_exclusion_needs_alternative_accommodation_and_R_SAN_7_approval_by_another_fagleder() {
        String ag = AgreementFlowTests.movedIn(LEDER, "osloveien-155", vacant("osloveien-155"), TODAY);
        String person = personOf(LEDER, ag);
        String inc = incident(LEDER, "osloveien-155", person, List.of("VIOLENCE_OR_THREATS"), true);
        Map<String, Object> body = sanction(ag, "EXCLUSION", "VIOLENCE_OR_THREATS", inc);
        body.put("advanceNoticeId", AdvanceNotices.ready(LEDER, ag, "EXCLUSION", List.of(inc)));
        body.put("exclusionFrom", TODAY.toString());
        body.put("writtenGrounds", "Truet en ansatt med kniv.");
        body.put("proportionality", "Faren for ansatte og beboere veier tyngst; mildere tiltak er ikke nok.");
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-4-exclusion-needs-alternative-housing")).body("rule", equalTo("R-SAN-4"))
                .body("violations.field", hasItem("alternativeAccommodation"));
        body.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.toString(), "to", TODAY.plusDays(2).toString()));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-4-exclusion-needs-alternative-housing"));
        body.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.toString(), "to", TODAY.plusDays(4).toString()));
        String id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL")).body("exclusionTo", equalTo(TODAY.plusDays(4).toString()))
                .extract().path("id");
        Api.as(LEDER2).queryParam("status", "AWAITING_APPROVAL").get("/api/sanctions").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.as(LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Muntlig")).post("/api/sanctions/" + id + "/notification")
                .then().statusCode(409).body("type", equalTo(P + "r-san-7-not-approved"));
        Api.as(LEDER).post("/api/sanctions/" + id + "/approval").then().statusCode(403)
                .body("type", equalTo(P + "r-san-7-four-eyes"));
        Api.as("bakklandet-leder").post("/api/sanctions/" + id + "/approval").then().statusCode(404);
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo(StaffNames.of(LEDER2)));
        Api.as(LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Vedtaket gitt skriftlig og lest opp"))
                .post("/api/sanctions/" + id + "/notification").then().statusCode(200)
                .body("status", equalTo("IN_FORCE")).body("appealDeadline", equalTo(TODAY.plusWeeks(3).toString()));
        Api.as(LEDER).body(Map.of("appealedOn", TODAY.toString())).post("/api/sanctions/" + id + "/appeal").then()
                .statusCode(200).body("status", equalTo("APPEALED"));
        // R-SAN-7: the outcome of an appeal is recorded by a fagleder other than the proposer
        Api.as(LEDER).body(Map.of("appealedOn", TODAY.toString(), "outcome", "REVERSED")).post("/api/sanctions/" + id + "/appeal")
                .then().statusCode(403).body("type", equalTo(P + "r-san-7-appeal-outcome-by-another-fagleder"))
                .body("rule", equalTo("R-SAN-7"));
        Api.as(LEDER2).body(Map.of("appealedOn", TODAY.toString(), "outcome", "UPHELD")).post("/api/sanctions/" + id + "/appeal")
                .then().statusCode(200).body("status", equalTo("IN_FORCE")).body("appealOutcome", equalTo("UPHELD"));
    }

    @Test
    void R_SAN_2_oral_warnings_and_R_SAN_3_a_written_warning_after_two_of_them() {
        String ag = AgreementFlowTests.movedIn(LEDER, "osloveien-155", vacant("osloveien-155"), TODAY);
        String person = personOf(LEDER, ag);
        String noise = incident(LEDER, "osloveien-155", person, List.of("NOISE_AND_DISTURBANCE"), false);
        Api.as(LEDER).body(sanction(ag, "ORAL_WARNING", "VIOLENCE_OR_THREATS", noise)).post("/api/sanctions").then()
                .statusCode(422).body("type", equalTo(P + "r-san-1-ground-not-valid"));
        Api.as(LEDER).body(sanction(ag, "ORAL_WARNING", "ANIMALS", noise)).post("/api/sanctions").then()
                .statusCode(422).body("type", equalTo(P + "r-san-1-ground-not-supported"));
        Api.as(LEDER).body(sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", noise)).post("/api/sanctions").then()
                .statusCode(201).body("status", equalTo("IN_FORCE"));
        Api.as(LEDER).body(sanction(ag, "WRITTEN_WARNING", "REPEATED_ORAL_WARNINGS", noise)).post("/api/sanctions").then()
                .statusCode(422).body("type", equalTo(P + "r-san-3-needs-earlier-warnings"))
                .body("detail", containsString("minst 2"));
        Api.as(LEDER).body(sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", noise)).post("/api/sanctions").then().statusCode(201);
        Api.as(LEDER).body(sanction(ag, "WRITTEN_WARNING", "REPEATED_ORAL_WARNINGS", noise)).post("/api/sanctions").then()
                .statusCode(201).body("type", equalTo("WRITTEN_WARNING"));
        Api.as(LEDER).get("/api/agreements/" + ag + "/sanction-history").then().statusCode(200)
                .body("kind", equalTo("BTA"))
                .body("ladder.type", equalTo(List.of("ORAL_WARNING", "WRITTEN_WARNING", "EXCLUSION", "TERMINATION")))
                .body("ladder[0].given", equalTo(2)).body("ladder[1].given", equalTo(1)).body("ladder[2].given", equalTo(0));
    }

    @Test
    void R_SAN_5_an_approved_termination_gives_notice_on_the_agreement_once_the_resident_is_notified() throws Exception {
        // R-SAN-5: the arrears are in the ledger (two months' charges overdue), not only in an incident tag
        String ag = TerminationByDecisionTests.residentInArrears(LEDER, "osloveien-155");
        String person = personOf(LEDER, ag);
        String unpaid = incident(LEDER, "osloveien-155", person, List.of("NON_PAYMENT"), false);
        Map<String, Object> body = sanction(ag, "TERMINATION", "NON_PAYMENT", unpaid);
        body.put("advanceNoticeId", AdvanceNotices.ready(LEDER, ag, "TERMINATION", List.of(unpaid)));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-7-decision-needs-grounds"));
        body.put("writtenGrounds", "Egenbetaling ikke betalt på fire måneder, tross nedbetalingsplan.");
        body.put("proportionality", "Nedbetalingsplan er forsøkt; restansen vokser.");
        String id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(200);
        // R-SAN-12: approved is not yet notified; the notice runs from the day the resident is told
        TerminationByDecisionTests.assertRunsOn(LEDER, ag);
        Api.as(LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Vedtaket gitt skriftlig"))
                .post("/api/sanctions/" + id + "/notification").then().statusCode(200);
        Api.as(LEDER).get("/api/agreements/" + ag).then().body("status", equalTo("NOTICE_GIVEN"))
                .body("notice.givenBy", equalTo("MUNICIPALITY")).body("notice.effectiveOn", equalTo(TODAY.plusDays(14).toString()))
                .body("notice.decisionId", equalTo(id));
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(409);
    }

    @Test
    void R_SAN_6_a_tenancy_allows_no_exclusion_and_no_staff_visitor_ban() {
        String ag = AgreementFlowTests.movedIn("valoya-leder", "valoyveien-9", vacant("valoyveien-9"), TODAY);
        String person = personOf("valoya-leder", ag);
        String inc = incident("valoya1", "valoyveien-9", person, List.of("VIOLENCE_OR_THREATS", "NOISE_AND_DISTURBANCE"), true);
        Map<String, Object> exclusion = sanction(ag, "EXCLUSION", "VIOLENCE_OR_THREATS", inc);
        exclusion.put("exclusionFrom", TODAY.toString());
        exclusion.put("writtenGrounds", "x");
        exclusion.put("proportionality", "y");
        exclusion.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.toString(), "to", TODAY.plusDays(10).toString()));
        Api.as("valoya1").body(exclusion).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-6-not-lawful-in-tenancy")).body("detail", containsString("Husleieloven"))
                .body("title", equalTo("Ikke lovlig etter husleieloven"));
        Api.as("valoya1").body(sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", inc)).post("/api/sanctions").then().statusCode(201);
        Api.as("valoya1").get("/api/agreements/" + ag + "/sanction-history").then()
                .body("ladder.type", equalTo(List.of("ORAL_WARNING", "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL")));
        Map<String, Object> ban = new HashMap<>(Map.of("facilityId", "valoyveien-9", "issuedBy", "STAFF", "visitor", "Kjent person",
                "fromDate", TODAY.toString(), "reason", "Uro"));
        Api.as("valoya1").body(ban).post("/api/visitor-bans").then().statusCode(422)
                .body("type", equalTo(P + "r-san-6-not-lawful-in-tenancy")).body("title", equalTo("Ikke lovlig i et leieforhold"));
        ban.put("issuedBy", "POLICE");
        Api.as("valoya1").body(ban).post("/api/visitor-bans").then().statusCode(201);
    }

    @Test
    void R_SAN_8_entries_only_on_listed_grounds() {
        Api.as("valoya1").body(Map.of("unitId", People.unit("valoyveien-9", "003"), "ground", "NOISE_AND_DISTURBANCE",
                        "enteredAt", Instant.now().toString()))
                .post("/api/entries").then().statusCode(422).body("type", equalTo(P + "r-san-8-entry-ground-not-allowed"))
                .body("rule", equalTo("R-SAN-6"));
        Api.as("valoya1").body(Map.of("unitId", People.unit("valoyveien-9", "003"), "ground", "DANGER_TO_LIFE_OR_HEALTH",
                        "enteredAt", Instant.now().toString(), "present", "Vidar og ambulanse", "found", "Beboer bevisstløs"))
                .post("/api/entries").then().statusCode(201).body("staff", equalTo(StaffNames.of("valoya1")));
        Api.as(LEDER).body(Map.of("unitId", People.unit("osloveien-155", "Rom 4"), "ground", "NO_ANSWER_AT_HMS_ROUND",
                "enteredAt", Instant.now().toString())).post("/api/entries").then().statusCode(201);
        Api.as("bakklandet1").body(Map.of("unitId", People.unit("osloveien-155", "Rom 4"), "ground", "NO_ANSWER_AT_HMS_ROUND",
                "enteredAt", Instant.now().toString())).post("/api/entries").then().statusCode(403);
    }

    @Test
    void R_SAN_9_police_contacts_and_visitor_bans_are_logged() {
        String ag = sharedAgreement();
        String person = personOf(LEDER, ag);
        Api.as(LEDER).body(Map.of("facilityId", "osloveien-155", "occurredAt", Instant.now().toString(),
                        "personIds", List.of(person), "categories", List.of("SUBSTANCE_USE"), "description", "Mistenkt salg",
                        "policeReason", "SUSPECTED_DEALING"))
                .post("/api/incidents").then().statusCode(201).body("policeReason", equalTo("SUSPECTED_DEALING"));
        Api.as(LEDER).body(Map.of("facilityId", "osloveien-155", "issuedBy", "STAFF", "visitor", "Ukjent mann",
                "fromDate", TODAY.toString(), "toDate", TODAY.plusDays(30).toString(), "reason", "Mistenkt salg"))
                .post("/api/visitor-bans").then().statusCode(201);
        Api.as(LEDER).queryParam("personId", person).get("/api/incidents").then().statusCode(200)
                .body("items.policeReason", hasItem("SUSPECTED_DEALING"));
    }

    @Test
    void R_SAN_10_the_control_report_lists_every_measure_of_the_facility_and_nothing_else() throws Exception {
        String ag = sharedAgreement();
        String inc = incident(LEDER, "osloveien-155", personOf(LEDER, ag), List.of("WEAPONS_OR_THREATENING_OBJECTS"), true);
        Map<String, Object> ex = sanction(ag, "EXCLUSION", "WEAPONS_OR_THREATENING_OBJECTS", inc);
        ex.put("advanceNoticeId", AdvanceNotices.ready(LEDER2, ag, "EXCLUSION", List.of(inc)));
        ex.put("exclusionFrom", TODAY.toString());
        ex.put("writtenGrounds", "Truet med et jernrør i fellesstua.");
        ex.put("proportionality", "Tryggheten til de andre beboerne veier tyngst.");
        ex.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.toString(), "to", TODAY.plusDays(5).toString()));
        Api.as(LEDER2).body(ex).post("/api/sanctions").then().statusCode(201);
        Api.as(LEDER).body(Map.of("unitId", People.unit("osloveien-155", "Rom 4"), "ground", "NO_ANSWER_AT_HMS_ROUND",
                "enteredAt", Instant.now().toString())).post("/api/entries").then().statusCode(201);
        var report = Api.as(LEDER).queryParam("facility", "osloveien-155").queryParam("from", TODAY.minusDays(1).toString())
                .queryParam("to", TODAY.plusDays(1).toString()).get("/api/control-reports").then().statusCode(200)
                .body("facilityId", equalTo("osloveien-155"))
                .body("exclusions.alternativeAccommodation.place", everyItem(equalTo("Hospits")))
                .body("exclusions.facilityId", everyItem(equalTo("osloveien-155")))
                .body("entries.facilityId", everyItem(equalTo("osloveien-155")))
                .body("entriesByGround.key", hasItem("NO_ANSWER_AT_HMS_ROUND"))
                .body("flags.flag", hasItem("ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER"))
                .body("entries.unitLabel", not(hasItem("003"))).extract().jsonPath();
        assertTrue(report.getList("exclusions").size() >= 1);
        String csv = Api.as(LEDER).accept("text/csv").queryParam("facility", "osloveien-155").queryParam("from", TODAY.minusDays(1).toString())
                .queryParam("to", TODAY.plusDays(1).toString()).queryParam("format", "csv").get("/api/control-reports")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFtiltak;dato;beboer;grunnlag;status;detaljer\n"), csv);
        assertTrue(csv.contains("\nBortvisning;"), csv);
        byte[] pdf = Api.as(LEDER).accept("application/pdf").queryParam("facility", "osloveien-155")
                .queryParam("from", TODAY.minusDays(1).toString()).queryParam("to", TODAY.plusDays(1).toString())
                .queryParam("format", "pdf").get("/api/control-reports").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Kontrollrapport – Osloveien 155"), text);
            assertTrue(text.contains("Hospits"), "the alternative accommodation of each exclusion");
        }
        Api.as("bakklandet-leder").queryParam("facility", "osloveien-155").queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).get("/api/control-reports").then().statusCode(403);
        Api.as("valoya1").queryParam("facility", "valoyveien-9").queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).get("/api/control-reports").then().statusCode(403);
    }

    @Test
    void R_SAN_10_a_termination_without_an_earlier_written_warning_is_flagged_for_the_auditor() throws Exception {
        // R-SAN-5 refuses such a termination when it is proposed; the report still checks every record it
        // lists, as records may come from elsewhere (e.g. moved over from the spreadsheets)
        String ag = TerminationByDecisionTests.residentInArrears(LEDER, "osloveien-155");
        String person = personOf(LEDER, ag);
        String unpaidIncident = incident(LEDER, "osloveien-155", person, List.of("NON_PAYMENT"), false);
        Map<String, Object> unpaid = sanction(ag, "TERMINATION", "NON_PAYMENT", unpaidIncident);
        unpaid.put("advanceNoticeId", AdvanceNotices.ready(LEDER, ag, "TERMINATION", List.of(unpaidIncident)));
        unpaid.put("writtenGrounds", "Egenbetaling ikke betalt.");
        unpaid.put("proportionality", "Nedbetalingsplan er forsøkt.");
        String id = Api.as(LEDER).body(unpaid).post("/api/sanctions").then().statusCode(201).extract().path("id");
        // a termination for non-payment needs no written warning and is not flagged
        assertFalse(terminationFlags().contains(person));
        no.kommune.bta.support.Db.update("UPDATE sanction SET ground = 'SERIOUS_REPEATED_BREACHES' WHERE id = ?::uuid", id);
        assertTrue(terminationFlags().contains(person));
    }

    private static List<Object> terminationFlags() {
        return Api.as(LEDER).queryParam("facility", "osloveien-155").queryParam("from", TODAY.minusDays(1).toString())
                .queryParam("to", TODAY.plusDays(1).toString()).get("/api/control-reports").then().statusCode(200)
                .extract().jsonPath().getList("flags.findAll { it.flag == 'TERMINATION_WITHOUT_WRITTEN_WARNING' }.personId");
    }

    @Test
    void R_SAN_10_internal_control_reads_every_facility_and_the_whole_municipality() {
        String ag = sharedAgreement();
        String inc = incident(LEDER, "osloveien-155", personOf(LEDER, ag), List.of("NOISE_AND_DISTURBANCE"), false);
        Api.as(LEDER).body(sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", inc)).post("/api/sanctions").then().statusCode(201);
        String from = TODAY.minusDays(1).toString(), to = TODAY.plusDays(1).toString();
        // the same report for one facility as its fagleder gets
        String own = Api.as(LEDER).queryParam("facility", "osloveien-155").queryParam("from", from).queryParam("to", to)
                .get("/api/control-reports").then().statusCode(200).extract().asString();
        String control = Api.as("kontroll1").queryParam("facility", "osloveien-155").queryParam("from", from).queryParam("to", to)
                .get("/api/control-reports").then().statusCode(200).extract().asString();
        assertEquals(own, control);
        // every facility together: what each facility has, and from more than one facility
        var all = Api.as("kontroll1").queryParam("facility", "alle").queryParam("from", from).queryParam("to", to)
                .get("/api/control-reports").then().statusCode(200).body("facilityId", equalTo("alle")).extract().jsonPath();
        var one = io.restassured.path.json.JsonPath.from(own);
        long allCount = all.getList("sanctionsByType.count", Number.class).stream().mapToLong(Number::longValue).sum();
        long oneCount = one.getList("sanctionsByType.count", Number.class).stream().mapToLong(Number::longValue).sum();
        assertTrue(allCount >= oneCount && oneCount >= 1, all.prettify());
        assertTrue(all.getList("entries.facilityId").containsAll(one.getList("entries.facilityId")));
        byte[] pdf = Api.as("kontroll1").accept("application/pdf").queryParam("facility", "alle").queryParam("from", from)
                .queryParam("to", to).queryParam("format", "pdf").get("/api/control-reports").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(pdf.length > 0);
        // a fagleder has no municipality-wide view, and internal control nothing but reports and statistics
        Api.as(LEDER).queryParam("facility", "alle").queryParam("from", from).queryParam("to", to).get("/api/control-reports")
                .then().statusCode(403);
        Api.as("kontroll1").queryParam("facility", "finnes-ikke").queryParam("from", from).queryParam("to", to)
                .get("/api/control-reports").then().statusCode(404);
        Api.as("kontroll1").get("/api/sanctions").then().statusCode(403);
        Api.as("kontroll1").get("/api/incidents").then().statusCode(403);
        Api.as("kontroll1").get("/api/persons").then().statusCode(403);
        Api.as("kontroll1").get("/api/agreements").then().statusCode(403);
        // statistics for the internal control come in whole calendar months (R-ACC-3)
        Api.as("kontroll1").queryParam("facility", "alle").queryParam("from", TODAY.withDayOfMonth(1).toString())
                .queryParam("to", TODAY.withDayOfMonth(TODAY.lengthOfMonth()).toString()).get("/api/statistics")
                .then().statusCode(200).body("facilityId", equalTo("alle"));
    }

    @Test
    void R_ACC_1_esikt_and_integration_see_no_sanctions_and_hvk_only_its_own_applicants() {
        Api.as("esikt1").get("/api/sanctions").then().statusCode(403);
        Api.asIntegration().get("/api/sanctions").then().statusCode(403);
        Api.as("esikt1").get("/api/incidents").then().statusCode(403);
        Api.as("hvk1").get("/api/sanctions").then().statusCode(200);
        Api.as("okonomi1").get("/api/control-reports?facility=bakklandet&from=2026-01-01&to=2026-12-31").then().statusCode(403);
    }
}
