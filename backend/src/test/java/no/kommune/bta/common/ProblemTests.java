package no.kommune.bta.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json naming the field, never a 500, and nothing is written. */
@QuarkusTest
class ProblemTests {

    private static final String RULES = "/api/facilities/bakklandet/house-rules";

    private long versions() {
        return ((Number) Db.query("SELECT count(*) AS n FROM house_rules_version WHERE facility_id = 'bakklandet'")
                .get(0).get("n")).longValue();
    }

    @Test
    void unknown_json_field_is_a_400_naming_it() {
        long before = versions();
        Api.asInvalid("bakklandet-leder").body(Map.of("basedOnVersion", 1, "validFrom", "2030-01-01", "foo", 1,
                        "houseRules", List.of(Map.of("number", 1, "text", "a")),
                        "hmsRules", List.of(Map.of("number", 1, "text", "b"))))
                .post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/bad-request"))
                .body("violations.field", hasItem("foo"));
        org.junit.jupiter.api.Assertions.assertEquals(before, versions());
    }

    @Test
    void malformed_json_is_a_400() {
        Api.asInvalid("bakklandet-leder").body("{\"basedOnVersion\": 1, ").post(RULES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/bad-request"));
    }

    @Test
    void wrong_type_is_a_400_naming_the_field() {
        Api.asInvalid("bakklandet-leder").body(Map.of("basedOnVersion", "én", "validFrom", "2030-01-01",
                        "houseRules", List.of(), "hmsRules", List.of()))
                .post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("basedOnVersion"));
        Api.asInvalid("bakklandet-leder").body(Map.of("basedOnVersion", 1, "validFrom", "ikke-en-dato",
                        "houseRules", List.of(), "hmsRules", List.of()))
                .post(RULES).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("validFrom"));
    }

    @Test
    void missing_fields_are_a_422_listing_each() {
        Api.asInvalid("bakklandet-leder").body(Map.of("houseRules", List.of(Map.of("number", 0, "text", " "))))
                .post(RULES).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/validation"))
                .body("violations.field", hasItems("basedOnVersion", "validFrom", "hmsRules",
                        "houseRules[0].number", "houseRules[0].text"));
    }

    @Test
    void empty_body_is_a_problem_not_a_500() {
        Api.asInvalid("bakklandet-leder").post(RULES).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void bad_paging_parameter_is_a_400_naming_it() {
        Api.asInvalid("hvk1").queryParam("size", 1000).get("/api/facilities").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("size"));
        Api.asInvalid("hvk1").queryParam("page", "x").get("/api/facilities").then().statusCode(400)
                .contentType("application/problem+json");
        Api.asInvalid("hvk1").queryParam("kind", "HOTEL").get("/api/facilities").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("kind"));
    }
}
