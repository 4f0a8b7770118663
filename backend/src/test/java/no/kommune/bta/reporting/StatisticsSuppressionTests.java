package no.kommune.bta.reporting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * R-STA-2 through the API, with real tokens: a four-unit facility (Gamle Oslovei 93) where two residents lived in
 * March 2019. Its fagleder sees the exact figures for any period; esikt and kontroll see whole months, and no count
 * from 1 to 4 anywhere in what they get.
 */
@QuarkusTest
class StatisticsSuppressionTests {
    static final String FACILITY = "gamle-oslovei-93";
    static final String LEDER = "goa93-leder";
    static final String FROM = "2019-03-01";
    static final String TO = "2019-03-31";
    static final ObjectMapper JSON = new ObjectMapper();
    /** A number from 1 to 4 standing alone in a text (not part of 2019, 0.75 or 31-60). */
    static final Pattern SMALL_IN_TEXT = Pattern.compile("(?<![\\d.,-])[1-4](?![\\d.,])");

    static boolean created;

    /** Two residents in March 2019: one moves out in March, one in April. Both leave, so no unit stays taken. */
    static synchronized void twoResidentsInMarch2019() {
        if (created) return;
        String a = AgreementFlowTests.movedIn(LEDER, FACILITY, "Leilighet 3", LocalDate.of(2019, 3, 4),
                LocalDate.of(1975, 5, 5), LocalDate.of(2019, 1, 10));
        String b = AgreementFlowTests.movedIn(LEDER, FACILITY, "Leilighet 4", LocalDate.of(2019, 3, 11),
                LocalDate.of(1988, 8, 8), LocalDate.of(2019, 2, 1));
        Api.as(LEDER).body(Map.of("movedOutOn", "2019-03-20", "destination", "PRIVATE_RENTAL", "terminationGround", "NONE"))
                .post("/api/agreements/" + a + "/move-out").then().statusCode(200);
        Api.as(LEDER).body(Map.of("movedOutOn", "2019-04-15", "destination", "TREATMENT", "terminationGround", "NONE"))
                .post("/api/agreements/" + b + "/move-out").then().statusCode(200);
        created = true;
    }

    static String statistics(String user, String facility, String from, String to, int status) {
        return Api.as(user).queryParam("facility", facility).queryParam("from", from).queryParam("to", to)
                .get("/api/statistics").then().statusCode(status).extract().asString();
    }

