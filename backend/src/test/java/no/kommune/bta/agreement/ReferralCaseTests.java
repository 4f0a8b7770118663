package no.kommune.bta.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kommune.bta.sanction.SanctionFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * R-SAN-6: in a tenancy (Valøyveien 9) the hardest step is a referral for termination to the property owner. The
 * approved referral opens a case on the agreement, which follows the owner's answer with its dates and outcome and
 * shows on the agreement and in the control report (R-SAN-10).
 */
@QuarkusTest
public class ReferralCaseTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = AgreementFlowTests.TODAY;
    static final String FACILITY = "valoyveien-9";
    static final String STAFF = "valoya1";
    static final String LEDER = "valoya-leder";

    /** A tenant with a written complaint behind them, referred to the owner (proposed by staff, approved by the fagleder). */
    static String referredTenant() {
        String unit = Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", TODAY.toString()).get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
        String ag = AgreementFlowTests.movedIn(LEDER, FACILITY, unit, TODAY);
        String person = Api.as(LEDER).get("/api/agreements/" + ag).then().extract().path("person.id");
        String breach = SanctionFlowTests.incident(STAFF, FACILITY, person, List.of("NOISE_AND_DISTURBANCE", "DAMAGE"), true);
        Api.as(STAFF).body(Map.of("agreementId", ag, "type", "WRITTEN_COMPLAINT", "ground", "SERIOUS_BREACH",
                "incidentIds", List.of(breach))).post("/api/sanctions").then().statusCode(201);
        Map<String, Object> referral = new HashMap<>(Map.of("agreementId", ag, "type", "TERMINATION_REFERRAL",
                "ground", "SERIOUS_REPEATED_BREACHES", "incidentIds", List.of(breach)));
        referral.put("writtenGrounds", "Gjentatt bråk og skade på leiligheten etter skriftlig klage.");
        referral.put("proportionality", "Klagen er ikke fulgt; naboene må få ro.");
        String sanction = Api.as(STAFF).body(referral).post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(LEDER).post("/api/sanctions/" + sanction + "/approval").then().statusCode(200);
        return ag;
    }

    static Map<String, Object> answer(String response, LocalDate effectiveOn) {
        Map<String, Object> body = new HashMap<>(Map.of("response", response, "respondedOn", TODAY.toString(),
                "outcome", "Eieren har vurdert henvisningen."));
        if (effectiveOn != null) body.put("effectiveOn", effectiveOn.toString());
        return body;
    }

    @Test
    void R_SAN_6_an_approved_referral_is_a_case_on_the_agreement_that_follows_the_owners_answer() throws Exception {
        String ag = referredTenant();
        String base = "/api/agreements/" + ag;
        String id = Api.as(STAFF).get(base + "/referrals").then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("REFERRED")).body("[0].referredOn", equalTo(TODAY.toString()))
                .body("[0].referredBy", equalTo(StaffNames.of(LEDER))).body("[0].facilityId", equalTo(FACILITY))
                .body("[0].respondedOn", nullValue()).extract().path("[0].id");
        Api.as(LEDER).get(base).then().statusCode(200).body("referrals.id", equalTo(List.of(id)))
                .body("timeline.type", hasItem("TERMINATION_REFERRAL"));
        // the resident's staff only (R-ACC-3)
        Api.as("bakklandet1").get(base + "/referrals").then().statusCode(404);
        Api.as("bakklandet-leder").body(answer("NOTICE", TODAY.plusMonths(3))).post("/api/referrals/" + id + "/response")
                .then().statusCode(404);
        Api.as("hvk1").get(base + "/referrals").then().statusCode(403);

        String response = "/api/referrals/" + id + "/response";
        Api.as(STAFF).body(answer("NOTICE", null)).post(response).then().statusCode(422).body("violations.field", hasItem("effectiveOn"));
        Api.as(STAFF).body(answer("WITHDRAWN", TODAY)).post(response).then().statusCode(422).body("violations.field", hasItem("effectiveOn"));
        Api.as(STAFF).body(answer("EVICTION", TODAY.minusDays(1))).post(response).then().statusCode(422)
                .body("violations.field", hasItem("effectiveOn"));
        Api.asInvalid(STAFF).body(answer("REFERRED", null)).post(response).then().statusCode(422).body("violations.field", hasItem("response"));
        Map<String, Object> future = answer("NOTICE", TODAY.plusMonths(3));
        future.put("respondedOn", TODAY.plusDays(1).toString());
        Api.as(STAFF).body(future).post(response).then().statusCode(422).body("violations.field", hasItem("respondedOn"));

        Map<String, Object> notice = answer("NOTICE", TODAY.plusMonths(3));
        notice.put("outcome", "Eieren sa opp leieforholdet; oppsigelsen er forkynt.");
        Api.as(STAFF).body(notice).post(response).then().statusCode(200)
                .body("status", equalTo("NOTICE")).body("respondedOn", equalTo(TODAY.toString()))
                .body("effectiveOn", equalTo(TODAY.plusMonths(3).toString()))
                .body("outcome", equalTo("Eieren sa opp leieforholdet; oppsigelsen er forkynt.")).body("responseRecordedBy", equalTo(StaffNames.of(STAFF)));
        Api.as(LEDER).body(answer("WITHDRAWN", null)).post(response).then().statusCode(409)
                .body("type", equalTo(P + "r-san-6-referral-already-answered")).body("rule", equalTo("R-SAN-6"));
        Api.as(LEDER).get(base).then().body("referrals[0].status", equalTo("NOTICE"))
                .body("timeline.find { it.type == 'REFERRAL_ANSWERED' }.summary", containsString("sa opp leieforholdet"));

        // R-SAN-10: the control report lists the case with the owner's answer, in JSON and CSV
        Api.as(LEDER).queryParam("facility", FACILITY).queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                .get("/api/control-reports").then().statusCode(200)
                .body("referrals.find { it.id == '" + id + "' }.status", equalTo("NOTICE"))
                .body("referrals.find { it.id == '" + id + "' }.agreementId", equalTo(ag))
                .body("terminations.type", hasItem("TERMINATION_REFERRAL"));
        String csv = Api.as("kontroll1").accept("text/csv").queryParam("facility", FACILITY).queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).queryParam("format", "csv").get("/api/control-reports").then().statusCode(200)
                .extract().asString();
        java.time.format.DateTimeFormatter nb = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertTrue(csv.contains("\nHenvisning til oppsigelse hos eier;" + TODAY.format(nb) + ";"), csv);
        assertTrue(csv.contains("virkning fra " + TODAY.plusMonths(3).format(nb)), csv);
        byte[] pdf = Api.as(LEDER).accept("application/pdf").queryParam("facility", FACILITY).queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).queryParam("format", "pdf").get("/api/control-reports").then().statusCode(200)
                .extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Henvisninger til eieren av boligen"), text);
            assertTrue(text.contains("Eieren sa opp leieforholdet; oppsigelsen er forkynt."), text);
        }
        Api.as("kontroll1").queryParam("facility", "bakklandet").queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).get("/api/control-reports").then().statusCode(200)
                .body("referrals.id", org.hamcrest.Matchers.not(hasItem(id)));
        // the whole municipality's report reads the referrals by another statement than one facility's
        Api.as("kontroll1").queryParam("facility", no.kommune.bta.security.FacilityScope.WHOLE_MUNICIPALITY)
                .queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString()).get("/api/control-reports")
                .then().statusCode(200).body("referrals.find { it.id == '" + id + "' }.status", equalTo("NOTICE"));
    }

    @Test
    void R_SAN_6_a_fixed_term_not_renewed_takes_effect_when_the_term_ends() {
        String ag = referredTenant();
        String id = Api.as(LEDER).get("/api/agreements/" + ag + "/referrals").then().extract().path("[0].id");
        String end = Api.as(LEDER).get("/api/agreements/" + ag).then().extract().path("endDate");
        Api.as(LEDER).body(answer("FIXED_TERM_NOT_RENEWED", null)).post("/api/referrals/" + id + "/response").then().statusCode(200)
                .body("status", equalTo("FIXED_TERM_NOT_RENEWED")).body("effectiveOn", equalTo(end));
    }
}
