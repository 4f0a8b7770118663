package no.kommune.bta.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import no.kommune.bta.support.Tokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-2: the access log cannot be altered by the application, a change made behind its back (by the schema's
 * owner) is found by verification, and no data leaves when the log cannot be written.
 */
@QuarkusTest
class AccessLogIntegrityTests {
    @Inject
    AgroalDataSource ds;

    /** A connection as the schema's owner (who runs Flyway), not as the application's runtime role. */
    private static Connection owner() throws SQLException {
        var cfg = ConfigProvider.getConfig();
        return DriverManager.getConnection(cfg.getValue("quarkus.datasource.jdbc.url", String.class),
                cfg.getValue("quarkus.flyway.username", String.class),
                cfg.getValue("quarkus.flyway.password", String.class));
    }

    private static void asOwner(String... statements) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    private static UUID personSeenBy(String caseworker) {
        UUID id = People.create("Kjede", "Kontroll", LocalDate.of(1980, 3, 14), "MALE");
        Api.as(caseworker).body(Map.of("personId", id, "assessment", "Trenger bolig med oppfølging."))
                .post("/api/intakes").then().statusCode(201);
        return id;
    }

    private static JsonPath verify(boolean full) {
        return Api.as("kontroll1").queryParam("full", full).get("/api/audit/verification").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void R_ACC_2_the_runtime_role_cannot_change_delete_or_empty_the_log() {
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        assertFalse(Db.query("SELECT 1 FROM access_log").isEmpty());
        for (String sql : List.of("UPDATE access_log SET username = 'noen andre'", "DELETE FROM access_log",
                "TRUNCATE access_log", "UPDATE access_log_head SET seq = 0", "DELETE FROM access_log_checkpoint")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Db.update(sql), sql);
            assertTrue(e.getMessage().contains("permission denied"), sql + ": " + e.getMessage());
        }
    }

    @Test
    void R_ACC_2_even_the_owner_cannot_change_or_delete_a_row_while_the_triggers_stand() throws SQLException {
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        for (String sql : List.of("UPDATE access_log SET username = 'noen andre'", "DELETE FROM access_log",
                "TRUNCATE access_log")) {
            SQLException e = assertThrows(SQLException.class, () -> asOwner(sql), sql);
            assertTrue(e.getMessage().contains("append-only"), sql + ": " + e.getMessage());
        }
    }

    @Test
    void R_ACC_2_every_row_is_numbered_and_linked_to_the_one_before() {
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        List<Map<String, Object>> rows = Db.query("""
                SELECT seq, seq - lag(seq) OVER (ORDER BY seq) AS step,
                       hash = access_log_link(lag(hash) OVER (ORDER BY seq), l) AS follows
                FROM access_log l ORDER BY seq DESC LIMIT 2""");
        assertEquals(2, rows.size());
        for (Map<String, Object> r : rows) {
            assertEquals(1L, ((Number) r.get("step")).longValue());
            assertEquals(Boolean.TRUE, r.get("follows"));
        }
    }

    @Test
    void R_ACC_2_verification_finds_a_row_the_owner_altered() throws SQLException {
        UUID person = personSeenBy("hvk1");
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(200);
        assertTrue(verify(true).getBoolean("intact"), "the untouched chain holds");

        long seq = ((Number) Db.query("""
                SELECT seq FROM access_log WHERE person_id = ?::uuid AND operation = 'getPerson'
                ORDER BY seq DESC LIMIT 1""", person.toString()).get(0).get("seq")).longValue();
        asOwner("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only",
                "UPDATE access_log SET username = 'en annen' WHERE seq = " + seq,
                "ALTER TABLE access_log ENABLE TRIGGER access_log_append_only");
        try {
            JsonPath v = verify(true);
            assertFalse(v.getBoolean("intact"));
            assertEquals(seq, v.getLong("firstBroken.seq"));
            assertEquals("CHANGED", v.getString("firstBroken.finding"));
            assertEquals(seq - 1, v.getLong("verifiedThrough"));
        } finally {
            asOwner("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only",
                    "UPDATE access_log SET username = 'hvk1' WHERE seq = " + seq,
                    "ALTER TABLE access_log ENABLE TRIGGER access_log_append_only");
        }
        assertTrue(verify(true).getBoolean("intact"), "restored, the chain holds again");
    }

