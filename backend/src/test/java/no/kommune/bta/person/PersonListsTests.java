package no.kommune.bta.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.kommune.bta.security.matrix.Residents;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: person lists people can work with. A list is searched by the resident's name or the start of their
 * number with the text in a body (a number never in a URL, R-ACC-2), sorted by the keys the contract names (names in
 * Norwegian order), and narrowed to open cases or to the caller's own.
 */
@QuarkusTest
class PersonListsTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private static String tag() {
        StringBuilder s = new StringBuilder("Sort");
        Random r = new Random();
        for (int i = 0; i < 8; i++) s.append((char) ('a' + r.nextInt(26)));
        return s.toString();
    }

    /** A person with this name and an application registered by hvk1; returns the application's id. */
    private static String application(String given, String family) {
        UUID person = People.create(given, family, TODAY.minusYears(24), "FEMALE");
        return Api.as("hvk1").body(Map.of("personId", person, "receivedOn", TODAY.toString(), "facilityWishes", List.of("bakklandet"),
                        "assessment", "Trenger tett oppfølging.", "needs", "Daglig oppfølging"))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
    }

    @Test
    void R_ACC_2_a_number_never_goes_in_a_list_url_and_a_list_finds_it_in_the_body() {
        Residents made = new Residents();
        Residents.Application a = made.application("bakklandet", Residents.Stage.WAITING);
        String number = a.person().nationalId();

        Api.asInvalid("hvk1").queryParam("q", number.substring(0, 6)).get("/api/intakes").then().statusCode(400)
                .body("violations.field", hasItem("q"));
        Api.as("hvk1").body(Map.of("query", number)).post("/api/intakes/search").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(a.intake().toString()));
        // spaces and dashes are ignored; six digits find every applicant born that day whom the caller sees
        Api.as("hvk1").body(Map.of("query", number.substring(0, 6) + " " + number.substring(6))).post("/api/intakes/search")
                .then().statusCode(200).body("items.id", hasItem(a.intake().toString()));
        Api.as("hvk1").queryParam("size", 200).body(Map.of("query", number.substring(0, 6))).post("/api/intakes/search")
                .then().statusCode(200).body("items.id", hasItem(a.intake().toString()))
                .body("items.person.nationalIdMasked.every { it.startsWith('" + number.substring(0, 6) + "') }", equalTo(true));
        // seven to ten digits would read the masked digits one at a time: refused, naming the field
        Api.as("hvk1").body(Map.of("query", number.substring(0, 7))).post("/api/intakes/search").then().statusCode(400)
                .body("violations.field", hasItem("query"));
        // a % or _ typed is matched as itself, not as a wildcard
        Api.as("hvk1").body(Map.of("query", "%")).post("/api/intakes/search").then().statusCode(200).body("totalItems", equalTo(0));
        // by part of the name, in any case
        Api.as("hvk1").body(Map.of("query", a.person().familyName().substring(2, 8).toUpperCase())).post("/api/intakes/search")
                .then().statusCode(200).body("items.id", hasItem(a.intake().toString()));
        // ESIKT sees no numbers: a number is refused, a name finds the application in the queue
        Api.as("esikt1").body(Map.of("query", number)).post("/api/intakes/search").then().statusCode(400)
                .body("violations.field", hasItem("query"));
        Api.as("esikt1").body(Map.of("query", a.person().familyName())).post("/api/intakes/search").then().statusCode(200)
                .body("items.id", hasItem(a.intake().toString()));
        // a caseworker who is not theirs does not find them, by number or by name
        Api.as("hvk2").body(Map.of("query", number)).post("/api/intakes/search").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // the body is read strictly and bounded
        Api.asInvalid("hvk1").body(Map.of("query", "x".repeat(101))).post("/api/intakes/search").then().statusCode(422);
        Api.asInvalid("hvk1").body(Map.of("q", "x")).post("/api/intakes/search").then().statusCode(400);
    }

    @Test
    void names_sort_in_norwegian_order_both_ways_and_an_unknown_order_is_a_400() {
        String given = tag();
        String berg = application(given, "Berg"), zahl = application(given, "Zahl"), aero = application(given, "Ærø"),
                ostby = application(given, "Østby"), amot = application(given, "Åmot");
        List<String> norwegian = List.of(berg, zahl, aero, ostby, amot);
        List<String> byName = Api.as("hvk1").queryParam("sort", "name").body(Map.of("query", given)).post("/api/intakes/search")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(norwegian, byName, "Berg, Zahl, Ærø, Østby, Åmot");
        List<String> reversed = Api.as("hvk1").queryParam("sort", "-name").queryParam("q", given).get("/api/intakes")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(norwegian.reversed(), reversed);
        // newest first by default; status and priority are orders too
        Api.as("hvk1").queryParam("q", given).get("/api/intakes").then().statusCode(200).body("totalItems", equalTo(5));
        // withdraw one: by status it comes after the submitted ones (the order of the steps, closed last)
        Api.as("hvk1").body(Map.of("reason", "Trukket i test")).post("/api/intakes/" + berg + "/withdrawal").then().statusCode(200);
        List<String> byStatus = Api.as("hvk1").queryParam("q", given).queryParam("sort", "status").get("/api/intakes")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(berg, byStatus.get(4), "the withdrawn application last");
        Api.asInvalid("hvk1").queryParam("sort", "shoe-size").get("/api/intakes").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
        Api.asInvalid("bakklandet1").queryParam("sort", "name; DROP TABLE person").get("/api/agreements").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
    }

    static final String FACILITY = "osloveien-155";

    /** Units of this test's own at Osloveien 155, so that the other tests' residents leave them free. */
    @BeforeAll
    static void units() {
        for (int k = 1; k <= 3; k++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("person-lists-" + k).getBytes()), FACILITY, "Listetest " + k);
        }
    }

    /** A draft agreement from today, on a decided application allocated to the test's unit {@code k}. */
    private static String draft(String leader, int k) {
        UUID intake = AgreementFlowTests.decidedIntake(FACILITY, "Listetest " + k, TODAY, "FEMALE", LocalDate.of(1998, 5, k));
        return Api.as(leader).body(Map.of("intakeId", intake, "startDate", TODAY.toString())).post("/api/agreements").then()
                .statusCode(201).extract().path("id");
    }

    private static String numberOf(String agreement) {
        return Db.query("SELECT p.national_id FROM agreement a JOIN person p ON p.id = a.person_id WHERE a.id = ?",
                UUID.fromString(agreement)).get(0).get("national_id").toString();
    }

    @Test
    void agreements_narrow_to_the_callers_own_cases_and_to_open_ones_sort_and_are_found_by_name_or_number() {
        String leader = "osloveien155-leder", other = "osloveien155-leder2", facility = FACILITY;
        String mine = draft(leader, 1), notMine = draft(leader, 2), voided = draft(leader, 3);
        // appointed by name, written as people write it: the caller (Ola Østmo) is found whatever the case and spacing
        Api.as(leader).body(Map.of("name", "  ola   ØSTMO ")).post("/api/agreements/" + mine + "/primary-contact")
                .then().statusCode(200);
        Api.as(leader).body(Map.of("name", "Oline Vik")).post("/api/agreements/" + notMine + "/primary-contact")
                .then().statusCode(200);
        Api.as(leader).body(Map.of("reason", "Takket nei", "applicationTo", "CLOSED"))
                .post("/api/agreements/" + voided + "/void").then().statusCode(200);

        Api.as(leader).queryParam("facility", facility).queryParam("mine", true).queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200)
                .body("items.id", hasItem(mine))
                .body("items.id", not(hasItem(notMine)));
        Api.as(other).queryParam("facility", facility).queryParam("mine", true).queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200)
                .body("items.id", hasItem(notMine))
                .body("items.id", not(hasItem(mine)));

        // open: every status but ENDED; the voided draft ended today and is still listed without the filter
        Api.as(leader).body(Map.of("query", numberOf(voided))).post("/api/agreements/search").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].status", equalTo("ENDED"));
        Api.as(leader).queryParam("open", true).body(Map.of("query", numberOf(voided)))
                .post("/api/agreements/search").then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(leader).queryParam("open", true).queryParam("size", 200).queryParam("facility", facility)
                .get("/api/agreements").then().statusCode(200).body("items.status", not(hasItem("ENDED")));

        // by the birth date (six digits) and by part of the name, the text in the body
        Api.as(leader).queryParam("size", 200).body(Map.of("query", numberOf(mine).substring(0, 6)))
                .post("/api/agreements/search").then().statusCode(200).body("items.id", hasItem(mine));
        String name = Api.as(leader).get("/api/agreements/" + notMine).then().statusCode(200).extract().path("person.name");
        Api.as(leader).body(Map.of("query", name.substring(1, 6).toLowerCase())).post("/api/agreements/search")
                .then().statusCode(200).body("items.id", hasItem(notMine));
        // staff elsewhere find nothing of theirs
        Api.as("valoya1").body(Map.of("query", numberOf(mine))).post("/api/agreements/search").then()
                .statusCode(200).body("totalItems", equalTo(0));
        Api.asInvalid(leader).queryParam("mine", "yes").get("/api/agreements").then().statusCode(400)
                .body("violations.field", hasItem("mine"));

        // sorted by unit, both ways, and by status in the order of the steps (drafts before ended ones)
        List<String> units = Api.as(leader).queryParam("facility", facility).queryParam("sort", "unit").queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200).extract().jsonPath().getList("items.unitLabel");
        assertEquals(units.stream().sorted().toList(), units);
        List<String> down = Api.as(leader).queryParam("facility", facility).queryParam("sort", "-unit").queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200).extract().jsonPath().getList("items.unitLabel");
        assertEquals(units.reversed(), down);
        List<String> statuses = Api.as(leader).queryParam("facility", facility).queryParam("sort", "status").queryParam("size", 200)
                .get("/api/agreements").then().statusCode(200).extract().jsonPath().getList("items.status");
        assertEquals(statuses.stream().sorted(java.util.Comparator.comparing(no.kommune.bta.agreement.AgreementStatus::valueOf))
                .toList(), statuses);
        assertEquals("ENDED", statuses.get(statuses.size() - 1));
    }
}
