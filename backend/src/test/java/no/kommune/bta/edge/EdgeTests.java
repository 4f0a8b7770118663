package no.kommune.bta.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 8: the edge of the API. Security headers on every answer, CORS for the SPA's origins only,
 * bodies and pages with limits, no control character and no date outside 1900-2200 let in, JSON read strictly, and
 * every refusal a problem+json naming what is wrong.
 */
@QuarkusTest
class EdgeTests {
    private static final String PROBLEM = "application/problem+json";
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();

    // ---------------------------------------------------------------- security headers

    private static void assertApiHeaders(Response r) {
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
                r.header("Content-Security-Policy"), r.headers().toString());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertEquals(null, r.header("Strict-Transport-Security"), "HSTS only in the production profile");
    }

    @Test
    void every_api_answer_carries_the_security_headers_an_error_too() {
        assertApiHeaders(Api.as("hvk1").get("/api/me").then().statusCode(200).extract().response());
        assertApiHeaders(Api.anonymous().get("/api/me").then().statusCode(401).extract().response());
        assertApiHeaders(Api.asInvalid("hvk1").get("/api/persons/" + UUID.randomUUID()).then().statusCode(404).extract().response());
        assertApiHeaders(given().get("/q/openapi").then().statusCode(200).extract().response());
        assertApiHeaders(given().get("/no/such/path").then().statusCode(404).extract().response());
    }

    @Test
    void swagger_ui_may_run_its_own_scripts_and_nothing_from_elsewhere() {
        Response r = given().get("/q/swagger-ui/").then().statusCode(200).extract().response();
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("connect-src 'self' http://localhost:8180"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
    }

    // ---------------------------------------------------------------- CORS

    @Test
    void cors_answers_the_spas_origins_and_no_other() {
        given().header("Origin", "http://localhost:5173").auth().oauth2(Tokens.user("hvk1")).get("/api/me").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/api/persons").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"));

        Response other = given().header("Origin", "https://angriper.example").auth().oauth2(Tokens.user("hvk1"))
                .get("/api/me").then().extract().response();
        assertEquals(null, other.header("Access-Control-Allow-Origin"), other.headers().toString());
        assertFalse(other.statusCode() == 200 && other.asString().contains("hvk1"), "another origin reads nothing");
        given().header("Origin", "https://angriper.example").header("Access-Control-Request-Method", "POST")
                .options("/api/persons").then().header("Access-Control-Allow-Origin", nullValue());
    }

    // ---------------------------------------------------------------- body limits

    private static String json(int bytes) {
        return "{\"givenName\": \"" + "a".repeat(bytes) + "\", \"familyName\": \"B\", \"nationalId\": \"01010012345\"}";
    }

    @Test
    void a_json_body_over_1_mb_is_a_413_problem_naming_the_limit() {
        long persons = count("person");
        Api.asInvalid("hvk1").body(json(1024 * 1024)).post("/api/persons").then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("https://bta.kommune.no/problems/payload-too-large"))
                .body("detail", containsString("1 MB")).body("violations.field", hasItem("body"))
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", containsString("default-src 'none'"));
        assertEquals(persons, count("person"));
        // just under the limit the body is read (and refused for what it says, not for its size)
        Api.asInvalid("hvk1").body(json(1024 * 1024 - 200)).post("/api/persons").then().statusCode(422);
    }

    @Test
    void a_chunked_json_body_over_1_mb_is_a_413_problem_too() throws Exception {
        byte[] body = json(1024 * 1024).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/persons"))
                .header("Authorization", "Bearer " + Tokens.user("hvk1")).header("Content-Type", "application/json")
                // a stream of unknown length is sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> r = send(request);
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(PROBLEM, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("payload-too-large"), r.body());
    }

    @Test
    void the_bank_file_may_be_20_mb_and_no_more() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        // 2 MB of nonsense is read (the file is refused for what it is, not for its size)
        Api.asInvalid("okonomi1").contentType("text/plain").body(big).post("/api/egenbetaling/imports").then().statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("https://bta.kommune.no/problems/ocr-file-invalid"));
        long imports = count("bank_import");
        // the client asks before sending (Expect: 100-continue), so the refusal comes before 20 MB are sent
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + "/api/egenbetaling/imports")).expectContinue(true)
                .header("Authorization", "Bearer " + Tokens.user("okonomi1")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[20 * 1024 * 1024 + 1])).build();
        HttpResponse<String> r = send(request);
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(PROBLEM, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("20 MB"), r.body());
        assertEquals(imports, count("bank_import"));
    }

    @Test
    void a_control_character_in_the_bank_file_is_refused_as_an_invalid_file() {
        Api.asInvalid("okonomi1").contentType("text/plain").body("NY000010\u0000" + "0".repeat(71) + "\n")
                .post("/api/egenbetaling/imports").then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].message", containsString("kontrolltegn"));
    }

    // ---------------------------------------------------------------- paging

    @Test
    void page_size_is_at_most_200_and_page_at_most_10000() {
        Api.asInvalid("hvk1").queryParam("size", 201).get("/api/facilities").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("size"));
        Api.asInvalid("hvk1").queryParam("size", 100_000).get("/api/intakes").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        Api.as("hvk1").queryParam("size", 200).queryParam("page", 10_000).get("/api/intakes").then().statusCode(200)
                .body("items.size()", equalTo(0));
        for (String page : List.of("10001", "2147483647", "2147483648", "99999999999999999999", "-1")) {
            Api.asInvalid("hvk1").queryParam("size", 200).queryParam("page", page).get("/api/intakes").then()
                    .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("page"));
        }
    }

    // ---------------------------------------------------------------- control characters

    @Test
    void a_nul_in_a_path_parameter_is_a_400_naming_it() {
        Response r = Api.asInvalid("hvk1").urlEncodingEnabled(false).header("Origin", "http://localhost:5173")
                .get("/api/agreements/abc%00def").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("agreementId")).extract().response();
        // refused before the REST layer, with the same headers as every answer
        assertApiHeaders(r);
        assertEquals("http://localhost:5173", r.header("Access-Control-Allow-Origin"));
        Api.asInvalid("hvk1").urlEncodingEnabled(false).get("/api/facilities/bakk%00landet/units").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("facilityId"));
        Api.asInvalid("hvk1").urlEncodingEnabled(false).get("/api/facilities/bakklandet%07").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("facilityId"));
    }

    @Test
    void a_control_character_in_a_query_parameter_is_a_400_naming_it() {
        Api.asInvalid("hvk1").urlEncodingEnabled(false).get("/api/intakes?q=Ola%00Nordmann").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("q"));
        Api.asInvalid("hvk1").urlEncodingEnabled(false).get("/api/intakes?q=Ola%0ANordmann").then().statusCode(400)
                .body("violations.field", hasItem("q"));
    }

    @Test
    void a_control_character_in_a_json_text_is_a_400_naming_the_field_but_tab_and_line_breaks_are_text() {
        long persons = count("person");
        Api.asInvalid("hvk1").body(Map.of("givenName", "Ola\u0000", "familyName", "Nordmann", "nationalId", "01010012345"))
                .post("/api/persons").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("givenName"))
                .body("violations.message", hasItem(containsString("kontrolltegn")));
        Api.asInvalid("bakklandet1").body(Map.of("facilityId", "bakklandet", "occurredAt", "2026-11-20T10:15:00Z",
                        "personIds", List.of(), "categories", List.of("VIOLENCE_OR_THREATS\u001b"), "description", "x"))
                .post("/api/incidents").then().statusCode(400).body("violations.field", hasItem("categories[0]"));
        Api.asInvalid("bakklandet-leder").body(Map.of("instrument", "AUDIT_C", "takenOn", TODAY, "answers", Map.of("q1\u0000", 1)))
                .post("/api/residents/" + UUID.randomUUID() + "/assessments").then().statusCode(400).contentType(PROBLEM);
        assertEquals(persons, count("person"));
        // free text keeps its tabs and line breaks: refused here for the number, not for the text
        Api.asInvalid("hvk1").body(Map.of("givenName", "Ola\tPer", "familyName", "Nord-\r\nmann", "nationalId", "1"))
                .post("/api/persons").then().statusCode(422).body("violations.field", not(hasItem("givenName")));
    }

    // ---------------------------------------------------------------- dates

    @Test
    void a_date_parameter_outside_1900_to_2200_is_a_400_naming_it() {
        for (String date : List.of("0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31", "+10000-01-01", "20261201")) {
            Api.asInvalid("okonomi1").queryParam("from", date).queryParam("to", "2026-12-31").get("/api/egenbetaling/export")
                    .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("from"));
        }
        Api.asInvalid("okonomi1").queryParam("period", "0000-01").get("/api/egenbetaling/nav-deductions").then()
                .statusCode(400).body("violations.field", hasItem("period"));
        Api.as("okonomi1").queryParam("from", "1900-01-01").queryParam("to", "2200-12-31").queryParam("format", "json")
                .get("/api/egenbetaling/export").then().statusCode(200);
    }

    @Test
    void a_date_in_a_body_must_be_a_real_day_written_as_a_date_from_1900_to_2200() {
        long payments = count("payment");
        for (Object date : List.of("0000-01-01", "9999-12-31", "1899-12-31", "2026-02-30", "2026-12-1", "+2026-12-01",
                20261201, 1.5, List.of(2026, 12, 1), true)) {
            String key = UUID.randomUUID().toString();
            Api.asInvalid("okonomi1").header("Idempotency-Key", key)
                    .body(Map.of("kid", "0000000000", "amountOre", 100, "paidOn", date, "sourceReference", "EDGE-" + key))
                    .post("/api/egenbetaling/payments").then().statusCode(400).contentType(PROBLEM)
                    .body("violations.field", hasItem("paidOn"));
        }
        Api.asInvalid("bakklandet1").body(Map.of("facilityId", "bakklandet", "occurredAt", "0000-01-01T00:00:00Z",
                        "personIds", List.of(), "categories", List.of("VIOLENCE_OR_THREATS"), "description", "x"))
                .post("/api/incidents").then().statusCode(400).body("violations.field", hasItem("occurredAt"));
        Api.asInvalid("bakklandet1").body(Map.of("facilityId", "bakklandet", "occurredAt", 1764583200,
                        "personIds", List.of(), "categories", List.of("VIOLENCE_OR_THREATS"), "description", "x"))
                .post("/api/incidents").then().statusCode(400).body("violations.field", hasItem("occurredAt"));
        assertEquals(payments, count("payment"));
    }

    // ---------------------------------------------------------------- strict JSON

    @Test
    void json_is_read_strictly_a_refusal_names_the_field() {
        String path = "/api/agreements/" + UUID.randomUUID() + "/refunds";
        // a number for a text
        Api.asInvalid("okonomi1").body(Map.of("amountOre", 100, "refundedOn", TODAY, "reference", 12345)).post(path).then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("reference"));
        // a text, a fraction or a truth value for a whole number
        for (Object amount : List.of("100", 1.5, 100.0, true)) {
            Api.asInvalid("okonomi1").body(Map.of("amountOre", amount, "refundedOn", TODAY)).post(path).then()
                    .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("amountOre"));
        }
        // a scalar for a list
        Api.asInvalid("bakklandet1").body(Map.of("facilityId", "bakklandet", "occurredAt", "2026-11-20T10:15:00Z",
                        "personIds", List.of(), "categories", "VIOLENCE_OR_THREATS", "description", "x"))
                .post("/api/incidents").then().statusCode(400).body("violations.field", hasItem("categories"));
        // a key twice, and something after the value
        Api.asInvalid("okonomi1").body("{\"amountOre\": 100, \"amountOre\": 200, \"refundedOn\": \"" + TODAY + "\"}")
                .post(path).then().statusCode(400).contentType(PROBLEM);
        Api.asInvalid("okonomi1").body("{\"amountOre\": 100, \"refundedOn\": \"" + TODAY + "\"} {}").post(path).then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void an_amount_beyond_its_bounds_is_refused_never_stored() {
        long payments = count("payment");
        for (Object amount : List.of(Long.MAX_VALUE, new java.math.BigInteger("9223372036854775808"), 0, -1)) {
            String key = UUID.randomUUID().toString();
            int status = Api.asInvalid("okonomi1").header("Idempotency-Key", key)
                    .body(Map.of("kid", "0000000000", "amountOre", amount, "paidOn", TODAY, "sourceReference", "EDGE-" + key))
                    .post("/api/egenbetaling/payments").then().contentType(PROBLEM).body("violations.field", hasItem("amountOre"))
                    .extract().statusCode();
            assertTrue(status == 400 || status == 422, "refused: " + amount + " gave " + status);
        }
        assertEquals(payments, count("payment"));
    }

    // ---------------------------------------------------------------- no stack traces

    @Test
    void a_body_of_the_wrong_shape_names_no_java_type() {
        String body = Api.asInvalid("okonomi1").header("Idempotency-Key", UUID.randomUUID().toString()).body("[1, 2]")
                .post("/api/egenbetaling/payments").then().statusCode(400).contentType(PROBLEM).extract().asString();
        assertFalse(body.contains("no.kommune") || body.contains("java.") || body.contains("Exception")
                || body.contains("`"), body);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String table) {
        return ((Number) Db.query("SELECT count(*) AS n FROM " + table).get(0).get("n")).longValue();
    }
}