    @Test
    void R_ACC_2_verification_finds_a_deleted_row_and_a_changed_checkpoint() throws SQLException {
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        JsonPath first = verify(false);
        assertTrue(first.getBoolean("intact"));
        long checkpoint = first.getLong("verifiedThrough");
        // the next walk starts at the checkpoint
        Api.as("heidrun1").get("/api/facilities/heidrunsenteret").then().statusCode(200);
        JsonPath next = verify(false);
        assertTrue(next.getBoolean("intact"));
        assertTrue(next.getLong("startedAfter") >= checkpoint, "starts from the checkpoint");

        long victim = next.getLong("verifiedThrough") - 1;
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE kept AS SELECT * FROM access_log WHERE seq = " + victim);
            s.execute("ALTER TABLE access_log DISABLE TRIGGER USER");
            s.execute("DELETE FROM access_log WHERE seq = " + victim);
            s.execute("ALTER TABLE access_log ENABLE TRIGGER USER");
            try {
                JsonPath v = verify(true);
                assertFalse(v.getBoolean("intact"));
                assertEquals(victim, v.getLong("firstBroken.seq"));
                assertEquals("MISSING", v.getString("firstBroken.finding"));
                // the row deleted is the one the newest checkpoint links to: a walk from the checkpoint sees it too
                Api.as("kontroll1").get("/api/audit/verification").then().statusCode(200)
                        .body("intact", equalTo(false)).body("firstBroken.finding", equalTo("CHECKPOINT_CHANGED"));
            } finally {
                s.execute("ALTER TABLE access_log DISABLE TRIGGER USER");
                s.execute("INSERT INTO access_log SELECT * FROM kept");
                s.execute("ALTER TABLE access_log ENABLE TRIGGER USER");
            }
            assertTrue(verify(true).getBoolean("intact"), "restored, the chain holds again");

            long last = verify(false).getLong("verifiedThrough");
            s.execute("ALTER TABLE access_log DISABLE TRIGGER USER");
            s.execute("UPDATE access_log SET outcome = 500 WHERE seq = " + last);
            s.execute("ALTER TABLE access_log ENABLE TRIGGER USER");
            try {
                JsonPath v = verify(false);
                assertFalse(v.getBoolean("intact"));
                assertEquals(last, v.getLong("firstBroken.seq"));
                assertEquals("CHECKPOINT_CHANGED", v.getString("firstBroken.finding"));
            } finally {
                s.execute("ALTER TABLE access_log DISABLE TRIGGER USER");
                s.execute("UPDATE access_log SET outcome = 200 WHERE seq = " + last);
                s.execute("ALTER TABLE access_log ENABLE TRIGGER USER");
            }
        }
    }

    @Test
    void R_ACC_2_no_data_leaves_when_the_log_cannot_be_written() throws SQLException {
        UUID person = personSeenBy("hvk1");
        String runtime = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        asOwner("REVOKE INSERT ON access_log FROM " + runtime);
        try {
            // 503 is the access log's answer on every operation (info.description), not listed per operation
            given().auth().oauth2(Tokens.user("hvk1")).get("/api/persons/" + person).then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://bta.kommune.no/problems/access-log-unavailable"))
                    .body(not(containsString("Kontroll")))
                    .header("Retry-After", "30");
        } finally {
            asOwner("GRANT INSERT ON access_log TO " + runtime);
        }
        Api.as("hvk1").get("/api/persons/" + person).then().statusCode(200).body("familyName", equalTo("Kontroll"));
    }

    @Test
    void R_ACC_2_concurrent_calls_share_a_commit_and_each_keeps_its_row_in_the_chain() throws Exception {
        UUID person = personSeenBy("hvk1");
        int calls = 8;
        String run = UUID.randomUUID().toString().substring(0, 8);
        // the owner holds the chain's lock, so the writer's first commit waits and the other calls queue up behind it
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtext('bta.access_log'))");
            var pool = java.util.concurrent.Executors.newFixedThreadPool(calls);
            try {
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    String id = "group-" + run + "-" + i;
                    answers.add(pool.submit(() -> given().auth().oauth2(Tokens.user("hvk1")).header("X-Correlation-Id", id)
                            .get("/api/persons/" + person).statusCode()));
                }
                Thread.sleep(1500);
                s.execute("SELECT pg_advisory_unlock(hashtext('bta.access_log'))");
                for (var a : answers) assertEquals(200, a.get(30, java.util.concurrent.TimeUnit.SECONDS));
            } finally {
                pool.shutdownNow();
            }
        }
        List<Map<String, Object>> rows = Db.query("""
                SELECT count(*) AS n, count(DISTINCT correlation_id) AS calls, count(DISTINCT xmin::text) AS commits
                FROM access_log WHERE correlation_id LIKE ?""", "group-" + run + "-%");
        assertEquals((long) calls, ((Number) rows.get(0).get("n")).longValue(), "one row per call");
        assertEquals((long) calls, ((Number) rows.get(0).get("calls")).longValue());
        assertTrue(((Number) rows.get(0).get("commits")).longValue() < calls, "calls waiting together share a commit");
        assertTrue(verify(true).getBoolean("intact"), "the rows of a shared commit chain like any others");
    }

    @Test
    void R_ACC_2_calls_written_in_one_statement_each_keep_their_own_fields_persons_and_order() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID(), second = UUID.randomUUID();
        // units as a token could name them: a quote, a backslash, a comma and braces must come back as they went in
        List<String> odd = List.of("a\"b", "c\\d", "e,f", "{g}");
        AccessLogEntry one = new AccessLogEntry("s1", "u1", "Navn \"En\"", List.of("botiltak"), odd, "c1", "GET",
                "/api/one", "opOne", "person", null, 200, "batch-" + run + "-1");
        AccessLogEntry two = new AccessLogEntry("s2", "u2", null, List.of("hvk", "esikt"), List.of(), null, "POST",
                "/api/two", "opTwo", "agreement", "x", 201, "batch-" + run + "-2");
        try (Connection c = ds.getConnection()) {
            AccessLogQueries.insert(c, List.of(one, two), List.of(java.util.Arrays.asList(first, null), List.of(second)));
        }
        List<Map<String, Object>> rows = Db.query("""
                SELECT correlation_id, person_id, username, actor_name, array_to_json(roles)::text AS roles,
                       cardinality(actor_units) AS units, actor_units[1] AS u1, actor_units[2] AS u2,
                       actor_units[3] AS u3, actor_units[4] AS u4, client_id, http_method, path, operation,
                       resource_type, resource_id, outcome, seq
                FROM access_log WHERE correlation_id LIKE ? ORDER BY seq""", "batch-" + run + "-%");
        assertEquals(3, rows.size(), "one row per person of each call");
        assertEquals(List.of("batch-" + run + "-1", "batch-" + run + "-1", "batch-" + run + "-2"),
                rows.stream().map(r -> r.get("correlation_id")).toList(), "the calls in their order");
        assertEquals(java.util.Arrays.asList(first, null, second), rows.stream().map(r -> r.get("person_id")).toList(),
                "each call's persons in their order");
        for (int i = 0; i < 2; i++) {
            Map<String, Object> r = rows.get(i);
            assertEquals("u1", r.get("username"));
            assertEquals("Navn \"En\"", r.get("actor_name"));
            assertEquals("[\"botiltak\"]", r.get("roles"));
            assertEquals(4, ((Number) r.get("units")).intValue());
            assertEquals(odd, List.of(r.get("u1"), r.get("u2"), r.get("u3"), r.get("u4")));
            assertEquals("opOne", r.get("operation"));
            assertEquals(200, ((Number) r.get("outcome")).intValue());
        }
        Map<String, Object> r = rows.get(2);
        assertEquals("u2", r.get("username"));
        assertEquals(null, r.get("actor_name"));
        assertEquals("[\"hvk\",\"esikt\"]", r.get("roles"));
        assertEquals(0, ((Number) r.get("units")).intValue());
        assertEquals(null, r.get("client_id"));
        assertEquals("POST", r.get("http_method"));
        assertEquals("/api/two", r.get("path"));
        assertEquals("agreement", r.get("resource_type"));
        assertEquals("x", r.get("resource_id"));
        assertEquals(201, ((Number) r.get("outcome")).intValue());
        assertTrue(verify(true).getBoolean("intact"), "rows written together chain like any others");
    }
}
