package no.kommune.bta.intake;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeFlowTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate FROM = LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(14);

    static UUID intake(UUID person, String... wishes) {
        String id = Api.as("hvk1").body(Map.of("personId", person,
                        "assessment", "Trenger et rusfritt bo- og tjenestetilbud med tett oppfølging.",
                        "facilityWishes", List.of(wishes)))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static UUID waitingIntake(String given, LocalDate birth, String sex, String... wishes) {
        UUID id = intake(People.create(given, "Testesen", birth, sex), wishes);
        Api.as("esikt1").body(Map.of("priority", 2, "reason", "Bor på hospits"))
                .post("/api/intakes/" + id + "/priority").then().statusCode(200).body("status", equalTo("WAITING"));
        return id;
    }

    static void allocate(UUID intake, UUID unit) {
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", FROM.toString(), "coordinator", "Lars Leder"))
                .post("/api/intakes/" + intake + "/allocation").then().statusCode(200).body("status", equalTo("ALLOCATED"));
    }

    static void informAndOrient(UUID intake, String answer) {
        Api.as("hvk1").body(Map.of("informedOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString()))
                .post("/api/intakes/" + intake + "/applicant-informed").then().statusCode(200)
                .body("status", equalTo("INFORMED"));
        var body = new java.util.HashMap<String, Object>(Map.of("heldOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                "participants", List.of("APPLICANT", "HVK", "FACILITY"), "applicantAnswer", answer));
        if (answer.equals("DECLINED")) body.put("declineReason", "Vil heller bo hos familie");
        Api.as("hvk1").body(body).post("/api/intakes/" + intake + "/orientation-meeting").then().statusCode(200);
    }

    @Test
    void R_INT_1_hvk_registers_and_esikt_prioritises_onto_the_waiting_list() {
        UUID person = People.create("Kari", "Venteliste", LocalDate.of(2001, 3, 3), "FEMALE");
        UUID id = intake(person, "bakklandet");
        Api.as("hvk1").get("/api/intakes/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("assessment", equalTo("Trenger et rusfritt bo- og tjenestetilbud med tett oppfølging."))
                .body("timeline[0].type", equalTo("SUBMITTED"))
                .body("timeline[0].byUser", equalTo(StaffNames.of("hvk1")))
                .body("nextActions", equalTo(List.of("WITHDRAW", "REJECT", "CORRECT"))).body("waitingFor", equalTo("ESIKT"));
        // only ESIKT prioritises; only HVK registers
        Api.as("hvk1").body(Map.of("priority", 1, "reason", "x")).post("/api/intakes/" + id + "/priority").then()
                .statusCode(403);
        Api.as("esikt1").body(Map.of("personId", person, "assessment", "x")).post("/api/intakes").then().statusCode(403);

        Api.as("esikt1").get("/api/intakes/" + id).then().body("nextActions", equalTo(List.of("PRIORITISE")));
        Api.as("esikt1").body(Map.of("priority", 1, "reason", "Akutt behov")).post("/api/intakes/" + id + "/priority")
                .then().statusCode(200).body("status", equalTo("WAITING")).body("priority", equalTo(1))
                .body("timeline[1].byUser", equalTo(StaffNames.of("esikt1")))
                .body("nextActions", equalTo(List.of("PRIORITISE", "ALLOCATE")));
        Api.as("esikt1").queryParam("status", "WAITING").queryParam("order", "priority").queryParam("size", 200)
                .get("/api/intakes").then().statusCode(200).body("items.id", hasItem(id.toString()))
                .body("items.find { it.id == '" + id + "' }.waitingFor", equalTo("ESIKT"));
    }

    @Test
    void R_INT_2_an_allocated_unit_cannot_be_allocated_again() {
        UUID unit = People.unit("bakklandet", "H101");
        UUID a = waitingIntake("Anna", LocalDate.of(2002, 1, 1), "FEMALE", "bakklandet");
        UUID b = waitingIntake("Berit", LocalDate.of(2003, 1, 1), "FEMALE", "bakklandet");
        allocate(a, unit);
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", FROM.plusDays(30).toString(), "coordinator", "Lars"))
                .post("/api/intakes/" + b + "/allocation").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(P + "r-int-2-unit-not-available")).body("rule", equalTo("R-INT-2"));
        Api.as("esikt1").get("/api/intakes/" + b).then().body("status", equalTo("WAITING"));
        // the unit is no longer vacant from that date; the facility shows it as allocated
        Api.as("esikt1").queryParam("from", FROM.toString()).queryParam("facility", "bakklandet").get("/api/vacancies")
                .then().statusCode(200).body("items.unitId", not(hasItem(unit.toString())));
        Api.as("esikt1").get("/api/facilities/bakklandet/units").then()
                .body("items.find { it.label == 'H101' }.status", equalTo("ALLOCATED"));
    }

    @Test
    void R_INT_2_twenty_parallel_allocations_of_one_unit_give_exactly_one_success() throws Exception {
        UUID unit = People.unit("smahus", "Småhus 9");
        List<UUID> intakes = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            intakes.add(waitingIntake("Par" + k, LocalDate.of(1980, 1, 1 + k), k % 2 == 0 ? "MALE" : "FEMALE"));
        }
        String token = no.kommune.bta.support.Tokens.user("esikt1");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (UUID id : intakes) {
                calls.add(() -> Api.withToken(token).body(Map.of("unitId", unit, "fromDate", FROM.toString(),
                        "coordinator", "Vidar")).post("/api/intakes/" + id + "/allocation").then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, Db.query("SELECT count(*) AS n FROM unit_reservation WHERE unit_id = ? AND released_at IS NULL", unit)
                .get(0).get("n"));
    }

    @Test
    void R_INT_3_orientation_needs_informing_first_and_all_three_parties() {
        UUID id = waitingIntake("Cecilie", LocalDate.of(1999, 5, 5), "FEMALE", "heidrunsenteret");
        allocate(id, People.unit("heidrunsenteret", "Hybel 1"));
        Map<String, Object> held = Map.of("heldOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                "participants", List.of("APPLICANT", "HVK", "FACILITY"), "applicantAnswer", "ACCEPTED");
        Api.as("hvk1").body(held).post("/api/intakes/" + id + "/orientation-meeting").then().statusCode(422)
                .body("type", equalTo(P + "r-int-3-applicant-not-informed"));
        Api.as("hvk1").body(Map.of("scheduledAt", "2026-12-01T09:00:00Z"))
                .post("/api/intakes/" + id + "/orientation-meeting").then().statusCode(200)
                .body("orientation.scheduledAt", equalTo("2026-12-01T09:00:00Z"));
        Api.as("hvk1").body(Map.of("informedOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString()))
                .post("/api/intakes/" + id + "/applicant-informed").then().statusCode(200);
        Api.as("hvk1").body(Map.of("heldOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "participants", List.of("APPLICANT", "HVK"),
                        "applicantAnswer", "ACCEPTED"))
                .post("/api/intakes/" + id + "/orientation-meeting").then().statusCode(422)
                .body("type", equalTo(P + "r-int-3-orientation-meeting"))
                .body("violations.field", hasItem("participants"));
        Api.as("hvk1").body(held).post("/api/intakes/" + id + "/orientation-meeting").then().statusCode(200)
                .body("status", equalTo("ORIENTED")).body("orientation.applicantAnswer", equalTo("ACCEPTED"));
    }

    @Test
    void R_INT_3_the_applicant_may_decline_and_the_unit_is_released() {
        UUID unit = People.unit("heidrunsenteret", "Hybel 2");
        UUID id = waitingIntake("Dina", LocalDate.of(1995, 5, 5), "FEMALE");
        allocate(id, unit);
        informAndOrient(id, "DECLINED");
        Api.as("hvk1").get("/api/intakes/" + id).then().body("status", equalTo("DECLINED"))
                .body("closedReason", equalTo("Vil heller bo hos familie")).body("allocation", nullValue())
                .body("nextActions", equalTo(List.of()));
        Api.as("esikt1").queryParam("from", FROM.toString()).queryParam("facility", "heidrunsenteret")
                .get("/api/vacancies").then().body("items.unitId", hasItem(unit.toString()));
    }

    @Test
    void R_INT_4_a_decision_before_the_orientation_meeting_is_refused() {
        UUID id = waitingIntake("Eva", LocalDate.of(2000, 6, 6), "FEMALE", "bakklandet");
        allocate(id, People.unit("bakklandet", "H102"));
        Map<String, Object> decision = Map.of("decisionDate", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                "scope", "Praktisk bistand og opplæring i dagliglivets gjøremål.");
        Api.as("hvk1").body(decision).post("/api/intakes/" + id + "/service-decision").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(P + "r-int-4-orientation-before-decision")).body("rule", equalTo("R-INT-4"));
        informAndOrient(id, "ACCEPTED");
        Api.as("hvk1").body(decision).post("/api/intakes/" + id + "/service-decision").then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.legalBasis", equalTo(List.of("PBRL_2_1A_2", "HOL_3_1", "HOL_3_2_1_6B")))
                .body("decision.reassessBy", nullValue())
                .body("timeline.type", hasItem("DECIDED"));
        Api.as("hvk1").body(decision).post("/api/intakes/" + id + "/service-decision").then().statusCode(409);
    }

    @Test
    void R_INT_6_a_rental_housing_decision_is_kept_and_shown() {
        UUID person = People.create("Frida", "Utleie", LocalDate.of(1970, 7, 7), "FEMALE");
        String id = Api.as("hvk1").body(Map.of("personId", person, "assessment", "Trenger bolig med oppfølging.",
                        "hasRentalHousingDecision", true))
                .post("/api/intakes").then().statusCode(201).body("hasRentalHousingDecision", equalTo(true))
                .extract().path("id");
        Api.as("esikt1").queryParam("q", "Frida Utleie").get("/api/intakes").then()
                .body("items.find { it.id == '" + id + "' }.hasRentalHousingDecision", equalTo(true));
        Api.as("hvk1").get("/api/intakes/" + id).then()
                .body("timeline[0].summary", org.hamcrest.Matchers.containsString("kommunal utleiebolig"));
    }

    @Test
    void R_INT_7_outside_the_target_group_needs_a_recorded_reason() {
        UUID unit = People.unit("heidrunsenteret", "Hybel 3");
        UUID id = waitingIntake("Geir", LocalDate.of(1990, 8, 8), "MALE");
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", FROM.toString(), "coordinator", "Heidi"))
                .post("/api/intakes/" + id + "/allocation").then().statusCode(422)
                .body("type", equalTo(P + "r-int-7-outside-target-group"))
                .body("violations.field", hasItem("overrideReason"));
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", FROM.toString(), "coordinator", "Heidi",
                        "overrideReason", "Midlertidig, etter avtale med fagleder"))
                .post("/api/intakes/" + id + "/allocation").then().statusCode(200)
                .body("allocation.overrideReason", equalTo("Midlertidig, etter avtale med fagleder"));
        // too old for Bakklandet
        UUID old = waitingIntake("Hans", LocalDate.of(1960, 1, 1), "MALE");
        Api.as("esikt1").body(Map.of("unitId", People.unit("bakklandet", "H103"), "fromDate", FROM.toString(),
                "coordinator", "Lars")).post("/api/intakes/" + old + "/allocation").then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("øvre grense er 30"));
    }

    @Test
    void allocation_needs_the_waiting_list_first() {
        UUID id = intake(People.create("Ida", "Uprioritert", LocalDate.of(1990, 1, 1), "FEMALE"));
        Api.as("esikt1").body(Map.of("unitId", People.unit("smahus", "Småhus 2"), "fromDate", FROM.toString(),
                "coordinator", "x")).post("/api/intakes/" + id + "/allocation").then().statusCode(409)
                .body("type", equalTo(P + "intake-step-not-allowed")).body("rule", equalTo("R-INT-1"));
    }

    @Test
    void withdrawal_releases_the_unit() {
        UUID unit = People.unit("smahus", "Småhus 3");
        UUID id = waitingIntake("Jon", LocalDate.of(1988, 1, 1), "MALE");
        allocate(id, unit);
        Api.as("hvk1").body(Map.of("reason", "Har fått annen bolig")).post("/api/intakes/" + id + "/withdrawal").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        UUID other = waitingIntake("Kjell", LocalDate.of(1987, 1, 1), "MALE");
        allocate(other, unit);
    }

    @Test
    void the_kept_status_follows_an_allocation_and_a_decision_in_the_same_transaction() {
        UUID unit = People.unit("smahus", "Småhus 7");
        UUID id = waitingIntake("Tor", LocalDate.of(1986, 1, 1), "MALE", "smahus");
        allocate(id, unit);
        // released without going through the application (as a voided referral is, V16): back on the waiting list
        Db.update("UPDATE allocation SET released_at = now() WHERE intake_id = ? AND released_at IS NULL", id);
        Api.as("esikt1").get("/api/intakes/" + id).then().statusCode(200).body("status", equalTo("WAITING"));
        Api.as("esikt1").queryParam("status", "WAITING").queryParam("size", 200).get("/api/intakes").then()
                .statusCode(200).body("items.id", hasItem(id.toString()));
        Db.update("UPDATE allocation SET released_at = NULL WHERE intake_id = ?", id);
        assertEquals("ALLOCATED", Db.query("SELECT status FROM intake WHERE id = ?", id).get(0).get("status"));
        // every application's kept status is what the rule gives from its steps (V29 intake_status_of)
        assertEquals(0L, Db.query("SELECT count(*) AS n FROM intake i WHERE i.status <> intake_status_of(i)")
                .get(0).get("n"));
        Db.update("DELETE FROM allocation WHERE intake_id = ?", id);
        assertEquals("WAITING", Db.query("SELECT status FROM intake WHERE id = ?", id).get(0).get("status"));
    }

    @Test
    void R_ACC_1_facility_staff_see_only_applications_allocated_to_their_facilities() {
        UUID id = waitingIntake("Lene", LocalDate.of(2000, 2, 2), "FEMALE", "bakklandet");
        Api.as("bakklandet1").get("/api/intakes/" + id).then().statusCode(404);
        allocate(id, People.unit("bakklandet", "H104"));
        Api.as("bakklandet1").get("/api/intakes/" + id).then().statusCode(200).body("nextActions", equalTo(List.of()));
        Api.as("bakklandet1").queryParam("size", 200).get("/api/intakes").then().body("items.id", hasItem(id.toString()))
                // R-ACC-3: allocated to bakklandet, or moved out of it within the follow-up window (allocation closed)
                .body("items.findAll { it.allocatedFacilityId != null }.allocatedFacilityId",
                        org.hamcrest.Matchers.everyItem(equalTo("bakklandet")));
        Api.as("heidrun1").get("/api/intakes/" + id).then().statusCode(404);
        Api.as("heidrun1").queryParam("size", 200).get("/api/intakes").then().body("items.id", not(hasItem(id.toString())));
        // staff cannot act on intake steps
        Api.as("bakklandet1").body(Map.of("informedOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString()))
                .post("/api/intakes/" + id + "/applicant-informed").then().statusCode(403);
    }

    @Test
    void vacancies_are_for_esikt_hvk_and_integration() {
        Api.asIntegration().queryParam("kind", "BTA").get("/api/vacancies").then().statusCode(200)
                .body("items.agreementKind", org.hamcrest.Matchers.everyItem(equalTo("BTA")));
        Api.as("hvk1").get("/api/vacancies").then().statusCode(200);
        Api.as("bakklandet1").get("/api/vacancies").then().statusCode(403);
        Api.asInvalid("esikt1").queryParam("from", "i morgen").get("/api/vacancies").then().statusCode(400)
                .body("violations.field", hasItem("from"));
    }
}
