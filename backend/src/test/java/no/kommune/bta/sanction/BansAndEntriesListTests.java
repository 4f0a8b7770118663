package no.kommune.bta.sanction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: what staff record about entries without consent (R-SAN-8) and visitor bans (R-SAN-9) can be read again,
 * per facility, and a ban can be lifted with a reason ("Er NN utestengt?").
 */
@QuarkusTest
class BansAndEntriesListTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String LEDER = "osloveien155-leder";
    static final String FAC = "osloveien-155";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private static String ban(String visitor, LocalDate from, LocalDate to) {
        return Api.as(LEDER).body(Map.of("facilityId", FAC, "issuedBy", "STAFF", "visitor", visitor, "fromDate", from.toString(),
                "toDate", to.toString(), "reason", "Uro i huset")).post("/api/visitor-bans").then().statusCode(201).extract().path("id");
    }

    @Test
    void R_SAN_9_bans_in_force_are_listed_first_and_a_ban_is_lifted_with_its_reason_once() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ended = ban("Utløpt " + tag, TODAY.minusDays(20), TODAY.minusDays(10));
        String active = ban("Aktiv " + tag, TODAY.minusDays(2), TODAY.plusDays(30));

        // the default: only bans in force, every one of them active
        List<String> inForce = Api.as(LEDER).queryParam("facility", FAC).queryParam("size", 200).get("/api/visitor-bans").then()
                .statusCode(200).body("items.active", everyItem(equalTo(true))).extract().path("items.id");
        assertTrue(inForce.contains(active));
        assertTrue(!inForce.contains(ended), "an ended ban is not in force");
        // all of them: those in force before the others
        List<Boolean> order = Api.as(LEDER).queryParam("facility", FAC).queryParam("status", "ALL").queryParam("size", 200)
                .get("/api/visitor-bans").then().statusCode(200).body("items.id", hasItem(ended)).extract().path("items.active");
        assertEquals(order.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), order, "in force first");

        // staff elsewhere can neither list this facility's bans nor lift one
        Api.as("bakklandet1").queryParam("facility", FAC).get("/api/visitor-bans").then().statusCode(403);
        Api.as("bakklandet1").body(Map.of("reason", "Avklart")).post("/api/visitor-bans/" + active + "/lifting").then().statusCode(403);
        Api.as(LEDER).body(Map.of("reason", " ")).post("/api/visitor-bans/" + active + "/lifting").then().statusCode(422);

        Api.as(LEDER).body(Map.of("reason", "Avklart i møte")).post("/api/visitor-bans/" + active + "/lifting").then()
                .statusCode(200).body("active", equalTo(false)).body("toDate", equalTo(TODAY.toString()))
                .body("liftedBy", equalTo(StaffNames.of(LEDER))).body("liftReason", equalTo("Avklart i møte"));
        Api.as(LEDER).queryParam("facility", FAC).queryParam("size", 200).get("/api/visitor-bans").then().statusCode(200)
                .body("items.id", not(hasItem(active)));
        // lifted or ended: not again
        Api.as(LEDER).body(Map.of("reason", "Igjen")).post("/api/visitor-bans/" + active + "/lifting").then().statusCode(409)
                .body("type", equalTo(P + "visitor-ban-not-in-force"));
        Api.as(LEDER).body(Map.of("reason", "Igjen")).post("/api/visitor-bans/" + ended + "/lifting").then().statusCode(409);
        Api.as(LEDER).body(Map.of("reason", "Ukjent")).post("/api/visitor-bans/" + UUID.randomUUID() + "/lifting").then()
                .statusCode(404);
        Api.asInvalid(LEDER).queryParam("status", "SOME").get("/api/visitor-bans").then().statusCode(400);
    }

    @Test
    void R_SAN_8_entries_without_consent_are_listed_newest_first_at_the_callers_facilities() {
        String unit = People.unit(FAC, "Rom 4").toString();
        Instant older = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant newer = older.plus(1, ChronoUnit.HOURS);
        String first = Api.as(LEDER).body(Map.of("unitId", unit, "ground", "NO_ANSWER_AT_HMS_ROUND", "enteredAt", older.toString()))
                .post("/api/entries").then().statusCode(201).extract().path("id");
        String second = Api.as(LEDER).body(Map.of("unitId", unit, "ground", "NO_ANSWER_AT_HMS_ROUND", "enteredAt", newer.toString(),
                "found", "Beboeren sov")).post("/api/entries").then().statusCode(201).extract().path("id");
        List<String> ids = Api.as(LEDER).queryParam("facility", FAC).queryParam("size", 200).get("/api/entries").then()
                .statusCode(200).body("items.facilityId", everyItem(equalTo(FAC))).extract().path("items.id");
        assertTrue(ids.indexOf(second) >= 0 && ids.indexOf(second) < ids.indexOf(first), "newest first: " + ids);
        Api.as("bakklandet1").queryParam("facility", FAC).get("/api/entries").then().statusCode(403);
        Api.as("bakklandet1").queryParam("size", 200).get("/api/entries").then().statusCode(200)
                .body("items.id", not(hasItem(first))).body("items.facilityId", everyItem(equalTo("bakklandet")));
        Api.as("okonomi1").get("/api/entries").then().statusCode(403);
    }
}
