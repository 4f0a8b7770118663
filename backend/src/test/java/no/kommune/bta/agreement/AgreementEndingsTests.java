package no.kommune.bta.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-AGR-9: an agreement that never reached move-in is voided, which frees the unit the same day and sends the
 * application back to the waiting list or closes it; an agreement whose end date passed without renewal is EXPIRED
 * and on the daily overview until it is renewed or the resident moves out, and so is a notice that took effect
 * without a move-out. At Osloveien 155, on units of its own.
 */
@QuarkusTest
public class AgreementEndingsTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = AgreementFlowTests.TODAY;
    static final String FACILITY = "osloveien-155";
    static final String LEDER = "osloveien155-leder";
    static final String STAFF_ELSEWHERE = "bakklandet1";
    static final int UNITS = 8;

    /** Units of this class's own: other test classes fill Osloveien 155. */
    @BeforeAll
    static void units() {
        for (int i = 1; i <= UNITS; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("agreement-endings-" + i).getBytes()), FACILITY, label(i));
        }
    }

    static String label(int i) {
        return "Avslutningstest " + i;
    }

    /** A unit of this class free from today, by label. */
    static String freeUnit() {
        List<String> free = Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", TODAY.toString())
                .queryParam("size", 200).get("/api/vacancies").then().statusCode(200).extract().path("items.unitLabel");
        for (int i = 1; i <= UNITS; i++) if (free.contains(label(i))) return label(i);
        throw new IllegalStateException("no unit of " + AgreementEndingsTests.class.getSimpleName() + " is free");
    }

    static boolean vacantToday(String unitLabel) {
        List<String> free = Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", TODAY.toString())
                .queryParam("size", 200).get("/api/vacancies").then().statusCode(200).extract().path("items.unitLabel");
        return free.contains(unitLabel);
    }

    /** A draft from a decided application, from {@code start} to {@code end}. */
    static String draft(UUID intake, LocalDate start, LocalDate end) {
        return Api.as(LEDER).body(Map.of("intakeId", intake, "startDate", start.toString(), "endDate", end.toString()))
                .post("/api/agreements").then().statusCode(201).extract().path("id");
    }

    /** Signed by both, primary contact appointed and the individual plan accepted: ready to move in. */
    static void readyToMoveIn(String agreement, LocalDate signedOn) {
        String base = "/api/agreements/" + agreement;
        Api.as(LEDER).body(Map.of("party", "RESIDENT", "signedOn", signedOn.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(LEDER).body(Map.of("party", "MUNICIPALITY", "signedOn", signedOn.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(LEDER).body(Map.of("name", "Per Primær")).post(base + "/primary-contact").then().statusCode(200);
        Api.as(LEDER).body(Map.of("individualPlan", "ACCEPTED")).post(base + "/follow-up").then().statusCode(200);
    }

    /** Moved in on {@code start}, with the agreement running from {@code start} to {@code end}. */
    static String movedIn(LocalDate start, LocalDate end) {
        UUID intake = AgreementFlowTests.decidedIntake(FACILITY, freeUnit(), start, "FEMALE", LocalDate.of(1990, 4, 4), start);
        String id = draft(intake, start, end);
        readyToMoveIn(id, start);
        Api.as(LEDER).body(Map.of("movedInOn", start.toString())).post("/api/agreements/" + id + "/move-in").then().statusCode(200);
        return id;
    }

    static Map<String, Object> voiding(String applicationTo) {
        return Map.of("reason", "Søkeren ombestemte seg før innflytting", "applicationTo", applicationTo);
    }

    static JsonPath overview(String user) {
        return Api.as(user).get("/api/overview").then().statusCode(200).extract().jsonPath();
    }

    static List<String> overviewKinds(String user, String agreement) {
        return overview(user).getList("findAll { it.agreementId == '" + agreement + "' }.kind");
    }

    @Test
    void R_AGR_9_a_draft_is_voided_the_unit_is_free_the_same_day_and_the_application_waits_for_a_new_place() {
        String unit = freeUnit();
        UUID intake = AgreementFlowTests.decidedIntake(FACILITY, unit, TODAY, "FEMALE", LocalDate.of(1991, 5, 5), TODAY.minusDays(20));
        String id = draft(intake, TODAY, TODAY.plusMonths(2).minusDays(1));
        String base = "/api/agreements/" + id;
        String allocation = Api.as("hvk1").get("/api/intakes/" + intake).then().statusCode(200).extract().path("allocation.id");
        assertTrue(!vacantToday(unit), "the allocation holds the unit");

        // staff of another facility do not see the agreement; a value the contract does not name is refused
        Api.as(STAFF_ELSEWHERE).body(voiding("WAITING_LIST")).post(base + "/void").then().statusCode(404);
        Api.asInvalid(LEDER).body(voiding("SOMEWHERE")).post(base + "/void").then().statusCode(422)
                .body("violations.field", hasItem("applicationTo"));
        Api.asInvalid(LEDER).body(Map.of("applicationTo", "WAITING_LIST")).post(base + "/void").then().statusCode(422)
                .body("violations.field", hasItem("reason"));

        Api.as("osloveien155-leder2").body(voiding("WAITING_LIST")).post(base + "/void").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endReason", equalTo("VOIDED"))
                .body("endedOn", equalTo(TODAY.toString())).body("voidReason", equalTo("Søkeren ombestemte seg før innflytting"))
                .body("timeline.type", hasItem("VOIDED")).body("moveInMissing", equalTo(List.of()));
        // the unit is free today, and integrators are told (change feed)
        assertTrue(vacantToday(unit), "the unit is free the same day");
        assertEquals(1, Db.query("SELECT 1 FROM change_event WHERE type = 'ALLOCATION_RELEASED' AND ids ->> 'allocationId' = ?",
                allocation).size());
        Api.as(LEDER).body(voiding("WAITING_LIST")).post(base + "/void").then().statusCode(409)
                .body("type", equalTo(P + "agreement-step-not-allowed"));

        // back on the waiting list with its priority; the steps for the voided place stay in the timeline
        Api.as("hvk1").get("/api/intakes/" + intake).then().statusCode(200)
                .body("status", equalTo("WAITING")).body("priority", equalTo(2))
                .body("allocation", nullValue()).body("orientation", nullValue()).body("decision", nullValue())
                .body("informedOn", nullValue())
                .body("timeline.type", hasItems("ALLOCATED", "APPLICANT_INFORMED", "ORIENTATION_HELD", "DECIDED",
                        "BACK_ON_WAITING_LIST"))
                .body("timeline.find { it.type == 'BACK_ON_WAITING_LIST' }.summary", containsString("står igjen på ventelisten"));
        Api.as("esikt1").queryParam("status", "WAITING").queryParam("size", 200).get("/api/intakes").then().statusCode(200)
                .body("items.id", hasItem(intake.toString()));
        assertEquals(1, Db.query("SELECT 1 FROM service_decision WHERE intake_id = ? AND set_aside_at IS NOT NULL", intake).size(),
                "the decision for the voided place stays on record, set aside");

        // a new place is allocated, offered, oriented and decided anew, and a new agreement drafted
        String intakeBase = "/api/intakes/" + intake;
        String next = freeUnit();
        Api.as("esikt1").body(Map.of("unitId", no.kommune.bta.support.People.unit(FACILITY, next), "fromDate", TODAY.toString(),
                "coordinator", "Lise Leder")).post(intakeBase + "/allocation").then().statusCode(200).body("status", equalTo("ALLOCATED"));
        Api.as("hvk1").body(Map.of("informedOn", TODAY.toString())).post(intakeBase + "/applicant-informed").then().statusCode(200);
        Api.as("hvk1").body(Map.of("heldOn", TODAY.toString(), "participants", List.of("APPLICANT", "HVK", "FACILITY"),
                "applicantAnswer", "ACCEPTED")).post(intakeBase + "/orientation-meeting").then().statusCode(200)
                .body("status", equalTo("ORIENTED"));
        Api.as("hvk1").body(Map.of("decisionDate", TODAY.toString(), "scope", "Praktisk bistand i ny hybel."))
                .post(intakeBase + "/service-decision").then().statusCode(200).body("status", equalTo("DECIDED"))
                .body("decision.scope", equalTo("Praktisk bistand i ny hybel."));
        String second = draft(intake, TODAY, TODAY.plusMonths(2).minusDays(1));
        Api.as(LEDER).get("/api/agreements/" + second).then().statusCode(200).body("unitLabel", equalTo(next))
                .body("status", equalTo("DRAFT"));
        Api.as(LEDER).get(base).then().statusCode(200).body("status", equalTo("ENDED"));
    }

    @Test
    void R_AGR_9_a_signed_agreement_never_moved_in_is_voided_the_application_closed_and_no_stay_counted() {
        String unit = freeUnit();
        UUID intake = AgreementFlowTests.decidedIntake(FACILITY, unit, TODAY, "FEMALE", LocalDate.of(1992, 6, 6), TODAY);
        String id = draft(intake, TODAY, TODAY.plusMonths(2).minusDays(1));
        readyToMoveIn(id, TODAY);
        String base = "/api/agreements/" + id;
        Api.as(LEDER).get(base).then().body("status", equalTo("ACTIVE")).body("moveInMissing", equalTo(List.of()));
        Map<String, Object> before = statistics();

        Api.as("osloveien155-leder2").body(voiding("CLOSED")).post(base + "/void").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endReason", equalTo("VOIDED"))
                .body("timeline.find { it.type == 'VOIDED' }.summary", containsString("søknaden er avsluttet"));
        assertTrue(vacantToday(unit), "the unit is free the same day");
        Api.as("hvk1").get("/api/intakes/" + intake).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("closedReason", equalTo("Søkeren ombestemte seg før innflytting"))
                .body("allocation", nullValue());
        // a voided agreement is no stay: nothing the statistics count changes
        assertEquals(before, statistics());
        Api.as(LEDER).body(Map.of("movedInOn", TODAY.toString())).post(base + "/move-in").then().statusCode(409)
                .body("type", equalTo(P + "agreement-step-not-allowed"));
    }

    /** What the statistics count as stays at the facility this month. */
    static Map<String, Object> statistics() {
        JsonPath s = Api.as(LEDER).queryParam("facility", FACILITY).queryParam("from", TODAY.withDayOfMonth(1).toString())
                .queryParam("to", TODAY.toString()).get("/api/statistics").then().statusCode(200).extract().jsonPath();
        return Map.of("residentsServed", s.getInt("residentsServed"), "moveIns", s.getInt("moveIns"),
                "moveOuts", s.getInt("moveOuts"), "stillLiving", s.getInt("stillLiving"),
                "occupiedUnitDays", s.getLong("occupiedUnitDays"), "moveOutsByReason", s.getList("moveOutsByReason"));
    }

    @Test
    void R_AGR_9_after_move_in_an_agreement_cannot_be_voided() {
        String id = movedIn(TODAY, TODAY.plusMonths(2).minusDays(1));
        Api.as(LEDER).body(voiding("WAITING_LIST")).post("/api/agreements/" + id + "/void").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(P + "r-agr-9-void-only-before-move-in")).body("rule", equalTo("R-AGR-9"));
        Api.as(LEDER).get("/api/agreements/" + id).then().body("status", equalTo("ACTIVE")).body("endReason", nullValue());
    }

    @Test
    void R_AGR_9_an_agreement_past_its_end_date_is_EXPIRED_and_on_the_overview_until_it_is_renewed() {
        LocalDate start = TODAY.minusDays(70);
        String id = movedIn(start, start.plusMonths(2).minusDays(1));
        String base = "/api/agreements/" + id;
        Api.as(LEDER).get(base).then().statusCode(200).body("status", equalTo("EXPIRED"))
                .body("flags", hasItems("EXPIRED", "FIRST_PERIOD_NOT_EVALUATED")).body("flags", not(hasItem("ENDING_SOON")));
        Api.as("hvk1").get(base + "/status").then().statusCode(200).body("status", equalTo("EXPIRED"));
        Api.as(LEDER).queryParam("status", "EXPIRED").queryParam("facility", FACILITY).queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200).body("items.id", hasItem(id));
        JsonPath overview = overview(LEDER);
        assertEquals(start.plusMonths(2).minusDays(1).toString(),
                overview.getString("find { it.kind == 'AGREEMENT_EXPIRED' && it.agreementId == '" + id + "' }.dueDate"));
        assertEquals("/avtaler/" + id,
                overview.getString("find { it.kind == 'AGREEMENT_EXPIRED' && it.agreementId == '" + id + "' }.link"));

        // R-SAN-1: the house rules still hold while it is expired
        String person = Api.as(LEDER).get(base).then().extract().path("person.id");
        String noise = no.kommune.bta.sanction.SanctionFlowTests.incident(LEDER, FACILITY, person, List.of("NOISE_AND_DISTURBANCE"), false);
        Api.as(LEDER).body(Map.of("agreementId", id, "type", "ORAL_WARNING", "ground", "NOISE_AND_DISTURBANCE",
                "incidentIds", List.of(noise))).post("/api/sanctions").then().statusCode(201);

        // renewal: the evaluation first (R-AGR-1), and to a date that leaves it running
        Api.as(LEDER).body(Map.of("toDate", TODAY.plusMonths(12).toString())).post(base + "/renewals").then().statusCode(422)
                .body("type", equalTo(P + "r-agr-1-evaluation-before-renewal"));
        Api.as(LEDER).body(Map.of("heldOn", TODAY.toString(), "summary", "Går bra; fornyes.")).post(base + "/evaluations")
                .then().statusCode(200).body("status", equalTo("EXPIRED"));
        Api.as(LEDER).body(Map.of("toDate", TODAY.minusDays(1).toString())).post(base + "/renewals").then().statusCode(422)
                .body("violations.field", hasItem("toDate"));
        Api.as(LEDER).body(Map.of("toDate", TODAY.plusMonths(12).toString())).post(base + "/renewals").then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("periods[1].fromDate", equalTo(start.plusMonths(2).toString()))
                .body("flags", not(hasItem("EXPIRED")));
        assertEquals(List.of(), overviewKinds(LEDER, id));
    }

    @Test
    void R_AGR_9_a_notice_past_its_effective_date_is_on_the_overview_until_the_move_out_and_an_expired_agreement_moves_out() {
        String noticed = movedIn(TODAY.minusDays(40), TODAY.plusMonths(6));
        String base = "/api/agreements/" + noticed;
        Api.as(LEDER).body(Map.of("givenBy", "RESIDENT", "givenOn", TODAY.minusDays(30).toString(), "reason", "Flytter til søsteren"))
                .post(base + "/notice").then().statusCode(200).body("status", equalTo("NOTICE_GIVEN"))
                .body("flags", hasItem("NOTICE_PASSED"));
        JsonPath overview = overview(LEDER);
        assertEquals(TODAY.minusDays(16).toString(), overview.getString(
                "find { it.kind == 'NOTICE_PASSED_WITHOUT_MOVE_OUT' && it.agreementId == '" + noticed + "' }.dueDate"));
        Api.as(STAFF_ELSEWHERE).get("/api/overview").then().statusCode(200).body("agreementId", not(hasItem(noticed)));
        Api.as(LEDER).body(Map.of("movedOutOn", TODAY.toString(), "destination", "PRIVATE_RENTAL", "terminationGround", "NONE"))
                .post(base + "/move-out").then().statusCode(200).body("status", equalTo("ENDED")).body("flags", equalTo(List.of()));
        assertEquals(List.of(), overviewKinds(LEDER, noticed));

        LocalDate start = TODAY.minusDays(75);
        String expired = movedIn(start, start.plusMonths(2).minusDays(1));
        assertEquals(List.of("AGREEMENT_EXPIRED", "FIRST_PERIOD_NOT_EVALUATED"), overviewKinds(LEDER, expired).stream().sorted().toList());
        Api.as(LEDER).body(Map.of("movedOutOn", TODAY.toString(), "destination", "MUNICIPAL_RENTAL", "terminationGround", "NONE"))
                .post("/api/agreements/" + expired + "/move-out").then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endReason", equalTo("MOVED_OUT"));
        assertEquals(List.of(), overviewKinds(LEDER, expired));
    }
}
