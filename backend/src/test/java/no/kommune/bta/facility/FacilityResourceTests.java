package no.kommune.bta.facility;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FacilityResourceTests {

    @Test
    void R_FAC_1_every_seeded_facility_is_listed_with_kind_target_group_and_unit_counts() {
        Api.as("hvk1").get("/api/facilities").then().statusCode(200)
                .body("totalItems", equalTo(10))
                .body("items.id", containsInAnyOrder("bakklandet", "heidrunsenteret", "gamle-oslovei-93",
                        "valoyveien-9-sokkelen", "osloveien-155", "valoyveien-9", "jakobsliveien-107",
                        "osloveien-133", "gamle-oslovei-91", "smahus"))
                .body("items.find { it.id == 'bakklandet' }.agreementKind", equalTo("BTA"))
                .body("items.find { it.id == 'bakklandet' }.unitCounts.total", equalTo(9))
                .body("items.find { it.id == 'valoyveien-9' }.agreementKind", equalTo("LEASE"))
                .body("items.find { it.id == 'valoyveien-9' }.unitCounts.total", equalTo(38))
                .body("items.find { it.id == 'heidrunsenteret' }.targetGroup.sexes", equalTo(List.of("FEMALE")));
    }

    @Test
    void R_FAC_1_facility_terms_follow_the_report() {
        Api.as("bakklandet1").get("/api/facilities/bakklandet").then().statusCode(200)
                .body("monthlyFeeOre", equalTo(500000))
                .body("noticeDays", equalTo(14))
                .body("exclusionDays", equalTo(5))
                .body("substancePolicy", equalTo("SUBSTANCE_FREE"))
                .body("targetGroup.minAge", equalTo(18))
                .body("targetGroup.maxAge", equalTo(30))
                .body("feeIncludes", hasItem("Strøm"))
                .body("entryGrounds", hasSize(5))
                .body("currentRulesVersion", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        // a tenancy facility cannot exclude, and staff may enter only on danger to life or health
        Api.as("valoya1").get("/api/facilities/valoyveien-9").then().statusCode(200)
                .body("exclusionDays", nullValue())
                .body("entryGrounds", equalTo(List.of("DANGER_TO_LIFE_OR_HEALTH")))
                .body("substancePolicy", equalTo("TENANCY"));
        // Gamle Oslovei 93 does not forbid legal substances (it may have been converted to tenancies by another test)
        Api.as("hvk1").get("/api/facilities/gamle-oslovei-93").then().statusCode(200)
                .body("substancePolicy", org.hamcrest.Matchers.not(equalTo("SUBSTANCE_FREE")));
    }

    @Test
    void R_FAC_1_kind_filter_and_paging() {
        List<String> kinds = Api.as("esikt1").get("/api/facilities").then().extract().path("items.agreementKind");
        int leases = (int) kinds.stream().filter("LEASE"::equals).count();
        org.junit.jupiter.api.Assertions.assertTrue(leases >= 5, "five tenancy facilities in the registry");
        Api.as("esikt1").queryParam("kind", "LEASE").get("/api/facilities").then().statusCode(200)
                .body("totalItems", equalTo(leases)).body("items.agreementKind", everyItem(equalTo("LEASE")));
        Api.as("esikt1").queryParam("size", 3).queryParam("page", 1).get("/api/facilities").then().statusCode(200)
                .body("items", hasSize(3)).body("page", equalTo(1)).body("size", equalTo(3))
                .body("totalItems", equalTo(10));
    }

    @Test
    void R_FAC_1_the_database_refuses_an_exclusion_length_for_a_tenancy_facility() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Db.update("UPDATE facility SET exclusion_days = 5 WHERE id = 'smahus'"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("check"), e.getMessage());
    }

    @Test
    void unit_status_is_derived_from_reservations() {
        UUID unit = (UUID) Db.query("SELECT id FROM unit WHERE facility_id = 'osloveien-133' AND label = 'Leilighet 1'")
                .get(0).get("id");
        UUID unit2 = (UUID) Db.query("SELECT id FROM unit WHERE facility_id = 'osloveien-133' AND label = 'Leilighet 2'")
                .get(0).get("id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange(?, NULL))",
                UUID.randomUUID(), unit, today.minusDays(10));
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'ALLOCATION', daterange(?, NULL))",
                UUID.randomUUID(), unit2, today.plusDays(7));
        // what is over or released decides nothing: an occupancy that ended yesterday, a released allocation over today
        UUID unit3 = (UUID) Db.query("SELECT id FROM unit WHERE facility_id = 'osloveien-133' AND label = 'Leilighet 3'")
                .get(0).get("id");
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange(?, ?))",
                UUID.randomUUID(), unit3, today.minusDays(30), today);
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period, released_at) "
                + "VALUES (?, ?, 'ALLOCATION', daterange(?, NULL), now())", UUID.randomUUID(), unit3, today.minusDays(1));
        // an earlier occupancy, ended before the current one began, changes nothing
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange(?, ?))",
                UUID.randomUUID(), unit, today.minusDays(40), today.minusDays(10));
        try {
            Api.as("hvk1").get("/api/facilities/osloveien-133/units").then().statusCode(200)
                    .body("items.find { it.label == 'Leilighet 1' }.status", equalTo("OCCUPIED"))
                    .body("items.find { it.label == 'Leilighet 2' }.status", equalTo("ALLOCATED"))
                    .body("items.find { it.label == 'Leilighet 3' }.status", equalTo("VACANT"));
            Api.as("hvk1").get("/api/facilities/osloveien-133").then().statusCode(200)
                    .body("unitCounts.occupied", equalTo(1)).body("unitCounts.allocated", equalTo(1))
                    .body("unitCounts.vacant", equalTo(3));
        } finally {
            Db.update("DELETE FROM unit_reservation WHERE unit_id IN (?, ?, ?)", unit, unit2, unit3);
        }
    }

    /**
     * The status is read from what the reservations' triggers keep on the unit (V50, V54), so each kind of change to a
     * reservation must move it: made, ended earlier, released, turned into an occupancy, deleted.
     */
    @Test
    void unit_status_follows_each_change_of_its_reservations() {
        UUID unit = (UUID) Db.query("SELECT id FROM unit WHERE facility_id = 'osloveien-133' AND label = 'Leilighet 4'")
                .get(0).get("id");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        UUID stay = UUID.randomUUID(), next = UUID.randomUUID();
        try {
            assertEquals("VACANT", statusOf(unit));
            Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange(?, NULL))",
                    stay, unit, today.minusDays(10));
            assertEquals("OCCUPIED", statusOf(unit));
            Db.update("UPDATE unit_reservation SET period = daterange(lower(period), ?) WHERE id = ?", today.plusDays(30), stay);
            Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'ALLOCATION', daterange(?, ?))",
                    next, unit, today.plusDays(40), today.plusDays(50));
            assertEquals("OCCUPIED", statusOf(unit));
            // moved out yesterday (the period's end is exclusive), the next one is allocated ahead
            Db.update("UPDATE unit_reservation SET period = daterange(lower(period), ?) WHERE id = ?", today, stay);
            assertEquals("ALLOCATED", statusOf(unit));
            Db.update("UPDATE unit_reservation SET released_at = now() WHERE id = ?", next);
            assertEquals("VACANT", statusOf(unit));
            // the allocation taken back into use and turned into an occupancy from today
            Db.update("UPDATE unit_reservation SET released_at = NULL, kind = 'OCCUPANCY', period = daterange(?, NULL) WHERE id = ?",
                    today, next);
            assertEquals("OCCUPIED", statusOf(unit));
            Db.update("UPDATE unit_reservation SET period = daterange(?, NULL) WHERE id = ?", today.plusDays(1), next);
            assertEquals("ALLOCATED", statusOf(unit), "an occupancy from tomorrow holds the unit but nobody lives there");
            Db.update("DELETE FROM unit_reservation WHERE id IN (?, ?)", stay, next);
            assertEquals("VACANT", statusOf(unit));
        } finally {
            Db.update("DELETE FROM unit_reservation WHERE unit_id = ?", unit);
        }
    }

    /** The unit's status as the API gives it, which must be what its live reservations themselves say today. */
    private static String statusOf(UUID unit) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        String label = (String) Db.query("SELECT label FROM unit WHERE id = ?", unit).get(0).get("label");
        String status = Api.as("hvk1").get("/api/facilities/osloveien-133/units").then().statusCode(200)
                .extract().path("items.find { it.label == '" + label + "' }.status");
        Object fromReservations = Db.query("""
                SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM unit_reservation r WHERE r.unit_id = ? AND r.released_at IS NULL
                                                AND coalesce(upper(r.period), 'infinity') > ?) THEN 'VACANT'
                            WHEN EXISTS (SELECT 1 FROM unit_reservation r WHERE r.unit_id = ? AND r.released_at IS NULL
                                            AND r.kind = 'OCCUPANCY' AND r.period @> ?) THEN 'OCCUPIED'
                            ELSE 'ALLOCATED' END AS status""", unit, today, unit, today).get(0).get("status");
        assertEquals(fromReservations, status, "the status the live reservations give today");
        return status;
    }

    @Test
    void R_INT_2_the_database_refuses_two_overlapping_reservations_of_one_unit() {
        UUID unit = (UUID) Db.query("SELECT id FROM unit WHERE facility_id = 'smahus' AND label = 'Småhus 1'")
                .get(0).get("id");
        Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'ALLOCATION', daterange('2030-01-01', '2030-03-01'))",
                UUID.randomUUID(), unit);
        try {
            var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () ->
                    Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange('2030-02-01', NULL))",
                            UUID.randomUUID(), unit));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("exclusion"), e.getMessage());
        } finally {
            Db.update("DELETE FROM unit_reservation WHERE unit_id = ?", unit);
        }
    }

    @Test
    void R_FAC_2_house_rules_are_versioned_and_earlier_versions_are_kept() {
        var history = Api.as("bakklandet-leder").get("/api/facilities/valoyveien-9-sokkelen/house-rules").then()
                .statusCode(200).extract().jsonPath();
        int before = history.getInt("currentVersion");
        List<Map<String, Object>> v1House = history.getList("versions[0].houseRules");

        // Sokkelen's fagleder is not in the demo realm; the rule is exercised at Bakklandet
        var bak = Api.as("bakklandet-leder").get("/api/facilities/bakklandet/house-rules").then().statusCode(200)
                .extract().jsonPath();
        int current = bak.getInt("currentVersion");
        List<Map<String, Object>> oldRules = bak.getList("versions[0].houseRules");

        Map<String, Object> body = Map.of(
                "basedOnVersion", current, "validFrom", "2031-01-01",
                "changeNote", "Presisert regel om overnatting",
                "houseRules", List.of(Map.of("number", 1, "text", "Vold og trusler godtas ikke."),
                        Map.of("number", 2, "text", "Overnattingsgjester avtales med personalet på forhånd.")),
                "hmsRules", List.of(Map.of("number", 1, "text", "Rømningsveier holdes frie.")));
        Api.as("bakklandet-leder").body(body).post("/api/facilities/bakklandet/house-rules").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/facilities/bakklandet/house-rules"))
                .body("version", equalTo(current + 1))
                .body("current", equalTo(true))
                .body("createdBy", equalTo(StaffNames.of("bakklandet-leder")))
                .body("houseRules", hasSize(2))
                .body("hmsRules[0].text", equalTo("Rømningsveier holdes frie."));

        Api.as("bakklandet1").get("/api/facilities/bakklandet/house-rules").then().statusCode(200)
                .body("currentVersion", equalTo(current + 1))
                .body("versions.version", hasItems(current + 1, current))
                .body("versions.find { it.version == " + current + " }.current", equalTo(false))
                .body("versions.find { it.version == " + current + " }.houseRules", equalTo(oldRules));
        Api.as("bakklandet1").get("/api/facilities/bakklandet").then().body("currentRulesVersion", equalTo(current + 1));

        // other facilities are untouched
        Api.as("hvk1").get("/api/facilities/valoyveien-9-sokkelen/house-rules").then()
                .body("currentVersion", equalTo(before)).body("versions[0].houseRules", equalTo(v1House));
    }

    @Test
    void R_FAC_2_a_change_based_on_an_old_version_is_a_409() {
        int current = Api.as("bakklandet-leder").get("/api/facilities/bakklandet/house-rules").then()
                .extract().jsonPath().getInt("currentVersion");
        Map<String, Object> body = Map.of("basedOnVersion", current + 5, "validFrom", "2032-01-01",
                "houseRules", List.of(Map.of("number", 1, "text", "a")),
                "hmsRules", List.of(Map.of("number", 1, "text", "b")));
        Api.as("bakklandet-leder").body(body).post("/api/facilities/bakklandet/house-rules").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/stale-version"));
        assertEquals(current, Api.as("bakklandet-leder").get("/api/facilities/bakklandet/house-rules").then()
                .extract().jsonPath().getInt("currentVersion"));
    }

    @Test
    void R_FAC_2_duplicate_rule_numbers_are_a_422_naming_the_field() {
        int current = Api.as("bakklandet-leder").get("/api/facilities/bakklandet/house-rules").then()
                .extract().jsonPath().getInt("currentVersion");
        Map<String, Object> body = Map.of("basedOnVersion", current, "validFrom", "2033-01-01",
                "houseRules", List.of(Map.of("number", 1, "text", "a"), Map.of("number", 1, "text", "b")),
                "hmsRules", List.of(Map.of("number", 1, "text", "c")));
        Api.as("bakklandet-leder").body(body).post("/api/facilities/bakklandet/house-rules").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("houseRules[1].number"));
    }

    @Test
    void unknown_facility_is_a_404_problem() {
        Api.as("hvk1").get("/api/facilities/finnes-ikke").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bta.kommune.no/problems/not-found"));
    }
}
