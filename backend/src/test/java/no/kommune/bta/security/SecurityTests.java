package no.kommune.bta.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/** Real tokens from the real realm: 401, 403 and 200 as the roles and facility claims say (R-ACC-1). */
@QuarkusTest
class SecurityTests {

    private static final Map<String, Object> NEW_RULES = Map.of(
            "basedOnVersion", 1, "validFrom", "2030-01-01",
            "houseRules", List.of(Map.of("number", 1, "text", "Vis hensyn.")),
            "hmsRules", List.of(Map.of("number", 1, "text", "Hold rømningsveier frie.")));

    @Test
    void no_token_gives_401_problem() {
        Api.anonymous().get("/api/facilities").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://bta.kommune.no/problems/unauthorized"));
    }

    @Test
    void tampered_token_gives_401() {
        String token = Tokens.user("hvk1");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"hvk\"", "\"okonomi\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Api.withToken(forged).get("/api/facilities").then().statusCode(401)
                .contentType("application/problem+json");
        // a garbled signature is refused too
        Api.withToken(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse())
                .get("/api/facilities").then().statusCode(401);
    }

    @Test
    void R_ACC_1_a_token_for_another_audience_gives_401() {
        String other = Tokens.client("bta-test-other-audience", "bta-test-other-audience-secret");
        Api.withToken(other).get("/api/facilities").then().statusCode(401).contentType("application/problem+json");
        Api.withToken(Tokens.integration()).get("/api/facilities").then().statusCode(200);
    }

    @Test
    void R_ACC_1_an_expired_token_gives_401() throws InterruptedException {
        Api.withToken(Tokens.integration()).get("/api/facilities").then().statusCode(200); // signing keys fetched
        String token = Tokens.client("bta-test-short-lived", "bta-test-short-lived-secret");
        // valid while it lives (five seconds): authenticated, but the client has no role here
        Api.withToken(token).get("/api/facilities").then().statusCode(403);
        Thread.sleep(6_500);
        Api.withToken(token).get("/api/facilities").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void R_ACC_1_an_unsigned_token_gives_401() {
        String[] parts = Tokens.user("hvk1").split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Api.withToken(none + "." + parts[1] + ".").get("/api/facilities").then().statusCode(401);
        Api.withToken(none + "." + parts[1]).get("/api/facilities").then().statusCode(401);
    }

    @Test
    void right_role_gives_200() {
        Api.as("hvk1").get("/api/facilities").then().statusCode(200);
        Api.as("okonomi1").get("/api/facilities/bakklandet").then().statusCode(200);
    }

    @Test
    void role_without_access_gives_403_problem() {
        // botiltak (not fagleder) may not adopt house rules, not even at its own facility
        Api.as("bakklandet1").body(NEW_RULES).post("/api/facilities/bakklandet/house-rules").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/forbidden"));
        Api.as("hvk1").body(NEW_RULES).post("/api/facilities/bakklandet/house-rules").then().statusCode(403);
    }

    @Test
    void R_ACC_1_staff_cannot_write_house_rules_of_another_facility() {
        Api.as("bakklandet1").body(NEW_RULES).post("/api/facilities/heidrunsenteret/house-rules").then()
                .statusCode(403).contentType("application/problem+json");
        // a fagleder of Bakklandet is refused at Heidrunsenteret: the facility claim, not only the role, decides
        Api.as("bakklandet-leder").body(NEW_RULES).post("/api/facilities/heidrunsenteret/house-rules").then()
                .statusCode(403).body("detail", containsString("heidrunsenteret"));
    }

    @Test
    void integration_client_credentials_token_reads_facilities() {
        Api.asIntegration().get("/api/facilities").then().statusCode(200)
                .body("items.id", hasItem("bakklandet"));
        Api.asIntegration().get("/api/me").then().statusCode(200)
                .body("roles", equalTo(List.of("integrasjon"))).body("clientId", equalTo("bta-integration"));
    }

    @Test
    void R_ACC_1_facilities_claim_reaches_the_api() {
        Api.as("bakklandet1").get("/api/me").then().statusCode(200)
                .body("username", equalTo("bakklandet1"))
                .body("roles", equalTo(List.of("botiltak")))
                .body("facilities", equalTo(List.of("bakklandet")));
        Api.as("valoya1").get("/api/me").then().statusCode(200)
                .body("facilities", equalTo(List.of("valoyveien-9")));
        Api.as("esikt1").get("/api/me").then().statusCode(200)
                .body("facilities", equalTo(List.of()));
    }
}
