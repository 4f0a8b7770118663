package no.kommune.bta.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
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
        String body = Api.as("esikt1").queryParam("q", "listesen").get("/api/intakes").then().extract().asString();
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
}
