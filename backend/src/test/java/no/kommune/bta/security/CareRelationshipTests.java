package no.kommune.bta.security;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import no.kommune.bta.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-3: access follows the care relationship. Each test walks a person through a change (move-in, move-out,
 * transfer, an application closed, the window passing on a clock the test moves) and shows what each caller sees
 * before and after, on the person, the records about them, and the lists.
 */
@QuarkusTest
class CareRelationshipTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String OSLOVEIEN = "osloveien-155";
    static final String OSLOVEIEN_LEDER = "osloveien155-leder";
    static final String VALOYA = "valoyveien-9";
    static final String VALOYA_LEDER = "valoya-leder";
    static final int WINDOW = 90;

    /**
     * Units of their own at Osloveien 155 (the other tests fill the five rooms): each test moves a new resident in
     * today, and a unit stays taken until the day after move-out.
     */
    @BeforeAll
    static void units() {
        for (int i = 1; i <= 12; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("care-relationship-" + i).getBytes()), OSLOVEIEN, "Tilgangstest " + i);
        }
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    static String vacant(String facility) {
        return Api.as("esikt1").queryParam("facility", facility).queryParam("from", TODAY.toString()).get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
    }

    static UUID personOf(String user, String agreement) {
        return UUID.fromString(Api.as(user).get("/api/agreements/" + agreement).then().statusCode(200).extract().path("person.id"));
    }

    static UUID intakeOf(String user, String agreement) {
        return UUID.fromString(Api.as(user).get("/api/agreements/" + agreement).then().statusCode(200).extract().path("intakeId"));
    }

    static void moveOut(String user, String agreement, LocalDate on) {
        Api.as(user).body(Map.of("movedOutOn", on.toString(), "destination", "OWN_HOME", "terminationGround", "NONE"))
                .post("/api/agreements/" + agreement + "/move-out").then().statusCode(200).body("status", equalTo("ENDED"));
    }

    static void assess(String user, UUID person) {
        Api.as(user).body(Map.of("instrument", "AUDIT_C", "takenOn", TODAY.toString(), "answers", Map.of("q1", 2, "q2", 1, "q3", 1)))
                .post("/api/residents/" + person + "/assessments").then().statusCode(201);
    }

    static List<String> ids(String user, String path, Map<String, ?> query) {
        return Api.as(user).queryParams(query).get(path).then().statusCode(200).extract().path("items.id");
    }

    /** Every person-bound read the facility's staff have, each expected to answer {@code status}. */
    static void facilityReads(String user, UUID person, String agreement, UUID intake, int status) {
        Api.as(user).get("/api/persons/" + person).then().statusCode(status);
        Api.as(user).get("/api/agreements/" + agreement).then().statusCode(status);
        Api.as(user).get("/api/agreements/" + agreement + "/status").then().statusCode(status);
        Api.as(user).get("/api/agreements/" + agreement + "/ledger").then().statusCode(status);
        Api.as(user).get("/api/agreements/" + agreement + "/sanction-history").then().statusCode(status);
        Api.as(user).get("/api/residents/" + person + "/assessments").then().statusCode(status);
        Api.as(user).get("/api/intakes/" + intake).then().statusCode(status);
    }

    @Test
    void R_ACC_3_a_facility_sees_its_resident_until_the_follow_up_window_after_move_out_has_passed() {
        String ag = AgreementFlowTests.movedIn(OSLOVEIEN_LEDER, OSLOVEIEN, vacant(OSLOVEIEN), TODAY);
        UUID person = personOf(OSLOVEIEN_LEDER, ag);
        UUID intake = intakeOf(OSLOVEIEN_LEDER, ag);
        assess(OSLOVEIEN_LEDER, person);
        String incident = no.kommune.bta.sanction.SanctionFlowTests.incident(OSLOVEIEN_LEDER, OSLOVEIEN, person.toString(),
                List.of("SUBSTANCE_USE"), false);
        Api.as(OSLOVEIEN_LEDER).get("/api/persons/" + person).then().statusCode(200)
                .body("access.reason", hasItem("RESIDENT"));
        Api.as(OSLOVEIEN_LEDER).queryParam("personId", person).get("/api/incidents").then().statusCode(200)
                .body("items.id", hasItem(incident));
        facilityReads(OSLOVEIEN_LEDER, person, ag, intake, 200);
        // staff of another facility never see the resident, whatever they ask for
        facilityReads(VALOYA_LEDER, person, ag, intake, 404);
        assertFalse(ids(VALOYA_LEDER, "/api/agreements", Map.of("size", 200)).contains(ag));

        moveOut(OSLOVEIEN_LEDER, ag, TODAY);
        // the allocation closes with the agreement: the unit's history and the access rule agree
        assertEquals(1, Db.query("SELECT 1 FROM allocation WHERE intake_id = ? AND released_at IS NOT NULL", intake).size());
        assertEquals(0, Db.query("SELECT 1 FROM allocation WHERE intake_id = ? AND released_at IS NULL", intake).size());

        // inside the window: settlement and after-care, and the SPA can say until when
        TestClock.advanceDays(WINDOW - 1);
        Api.as(OSLOVEIEN_LEDER).get("/api/persons/" + person).then().statusCode(200)
                .body("access.reason", equalTo(List.of("AFTER_CARE")))
                .body("access[0].endedOn", equalTo(TODAY.toString()))
                .body("access[0].until", equalTo(TODAY.plusDays(WINDOW - 1).toString()));
        facilityReads(OSLOVEIEN_LEDER, person, ag, intake, 200);
        Api.as(OSLOVEIEN_LEDER).queryParam("status", "ENDED").queryParam("size", 200).get("/api/agreements").then()
                .statusCode(200)
                .body("items.find { it.id == '" + ag + "' }.accessUntil", equalTo(TODAY.plusDays(WINDOW - 1).toString()))
                .body("items.find { it.id == '" + ag + "' }.endedOn", equalTo(TODAY.toString()));

        // the window has passed: nothing, not even in a list or a search
        TestClock.advanceDays(1);
        facilityReads(OSLOVEIEN_LEDER, person, ag, intake, 404);
        assertFalse(ids(OSLOVEIEN_LEDER, "/api/agreements", Map.of("size", 200, "status", "ENDED")).contains(ag));
        assertFalse(ids(OSLOVEIEN_LEDER, "/api/persons", Map.of("q", "Testesen", "size", 200)).contains(person.toString()));
        assertFalse(ids(OSLOVEIEN_LEDER, "/api/intakes", Map.of("size", 200)).contains(intake.toString()));
        Api.as(OSLOVEIEN_LEDER).queryParam("personId", person).get("/api/incidents").then().statusCode(200)
                .body("items.id", not(hasItem(incident)));
    }

    @Test
    void R_ACC_3_after_a_transfer_the_new_facility_reads_earlier_assessments_only_with_the_residents_consent() {
        String first = AgreementFlowTests.movedIn(OSLOVEIEN_LEDER, OSLOVEIEN, vacant(OSLOVEIEN), TODAY);
        UUID person = personOf(OSLOVEIEN_LEDER, first);
        assess(OSLOVEIEN_LEDER, person);
        moveOut(OSLOVEIEN_LEDER, first, TODAY);
        // before the new facility is involved it sees nothing
        Api.as(VALOYA_LEDER).get("/api/persons/" + person).then().statusCode(404);

        UUID intake = AgreementFlowTests.decidedIntake(person, VALOYA, vacant(VALOYA), TODAY, TODAY);
        // allocated: the receiving facility sees the person from the allocation on, but none of the old assessments
        Api.as(VALOYA_LEDER).get("/api/persons/" + person).then().statusCode(200).body("access.reason", hasItem("ALLOCATED"));
        String second = AgreementFlowTests.movedIn(VALOYA_LEDER, intake, TODAY);
        Api.as(VALOYA_LEDER).get("/api/residents/" + person + "/assessments").then().statusCode(200).body("$", empty());
        Api.as(VALOYA_LEDER).get("/api/agreements/" + first).then().statusCode(404);
        // the old facility keeps its own record during its window, and not the new agreement
        Api.as(OSLOVEIEN_LEDER).get("/api/residents/" + person + "/assessments").then().statusCode(200)
                .body("instrument", equalTo(List.of("AUDIT_C")));
        Api.as(OSLOVEIEN_LEDER).get("/api/agreements/" + second).then().statusCode(404);

        // the resident consents: the new facility reads the earlier assessment; withdrawn: no longer
        Api.as(VALOYA_LEDER).body(Map.of("shared", true, "effectiveOn", TODAY.toString()))
                .post("/api/residents/" + person + "/assessment-sharing").then().statusCode(200)
                .body("facilityId", equalTo(VALOYA)).body("givenOn", equalTo(TODAY.toString()));
        Api.as(VALOYA_LEDER).get("/api/residents/" + person + "/assessments").then().statusCode(200)
                .body("instrument", equalTo(List.of("AUDIT_C")));
        Api.as(VALOYA_LEDER).body(Map.of("shared", false, "effectiveOn", TODAY.toString()))
                .post("/api/residents/" + person + "/assessment-sharing").then().statusCode(200)
                .body("withdrawnOn", equalTo(TODAY.toString()));
        Api.as(VALOYA_LEDER).get("/api/residents/" + person + "/assessments").then().statusCode(200).body("$", empty());
        Api.as(VALOYA_LEDER).body(Map.of("shared", false, "effectiveOn", TODAY.toString()))
                .post("/api/residents/" + person + "/assessment-sharing").then().statusCode(409)
                .body("type", equalTo("https://bta.kommune.no/problems/r-acc-3-no-sharing-consent"));
        // only the facility where the resident lives now records the consent
        Api.as(OSLOVEIEN_LEDER).body(Map.of("shared", true, "effectiveOn", TODAY.toString()))
                .post("/api/residents/" + person + "/assessment-sharing").then().statusCode(404);
    }

    @Test
    void R_ACC_3_an_hvk_caseworker_sees_only_their_own_applicants_until_the_window_after_closing_has_passed() {
        UUID person = People.create("Saks", "Behandlesen", LocalDate.of(1988, 8, 8), "MALE");
        String intake = Api.as("hvk1").body(Map.of("personId", person, "assessment", "Trenger bolig med oppfølging."))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(200).body("access.reason", equalTo(List.of("APPLICATION")));
        // keyed on the token subject, not the role: another caseworker does not see it
        Api.as("hvk2").get("/api/persons/" + person).then().statusCode(404);
        Api.as("hvk2").get("/api/intakes/" + intake).then().statusCode(404);
        assertFalse(ids("hvk2", "/api/intakes", Map.of("q", "behandlesen", "size", 200)).contains(intake));
        assertFalse(ids("hvk2", "/api/persons", Map.of("q", "behandlesen", "size", 200)).contains(person.toString()));
        assertEquals("b7a00000-0000-4000-8000-000000000001",
                Db.query("SELECT caseworker_subject FROM intake WHERE id = ?", UUID.fromString(intake)).get(0).get("caseworker_subject"));

        Api.as("hvk1").body(Map.of("reason", "Søkeren har fått annen bolig"))
                .post("/api/intakes/" + intake + "/withdrawal").then().statusCode(200);
        TestClock.advanceDays(WINDOW - 1);
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(200)
                .body("access[0].until", equalTo(TODAY.plusDays(WINDOW - 1).toString()));
        Api.as("hvk1").get("/api/intakes/" + intake).then().statusCode(200);
        TestClock.advanceDays(1);
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(404);
        Api.as("hvk1").get("/api/intakes/" + intake).then().statusCode(404);
        assertFalse(ids("hvk1", "/api/intakes", Map.of("q", "behandlesen", "size", 200)).contains(intake));
        assertFalse(ids("hvk1", "/api/persons", Map.of("q", "behandlesen", "size", 200)).contains(person.toString()));
    }

    @Test
    void R_ACC_3_hvk_sees_the_agreement_status_and_sanctions_of_its_applicant_and_another_caseworker_does_not() {
        String ag = AgreementFlowTests.movedIn(OSLOVEIEN_LEDER, OSLOVEIEN, vacant(OSLOVEIEN), TODAY);
        UUID person = personOf(OSLOVEIEN_LEDER, ag);
        Api.as("hvk1").get("/api/agreements/" + ag + "/status").then().statusCode(200).body("status", equalTo("ACTIVE"));
        Api.as("hvk2").get("/api/agreements/" + ag + "/status").then().statusCode(404);
        Api.as("hvk2").get("/api/persons/" + person).then().statusCode(404);
        // the application closed at move-in: once the window has passed, HVK's view of the person ends too
        TestClock.advanceDays(WINDOW);
        Api.as("hvk1").get("/api/agreements/" + ag + "/status").then().statusCode(404);
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(404);
    }

    @Test
    void R_ACC_3_esikt_reads_the_queue_without_number_or_health_text_and_nothing_after_move_in() {
        UUID person = People.create("Kø", "Ventesen", LocalDate.of(1979, 9, 9), "FEMALE");
        String intake = Api.as("hvk1").body(Map.of("personId", person, "assessment", "Lang fortelling om helse og rus.",
                        "assessmentSummary", "Trenger rusfri bolig snart.", "needs", "Tett oppfølging"))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
        Api.as("esikt1").get("/api/intakes/" + intake).then().statusCode(200)
                .body("assessmentSummary", equalTo("Trenger rusfri bolig snart."))
                .body("assessment", nullValue()).body("needs", nullValue())
                .body("person.nationalIdMasked", nullValue()).body("person.birthDate", nullValue())
                .body("person.birthYear", equalTo(1979));
        Api.as("esikt1").get("/api/persons/" + person).then().statusCode(403);
        String list = Api.as("esikt1").queryParam("q", "ventesen").queryParam("size", 200).get("/api/intakes").then()
                .statusCode(200).body("items.id", hasItem(intake)).extract().asString();
        assertFalse(list.matches("(?s).*\\d{6} \\*{5}.*"), "no masked number in ESIKT's list");

        UUID unitIntake = AgreementFlowTests.decidedIntake(person, OSLOVEIEN, vacant(OSLOVEIEN), TODAY, TODAY);
        Api.as("esikt1").get("/api/intakes/" + unitIntake).then().statusCode(200);
        AgreementFlowTests.movedIn(OSLOVEIEN_LEDER, unitIntake, TODAY);
        Api.as("esikt1").get("/api/intakes/" + unitIntake).then().statusCode(404);
        assertFalse(ids("esikt1", "/api/intakes", Map.of("q", "ventesen", "size", 200)).contains(unitIntake.toString()));
    }
}
