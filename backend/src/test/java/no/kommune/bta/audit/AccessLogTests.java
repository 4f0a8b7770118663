package no.kommune.bta.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Array;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/** One row per audited call: who, what, when, outcome (R-ACC-2). */
@QuarkusTest
class AccessLogTests {

    private Map<String, Object> rowFor(String correlationId) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<Map<String, Object>> rows = Db.query("SELECT * FROM access_log WHERE correlation_id = ?", correlationId);
            if (!rows.isEmpty()) {
                assertEquals(1, rows.size(), "exactly one row per call");
                return rows.get(0);
            }
            Thread.sleep(100); // refused calls are written off the I/O thread
        }
        throw new AssertionError("no access-log row for " + correlationId);
    }

    @Test
    void R_ACC_2_a_read_is_logged_with_who_what_and_outcome() throws Exception {
        String cid = UUID.randomUUID().toString();
        Api.as("heidrun1").header("X-Correlation-Id", cid).get("/api/facilities/heidrunsenteret").then()
                .statusCode(200).header("X-Correlation-Id", cid);
        Map<String, Object> row = rowFor(cid);
        assertEquals("heidrun1", row.get("username"));
        assertEquals("Heidi Rundberg", row.get("actor_name"), "the token's name claim");
        assertEquals(List.of("heidrunsenteret"), List.of((Object[]) ((Array) row.get("actor_units")).getArray()),
                "the token's facilities claim");
        assertNotNull(row.get("subject"));
        assertEquals("bta-cli", row.get("client_id"));
        assertEquals(List.of("botiltak"), List.of((Object[]) ((Array) row.get("roles")).getArray()));
        assertEquals("GET", row.get("http_method"));
        assertEquals("getFacility", row.get("operation"));
        assertEquals("facility", row.get("resource_type"));
        assertEquals("heidrunsenteret", row.get("resource_id"));
        assertEquals(200, row.get("outcome"));
        assertNotNull(row.get("at"));
    }

    @Test
    void R_ACC_2_a_refused_write_is_logged_with_its_outcome() throws Exception {
        String cid = UUID.randomUUID().toString();
        Api.as("heidrun1").header("X-Correlation-Id", cid)
                .body(Map.of("basedOnVersion", 1, "validFrom", "2030-01-01",
                        "houseRules", List.of(Map.of("number", 1, "text", "a")),
                        "hmsRules", List.of(Map.of("number", 1, "text", "b"))))
                .post("/api/facilities/heidrunsenteret/house-rules").then().statusCode(403);
        Map<String, Object> row = rowFor(cid);
        assertEquals("heidrun1", row.get("username"));
        assertEquals("createHouseRulesVersion", row.get("operation"));
        assertEquals(403, row.get("outcome"));
    }

    @Test
    void R_ACC_2_a_machine_client_is_logged_as_itself() throws Exception {
        String cid = UUID.randomUUID().toString();
        Api.asIntegration().header("X-Correlation-Id", cid).get("/api/facilities").then().statusCode(200);
        Map<String, Object> row = rowFor(cid);
        assertEquals("bta-integration", row.get("client_id"));
        assertEquals("listFacilities", row.get("operation"));
    }

    @Test
    void R_ACC_2_a_call_without_token_is_logged_as_unauthenticated() throws Exception {
        String cid = UUID.randomUUID().toString();
        Api.anonymous().header("X-Correlation-Id", cid).get("/api/facilities/bakklandet").then().statusCode(401);
        Map<String, Object> row = rowFor(cid);
        assertEquals(401, row.get("outcome"));
        assertEquals(null, row.get("subject"));
    }
}
