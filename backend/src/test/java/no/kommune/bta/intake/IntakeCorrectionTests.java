package no.kommune.bta.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** Issue 18: HVK corrects the person's details and the application before the decision, with the change in the history. */
@QuarkusTest
class IntakeCorrectionTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String ASSESSMENT = "Trenger et rusfritt bo- og tjenestetilbud med tett oppfølging.";

    /** The whole correction, as the application was registered by {@link IntakeFlowTests#intake}, with the given changes. */
    static Map<String, Object> correction(UUID intake, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", Db.query("SELECT p.given_name FROM person p JOIN intake i ON i.person_id = p.id WHERE i.id = ?",
                intake).get(0).get("given_name"));
        body.put("familyName", "Testesen");
        body.put("phone", null);
        body.put("email", null);
        body.put("address", null);
        body.put("navContact", null);
        body.put("receivedOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString());
        body.put("assessment", ASSESSMENT);
        body.put("assessmentSummary", null);
        body.put("needs", null);
        body.put("wishes", null);
        body.put("facilityWishes", List.of("bakklandet"));
        body.put("hasRentalHousingDecision", false);
        body.putAll(changes);
        return body;
    }

    static UUID waiting(String given) {
        return IntakeFlowTests.waitingIntake(given, LocalDate.of(1992, 2, 2), "FEMALE", "bakklandet");
    }

    @Test
    void R_INT_1_hvk_corrects_contact_details_and_the_assessment_with_a_history_line_naming_the_fields() {
        UUID id = waiting("Rita");
        Api.as("hvk1").body(correction(id, Map.of("phone", "98765432", "assessment", "Rettet: " + ASSESSMENT)))
                .put("/api/intakes/" + id + "/details").then().statusCode(200)
                .body("status", equalTo("WAITING"))
                .body("assessment", equalTo("Rettet: " + ASSESSMENT))
                .body("timeline.type", hasItem("CORRECTED"))
                .body("timeline.find { it.type == 'CORRECTED' }.summary", equalTo("Opplysninger rettet: telefon, faglig vurdering"));
        UUID person = UUID.fromString(Api.as("hvk1").get("/api/intakes/" + id).then().extract().path("person.id"));
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(200).body("phone", equalTo("98765432"));
        // the line names the fields, never the values (the assessment is health data)
        String summary = (String) Db.query("SELECT summary FROM intake_event WHERE intake_id = ? AND type = 'CORRECTED'", id)
                .get(0).get("summary");
        assertFalse(summary.contains("98765432") || summary.contains("Rettet"), summary);
        // the same correction again changes nothing and adds no line
        Api.as("hvk1").body(correction(id, Map.of("phone", "98765432", "assessment", "Rettet: " + ASSESSMENT)))
                .put("/api/intakes/" + id + "/details").then().statusCode(200);
        assertEquals(1L, Db.query("SELECT count(*) AS n FROM intake_event WHERE intake_id = ? AND type = 'CORRECTED'", id)
                .get(0).get("n"));
    }

    @Test
    void R_ACC_4_the_correction_is_in_the_access_log() throws Exception {
        UUID id = waiting("Logg");
        Api.as("hvk1").body(correction(id, Map.of("email", "logg@example.no"))).put("/api/intakes/" + id + "/details")
                .then().statusCode(200);
        Object person = Db.query("SELECT person_id FROM intake WHERE id = ?", id).get(0).get("person_id");
        boolean logged = false;
        for (int k = 0; k < 50 && !logged; k++) {
            logged = !Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = 'correctIntake' AND http_method = 'PUT' AND outcome = 200",
                    person).isEmpty();
            if (!logged) Thread.sleep(100);
        }
        assertEquals(true, logged);
    }

    @Test
    void R_INT_4_a_decided_application_is_not_corrected() {
        // a unit of its own at Osloveien 155, so that the other tests' units stay free
        UUID unit = UUID.nameUUIDFromBytes("intake-correction-1".getBytes());
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                unit, "osloveien-155", "Rettingstest 1");
        UUID id = IntakeFlowTests.waitingIntake("Vedtatt", LocalDate.of(1991, 1, 1), "MALE", "osloveien-155");
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "coordinator", "Lars Leder"))
                .post("/api/intakes/" + id + "/allocation").then().statusCode(200);
        IntakeFlowTests.informAndOrient(id, "ACCEPTED");
        Api.as("hvk1").body(Map.of("decisionDate", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "scope", "Praktisk bistand i hverdagen."))
                .post("/api/intakes/" + id + "/service-decision").then().statusCode(200).body("status", equalTo("DECIDED"));
        Api.as("hvk1").body(correction(id, Map.of("assessment", "Ny vurdering", "facilityWishes", List.of("osloveien-155"))))
                .put("/api/intakes/" + id + "/details").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(P + "intake-step-not-allowed"))
                .body("detail", containsString("R-INT-4"));
        Api.as("hvk1").get("/api/intakes/" + id).then().body("assessment", equalTo(ASSESSMENT))
                .body("timeline.type", not(hasItem("CORRECTED")));
    }

    @Test
    void R_INT_1_a_withdrawn_application_is_not_corrected() {
        UUID id = waiting("Trukket");
        Api.as("hvk1").body(Map.of("reason", "Har fått annen bolig")).post("/api/intakes/" + id + "/withdrawal").then()
                .statusCode(200);
        Api.as("hvk1").body(correction(id, Map.of("phone", "1234"))).put("/api/intakes/" + id + "/details").then()
                .statusCode(409).body("type", equalTo(P + "intake-step-not-allowed"));
    }

    @Test
    void R_ACC_3_only_the_caseworker_and_only_hvk_corrects() {
        UUID id = waiting("Tilgang");
        Api.as("hvk2").body(correction(id, Map.of("phone", "1234"))).put("/api/intakes/" + id + "/details").then()
                .statusCode(404);
        Api.as("esikt1").body(correction(id, Map.of("phone", "1234"))).put("/api/intakes/" + id + "/details").then()
                .statusCode(403);
        Api.anonymous().body(correction(id, Map.of())).put("/api/intakes/" + id + "/details").then().statusCode(401);
        Api.as("hvk1").get("/api/intakes/" + id).then().body("timeline.type", not(hasItem("CORRECTED")));
    }

    @Test
    void the_identity_number_and_unknown_fields_are_refused_and_fields_are_validated() {
        UUID id = waiting("Streng");
        Api.asInvalid("hvk1").body(correction(id, Map.of("nationalId", "15899044492"))).put("/api/intakes/" + id + "/details")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("nationalId"));
        Api.asInvalid("hvk1").body(correction(id, Map.of("email", "ikke-en-adresse", "phone", "1".repeat(41))))
                .put("/api/intakes/" + id + "/details").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("email")).body("violations.field", hasItem("phone"));
        Api.as("hvk1").body(correction(id, Map.of("facilityWishes", List.of("finnes-ikke"))))
                .put("/api/intakes/" + id + "/details").then().statusCode(422)
                .body("violations.field", hasItem("facilityWishes[0]"));
        Api.as("hvk1").body(correction(id, Map.of("receivedOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(1).toString())))
                .put("/api/intakes/" + id + "/details").then().statusCode(422)
                .body("violations.field", hasItem("receivedOn"));
        Map<String, Object> noAssessment = correction(id, Map.of());
        noAssessment.remove("assessment");
        Api.asInvalid("hvk1").body(noAssessment).put("/api/intakes/" + id + "/details").then().statusCode(422)
                .body("violations.field", hasItem("assessment"));
        Api.as("hvk1").get("/api/intakes/" + id).then().body("timeline", hasSize(2))
                .body("timeline.type", not(hasItem("CORRECTED"))).body("closedReason", nullValue());
    }
}
