package no.kommune.bta.sanction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.AdvanceNotices;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, safe decisions: a fagleder who does not approve a proposed exclusion sends it back with the reason, under
 * the same four eyes as an approval (R-SAN-7); the proposal is closed, and the proposer sees why.
 */
@QuarkusTest
class SanctionReturnTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String LEDER = SanctionFlowTests.LEDER;
    static final String LEDER2 = "osloveien155-leder2";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Test
    void R_SAN_7_a_proposed_exclusion_is_sent_back_with_a_reason_by_another_fagleder_and_is_then_closed() {
        String ag = AgreementFlowTests.movedIn(LEDER, "osloveien-155", SanctionFlowTests.vacant("osloveien-155"), TODAY);
        String person = SanctionFlowTests.personOf(LEDER, ag);
        String inc = SanctionFlowTests.incident(LEDER, "osloveien-155", person, List.of("VIOLENCE_OR_THREATS"), true);
        Map<String, Object> body = AdvanceNoticeFlowTests.exclusion(ag, "VIOLENCE_OR_THREATS", List.of(inc), TODAY.plusDays(4));
        body.put("advanceNoticeId", AdvanceNotices.ready(LEDER, ag, "EXCLUSION", List.of(inc)));
        String id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201).extract().path("id");
        String reason = "Beskriv hvilke mildere tiltak som er prøvd.";

        // four eyes, a reason, a fagleder of the facility
        Api.as(LEDER).body(Map.of("reason", reason)).post("/api/sanctions/" + id + "/return").then().statusCode(403)
                .body("type", equalTo(P + "r-san-7-four-eyes"));
        Api.as(LEDER2).body(Map.of("reason", "  ")).post("/api/sanctions/" + id + "/return").then().statusCode(422)
                .body("violations.field", hasItem("reason"));
        Api.as("bakklandet-leder").body(Map.of("reason", reason)).post("/api/sanctions/" + id + "/return").then().statusCode(404);

        Api.as(LEDER2).body(Map.of("reason", reason)).post("/api/sanctions/" + id + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo(reason)).body("returnedBy", equalTo(StaffNames.of(LEDER2)))
                .body("proposedBy", equalTo(StaffNames.of(LEDER))).body("proposedByYou", equalTo(false));
        // the proposer sees why; it waits for nobody's approval and counts on no ladder
        Api.as(LEDER).get("/api/sanctions/" + id).then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo(reason)).body("proposedByYou", equalTo(true));
        Api.as(LEDER2).queryParam("status", "AWAITING_APPROVAL").queryParam("size", 200).get("/api/sanctions").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        int given = Api.as(LEDER).get("/api/agreements/" + ag + "/sanction-history").then().statusCode(200)
                .extract().path("ladder.find { it.type == 'EXCLUSION' }.given");
        assertEquals(0, given, "a proposal sent back is not a measure given");
        // closed: neither approved nor sent back again
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(409).body("type", equalTo(P + "sanction-returned"));
        Api.as(LEDER2).body(Map.of("reason", reason)).post("/api/sanctions/" + id + "/return").then().statusCode(409)
                .body("type", equalTo(P + "sanction-returned"));
    }

    @Test
    void R_SAN_7_a_warning_needs_no_approval_and_cannot_be_sent_back() {
        String ag = SanctionFlowTests.sharedAgreement();
        String person = SanctionFlowTests.personOf(LEDER, ag);
        String inc = SanctionFlowTests.incident(LEDER, "osloveien-155", person, List.of("NOISE_AND_DISTURBANCE"), false);
        String id = Api.as(LEDER).body(SanctionFlowTests.sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", inc))
                .post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(LEDER2).body(Map.of("reason", "Nei")).post("/api/sanctions/" + id + "/return").then().statusCode(409)
                .body("type", equalTo(P + "sanction-needs-no-approval"));
    }
}
