package no.kommune.bta.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonResourceTests {

    @Test
    void R_ACC_2_an_invalid_number_is_a_422_on_the_field() {
        String n = People.syntheticNumber(LocalDate.of(1991, 4, 4), "MALE");
        String wrong = n.substring(0, 10) + ((Character.getNumericValue(n.charAt(10)) + 1) % 10);
        Api.as("hvk1").body(Map.of("nationalId", wrong, "givenName", "Feil", "familyName", "Nummer"))
                .post("/api/persons").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/invalid-national-id"))
                .body("violations.field", equalTo(List.of("nationalId")));
    }

    @Test
    void a_number_registered_twice_is_a_409() {
        String n = People.syntheticNumber(LocalDate.of(1992, 4, 4), "FEMALE");
        Map<String, Object> body = Map.of("nationalId", n, "givenName", "To", "familyName", "Ganger");
        Api.as("hvk1").body(body).post("/api/persons").then().statusCode(201)
                .body("birthDate", equalTo("1992-04-04")).body("sex", equalTo("FEMALE"));
        Api.as("hvk1").body(body).post("/api/persons").then().statusCode(409)
                .body("type", equalTo("https://bta.kommune.no/problems/person-exists"));
    }

    /** The person with an application by hvk1, so that hvk1 sees them (R-ACC-3). */
    private static UUID applicant(String given, String family, LocalDate birth, String sex) {
        UUID id = People.create(given, family, birth, sex);
        Api.as("hvk1").body(Map.of("personId", id, "assessment", "Trenger bolig med oppfølging."))
                .post("/api/intakes").then().statusCode(201);
        return id;
    }

    @Test
    void R_ACC_2_lists_mask_the_number_and_details_show_it() {
        UUID id = applicant("Maske", "Listesen", LocalDate.of(1993, 5, 5), "MALE");
        Api.as("hvk1").queryParam("q", "listesen").get("/api/persons").then().statusCode(200)
                .body("items.nationalIdMasked", everyItem(matchesPattern("\\d{6} \\*{5}")))
                .body("items.id", hasItem(id.toString()));
        String body = Api.as("esikt1").queryParam("q", "listesen").get("/api/intakes").then().extract().asString()
                // ids are not numbers, though their hex may hold eleven digits in a row
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        assertTrue(!body.matches("(?s).*\\d{11}.*"), "no full number in the list");
        Api.as("hvk1").get("/api/persons/" + id).then().statusCode(200)
                .body("nationalId", matchesPattern("\\d{11}"));
    }

    @Test
    void R_ACC_2_every_read_of_a_person_is_logged_and_can_be_produced_for_innsyn() throws Exception {
        UUID id = applicant("Innsyn", "Loggesen", LocalDate.of(1994, 6, 6), "FEMALE");
        Api.as("hvk1").get("/api/persons/" + id).then().statusCode(200);
        for (int k = 0; k < 50 && Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = 'getPerson'", id)
                .isEmpty(); k++) {
            Thread.sleep(100);
        }
        Api.as("hvk1").get("/api/persons/" + id + "/access-log").then().statusCode(200)
                .body("items.username", hasItem("hvk1"))
                .body("items.operation", hasItem("getPerson"))
                .body("items.operation", hasItem("createPerson"))
                .body("items.find { it.operation == 'getPerson' }.roles", equalTo(List.of("hvk")));
        Api.as("esikt1").get("/api/persons/" + id + "/access-log").then().statusCode(403);
    }

    @Test
    void R_ACC_1_facility_staff_cannot_read_persons_outside_their_facilities() {
        UUID id = People.create("Ikke", "Synlig", LocalDate.of(1995, 7, 7), "MALE");
        Api.as("bakklandet1").get("/api/persons/" + id).then().statusCode(404);
        Api.as("bakklandet1").queryParam("q", "Synlig").get("/api/persons").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    /** The number the person was registered with (read as the database holds it). */
    private static String numberOf(UUID id) {
        return (String) Db.query("SELECT national_id FROM person WHERE id = ?", id).get(0).get("national_id");
    }

    @Test
    void R_ACC_2_search_by_number_carries_the_number_in_the_body_not_the_url() throws Exception {
        UUID id = applicant("Nummer", "Postesen", LocalDate.of(1996, 8, 8), "FEMALE");
        String number = numberOf(id);
        Api.as("hvk1").body(Map.of("query", number)).post("/api/persons/search").then().statusCode(200)
                .body("items.id", equalTo(List.of(id.toString())))
                .body("items[0].nationalIdMasked", equalTo(number.substring(0, 6) + " *****"));
        // the birth date, and the whole number with the separators people type
        Api.as("hvk1").body(Map.of("query", number.substring(0, 6)))
                .queryParam("size", 200).post("/api/persons/search").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        Api.as("hvk1").body(Map.of("query", number.substring(0, 6) + " " + number.substring(6)))
                .post("/api/persons/search").then().statusCode(200).body("items.id", equalTo(List.of(id.toString())));
        // the digits between would read the masked part one digit at a time: refused
        Api.as("hvk1").body(Map.of("query", number.substring(0, 8))).post("/api/persons/search").then().statusCode(400)
                .body("violations.field", hasItem("query"));
        Api.as("hvk1").body(Map.of("query", "postesen")).post("/api/persons/search").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        // each appearance is logged for the person's innsyn (R-ACC-4), and the logged path holds no number
        for (int k = 0; k < 50 && Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = 'searchPersons'", id)
                .isEmpty(); k++) {
            Thread.sleep(100);
        }
        var rows = Db.query("SELECT path FROM access_log WHERE person_id = ? AND operation = 'searchPersons'", id);
        assertTrue(!rows.isEmpty(), "the search is in the person's access log");
        rows.forEach(r -> assertEquals("/api/persons/search", r.get("path")));
    }

    @Test
    void R_ACC_2_a_digit_in_the_url_search_is_a_400_naming_q() {
        String number = People.syntheticNumber(LocalDate.of(1997, 9, 9), "MALE");
        for (String q : List.of(number, number.substring(0, 6), "Kari 1")) {
            Api.asInvalid("hvk1").queryParam("q", q).get("/api/persons").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", equalTo(List.of("q")));
        }
    }

    @Test
    void R_ACC_1_the_name_search_in_the_url_shows_only_whom_the_caller_sees() {
        UUID id = applicant("Navn", "Urlesen", LocalDate.of(1998, 10, 10), "MALE");
        Api.as("hvk1").queryParam("q", "urlesen").get("/api/persons").then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        Api.as("hvk2").queryParam("q", "urlesen").get("/api/persons").then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
    }

    @Test
    void a_search_text_over_100_characters_is_a_422_on_the_field() {
        Api.asInvalid("hvk1").body(Map.of("query", "a".repeat(101))).post("/api/persons/search").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("query")));
        Api.asInvalid("hvk1").body(Map.of("q", "nordmann")).post("/api/persons/search").then().statusCode(400)
                .body("violations.field", equalTo(List.of("q")));
    }

    @Test
    void R_ACC_3_only_an_hvk_caseworker_finds_a_stranger_by_the_full_number() {
        UUID id = People.create("Fremmed", "Nummersen", LocalDate.of(1999, 11, 11), "FEMALE");
        String number = numberOf(id);
        Api.as("hvk2").body(Map.of("query", number)).post("/api/persons/search").then().statusCode(200)
                .body("items.id", equalTo(List.of(id.toString())));
        Api.as("hvk2").queryParam("size", 200).body(Map.of("query", number.substring(0, 6))).post("/api/persons/search")
                .then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        Api.as("bakklandet1").body(Map.of("query", number)).post("/api/persons/search").then().statusCode(200)
                .body("totalItems", equalTo(0));
        Api.as("esikt1").body(Map.of("query", number)).post("/api/persons/search").then().statusCode(403);
    }
}
