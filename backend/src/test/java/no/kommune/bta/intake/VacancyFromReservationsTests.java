package no.kommune.bta.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vacancy list reads how long a unit's live reservations hold it from the unit itself ({@code reserved_until},
 * kept by the reservations' triggers, V50). Each change of a reservation (made, ended earlier, released, deleted)
 * moves the day the unit is vacant from, and the kept end equals what the reservations say, for every unit.
 */
@QuarkusTest
class VacancyFromReservationsTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String FACILITY = "osloveien-155";
    static final UUID UNIT = UUID.nameUUIDFromBytes("vacancy-from-reservations-1".getBytes());

    @BeforeAll
    static void unit() {
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UNIT, FACILITY, "Ledighetstest 1");
    }

    @Test
    void R_INT_2_a_unit_is_vacant_from_the_day_its_last_live_reservation_ends() {
        Db.update("DELETE FROM unit_reservation WHERE unit_id = ?", UNIT);
        UUID first = UUID.randomUUID(), second = UUID.randomUUID();
        try {
            assertVacantOnEveryDay();

            Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'OCCUPANCY', daterange(CAST(? AS date), NULL))",
                    first, UNIT, TODAY.plusDays(10));
            assertVacantFrom(null);

            // moving out: the reservation ends after its last day
            Db.update("UPDATE unit_reservation SET period = daterange(lower(period), CAST(? AS date)) WHERE id = ?",
                    TODAY.plusDays(30), first);
            assertVacantFrom(TODAY.plusDays(30));

            // a later allocation, in one statement with a change to the first
            Db.update("INSERT INTO unit_reservation (id, unit_id, kind, period) VALUES (?, ?, 'ALLOCATION', daterange(CAST(? AS date), CAST(? AS date)))",
                    second, UNIT, TODAY.plusDays(40), TODAY.plusDays(50));
            assertVacantFrom(TODAY.plusDays(50));

            Db.update("UPDATE unit_reservation SET released_at = now() WHERE id = ?", second);
            assertVacantFrom(TODAY.plusDays(30));

            Db.update("DELETE FROM unit_reservation WHERE id = ?", first);
            assertVacantOnEveryDay();
        } finally {
            Db.update("DELETE FROM unit_reservation WHERE unit_id = ?", UNIT);
        }
    }

    /** No live reservation: the unit is in the list from any day on. */
    private static void assertVacantOnEveryDay() {
        assertEquals(true, listed(TODAY.minusYears(5)), "vacant from five years ago");
        assertEquals(true, listed(TODAY), "vacant from today");
        assertKeptEndsAsTheReservationsSay();
    }

    /** The unit is in the list from {@code day} on and not the day before ({@code null}: on no day, however late). */
    private static void assertVacantFrom(LocalDate day) {
        LocalDate farAhead = TODAY.plusYears(50);
        if (day == null) {
            assertEquals(false, listed(farAhead), "an open reservation holds the unit on every day");
        } else {
            assertEquals(true, listed(day), "vacant from " + day);
            assertEquals(true, listed(farAhead), "vacant from " + farAhead);
            assertEquals(false, listed(day.minusDays(1)), "not vacant from " + day.minusDays(1));
        }
        assertKeptEndsAsTheReservationsSay();
    }

    /**
     * For every unit of the database, the kept end and the kept days of occupancy (V54) are what its live reservations
     * say.
     */
    private static void assertKeptEndsAsTheReservationsSay() {
        assertEquals(0L, ((Number) Db.query("""
                SELECT count(*) AS n FROM unit u
                WHERE u.reserved_until IS DISTINCT FROM (SELECT max(coalesce(upper(r.period), 'infinity'::date))
                                                         FROM unit_reservation r
                                                         WHERE r.unit_id = u.id AND r.released_at IS NULL)""")
                .get(0).get("n")).longValue(), "units whose kept end is not their live reservations' latest end");
        assertEquals(0L, ((Number) Db.query("""
                SELECT count(*) AS n FROM unit u
                WHERE u.occupied_periods IS DISTINCT FROM
                      (SELECT coalesce(range_agg(r.period), '{}'::datemultirange) FROM unit_reservation r
                       WHERE r.unit_id = u.id AND r.released_at IS NULL AND r.kind = 'OCCUPANCY')""")
                .get(0).get("n")).longValue(), "units whose kept occupancy is not their live occupancies' days");
    }

    private static boolean listed(LocalDate from) {
        List<String> units = Api.as("esikt1").queryParam("from", from.toString()).queryParam("facility", FACILITY)
                .queryParam("size", 200).get("/api/vacancies").then().statusCode(200).extract().path("items.unitId");
        return units.contains(UNIT.toString());
    }
}
