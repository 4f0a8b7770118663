package no.kommune.bta.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentFlowTests {

    @Test
    void R_FOL_2_assessments_over_time_only_for_staff_of_the_current_facility() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        String unit = Api.as("esikt1").queryParam("facility", "valoyveien-9").queryParam("from", today.toString())
                .get("/api/vacancies").then().extract().path("items[0].unitLabel");
        String ag = AgreementFlowTests.movedIn("valoya-leder", "valoyveien-9", unit, today);
        String person = Api.as("valoya1").get("/api/agreements/" + ag).then().extract().path("person.id");
        String base = "/api/residents/" + person + "/assessments";
        Api.as("valoya1").body(Map.of("instrument", "AUDIT_C", "takenOn", today.minusDays(30).toString(),
                        "answers", Map.of("q1", 3, "q2", 2, "q3", 2)))
                .post(base).then().statusCode(201).body("total", equalTo(7.0f))
                .body("readings[0].met", equalTo(true));
        Api.as("valoya1").body(Map.of("instrument", "AUDIT_C", "takenOn", today.toString(), "answers", Map.of("q1", 1, "q2", 0, "q3", 1)))
                .post(base).then().statusCode(201).body("total", equalTo(2.0f)).body("changeSincePrevious", equalTo(-5.0f))
                .body("readings[0].met", equalTo(false));
        Api.as("valoya1").body(Map.of("instrument", "AUDIT_C", "takenOn", today.toString(), "answers", Map.of("q1", 9)))
                .post(base).then().statusCode(422).body("violations.field", hasItem("answers.q1"));
        Api.as("valoya-leder").queryParam("instrument", "AUDIT_C").get(base).then().statusCode(200)
                .body("size()", equalTo(2)).body("[1].changeSincePrevious", equalTo(-5.0f));
        // health data: no other role, no other facility
        Api.as("hvk1").get(base).then().statusCode(403);
        Api.as("esikt1").get(base).then().statusCode(403);
        Api.as("okonomi1").get(base).then().statusCode(403);
        Api.as("bakklandet1").get(base).then().statusCode(404);
        Api.as("valoya1").get("/api/instruments").then().statusCode(200).body("id", hasItem("EUROPASI"));
        for (int i = 0; i < 50 && Db.query("SELECT 1 FROM access_log WHERE person_id = ?::uuid AND operation = 'listAssessments'", person)
                .isEmpty(); i++) {
            Thread.sleep(100);
        }
        org.junit.jupiter.api.Assertions.assertFalse(Db.query(
                "SELECT 1 FROM access_log WHERE person_id = ?::uuid AND operation = 'listAssessments' AND outcome = 200", person).isEmpty());
    }
}