    @Test
    void R_STA_2_the_facility_s_fagleder_sees_the_exact_figures_for_any_period() {
        twoResidentsInMarch2019();
        Api.as(LEDER).queryParam("facility", FACILITY).queryParam("from", FROM).queryParam("to", TO).get("/api/statistics")
                .then().statusCode(200)
                .body("residentsServed", equalTo(2)).body("moveIns", equalTo(2)).body("moveOuts", equalTo(1))
                .body("stillLiving", equalTo(1))
                .body("moveOutsByDestination.find { it.key == 'PRIVATE_RENTAL' }.count", equalTo(1))
                .body("suppressed.size()", equalTo(0)).body("suppressionThreshold", nullValue())
                .body("summary", equalTo("Fra mars 2019 til mars 2019 har Gamle Oslovei 93 hatt i alt 2 beboere. "
                        + "Av dem har 1 til privat leid bolig. 1 bor der fortsatt."));
        // one week is fine for the facility's own staff
        Api.as(LEDER).queryParam("facility", FACILITY).queryParam("from", "2019-03-04").queryParam("to", "2019-03-10")
                .get("/api/statistics").then().statusCode(200).body("residentsServed", equalTo(1));
        String csv = Api.as(LEDER).accept("text/csv").queryParam("facility", FACILITY).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("format", "csv").get("/api/statistics").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("nøkkeltall;beboere;2\n"), csv);
        assertFalse(csv.contains("<5"), csv);
        // another facility's staff still see nothing of it
        statistics("bakklandet-leder", FACILITY, FROM, TO, 403);
    }

    @Test
    void R_STA_2_esikt_and_kontroll_see_no_count_from_1_to_4_anywhere() throws Exception {
        twoResidentsInMarch2019();
        List<String> facilities = Api.as("esikt1").queryParam("size", 100).get("/api/facilities").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        List<String> scopes = new ArrayList<>(facilities);
        scopes.add("alle");
        for (String user : List.of("esikt1", "kontroll1")) {
            for (String scope : scopes) {
                String body = statistics(user, scope, FROM, TO, 200);
                List<String> small = new ArrayList<>();
                scan(JSON.readTree(body), "", small);
                assertEquals(List.of(), small, user + " " + scope + ": " + body);
                JsonNode node = JSON.readTree(body);
                assertEquals(5, node.get("suppressionThreshold").asInt());
            }
            Api.as(user).queryParam("facility", FACILITY).queryParam("from", FROM).queryParam("to", TO).get("/api/statistics")
                    .then().statusCode(200)
                    .body("residentsServed", nullValue()).body("moveIns", nullValue()).body("stillLiving", nullValue())
                    .body("moveOutsByDestination.find { it.key == 'PRIVATE_RENTAL' }.count", nullValue())
                    .body("moveOutsByDestination.find { it.key == 'HOSPITAL' }.count", equalTo(0))
                    .body("suppressed.field", hasItem("residentsServed"))
                    .body("suppressed.find { it.field == 'residentsServed' }.reason", equalTo("SMALL_COUNT"))
                    .body("suppressed.find { it.key == 'PRIVATE_RENTAL' }.field", equalTo("moveOutsByDestination"))
                    .body("suppressed.find { it.field == 'meanStayDays' }.reason", equalTo("SMALL_GROUP"))
                    .body("summary", equalTo("Fra mars 2019 til mars 2019 har Gamle Oslovei 93 hatt i alt <5 beboere. "
                            + "<5 bor der fortsatt."));
            String csv = Api.as(user).accept("text/csv").queryParam("facility", FACILITY).queryParam("from", FROM)
                    .queryParam("to", TO).queryParam("format", "csv").get("/api/statistics").then().statusCode(200)
                    .extract().asString();
            assertTrue(csv.contains("nøkkeltall;beboere;<5\n"), csv);
            assertTrue(csv.contains("utflytting etter bosted;Privat leiebolig;<5\n"), csv);
            for (String line : csv.split("\n")) {
                assertFalse(SMALL_IN_TEXT.matcher(line.substring(line.lastIndexOf(';') + 1)).find(), user + ": " + line);
            }
        }
    }

    /** Every whole number from 1 to 4 in the body, and every text with one standing alone, by path. */
    static void scan(JsonNode node, String path, List<String> small) {
        if (node.isIntegralNumber() && node.asLong() >= 1 && node.asLong() <= 4) small.add(path + "=" + node.asLong());
        if (node.isTextual() && !path.endsWith("from") && !path.endsWith("to") && !path.endsWith(".key")
                && SMALL_IN_TEXT.matcher(node.asText()).find()) {
            small.add(path + "=" + node.asText());
        }
        if (node.isObject()) node.properties().forEach(e -> scan(e.getValue(), path + "." + e.getKey(), small));
        if (node.isArray()) for (int i = 0; i < node.size(); i++) scan(node.get(i), path + "[" + i + "]", small);
    }

    @Test
    void R_STA_2_esikt_and_kontroll_get_whole_calendar_months_only() {
        Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", "2019-03-04").queryParam("to", "2019-03-10")
                .get("/api/statistics").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/r-sta-2-whole-months"))
                .body("rule", equalTo("R-STA-2"))
                .body("violations.field", equalTo(List.of("from", "to")));
        Api.as("kontroll1").queryParam("facility", "alle").queryParam("from", "2019-03-01").queryParam("to", "2019-03-15")
                .get("/api/statistics").then().statusCode(422)
                .body("violations.field", equalTo(List.of("to")))
                .body("violations[0].message", equalTo("må være den siste dagen i en måned"));
        Api.as("esikt1").queryParam("facility", "alle").queryParam("from", "2019-02-01").queryParam("to", "2019-02-28")
                .get("/api/statistics").then().statusCode(200);
        // a period that ends before it starts is still the 400 it was
        Api.as("esikt1").queryParam("facility", "alle").queryParam("from", "2019-03-01").queryParam("to", "2019-01-31")
                .get("/api/statistics").then().statusCode(400);
    }
}
