package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.reporting.StatisticsQueries.Arrears;
import no.kommune.bta.reporting.StatisticsQueries.Facilities;
import no.kommune.bta.reporting.StatisticsQueries.Occupancy;
import no.kommune.bta.reporting.StatisticsQueries.Recorded;
import no.kommune.bta.reporting.StatisticsQueries.SanctionCount;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/**
 * R-STA-1: every fact besides the stays is read in one statement ({@link StatisticsQueries#recorded}), each kind its
 * own branch. A facility of this test's own, written in the test's transaction and rolled back after it, holds a
 * different number of each fact in 2030, with rows beside them that must not count (outside the period, released,
 * withdrawn, rejected, reversed, sent back, another kind); the facility's
 * figures are read as for its own staff (the facility written into the statement) and as for the whole municipality
 * (every facility, no condition), and each fact must arrive in its own place.
 */
@QuarkusTest
class StatisticsRecordedFactsTests {
    static final String F = "faktatest";
    static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    static final LocalDate TO = LocalDate.of(2030, 12, 31);

    @Inject
    EntityManager em;

    @Inject
    StatisticsQueries queries;

    /** A statement with its values bound in order to {@code :a}, {@code :b}, … (the project's {@link Sql}). */
    void sql(String sql, Object... args) {
        Sql q = Sql.of(em, sql);
        for (int i = 0; i < args.length; i++) q.bind(String.valueOf((char) ('a' + i)), args[i]);
        q.execute();
    }

    UUID id() {
        return UUID.randomUUID();
    }

    UUID person(String name) {
        UUID p = id();
        sql("""
                INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, created_by)
                VALUES (:a, :b, :c, 'Faktatest', DATE '1971-03-17', 'FEMALE', 'test')""",
                p, People.syntheticNumber(LocalDate.of(1971, 3, 17), "FEMALE"), name);
        return p;
    }

    UUID agreement(UUID person, UUID unit, String start, String end) {
        UUID a = id();
        sql("""
                INSERT INTO agreement (id, kind, person_id, facility_id, unit_id, start_date, end_date, monthly_fee_ore, notice_days, created_by)
                VALUES (:a, 'BTA', :b, :c, :d, CAST(:e AS date), CAST(:f AS date), 500000, 14, 'test')""", a, person, F, unit, start, end);
        return a;
    }

    UUID sanction(UUID agreement, UUID person, String type, String proposedAt, String appealOutcome) {
        UUID s = id();
        sql("""
                INSERT INTO sanction (id, agreement_id, facility_id, person_id, kind, type, ground, proposed_by, proposed_at, appeal_outcome)
                VALUES (:a, :b, :c, :d, 'BTA', :e, 'Brudd på husordensreglene', 'test', CAST(:f AS timestamptz), :g)""",
                s, agreement, F, person, type, proposedAt, appealOutcome);
        return s;
    }

    void entry(UUID unit, String at) {
        sql("""
                INSERT INTO entry_log (id, facility_id, unit_id, ground, entered_at, staff, created_by)
                VALUES (:a, :b, :c, 'NOISE_AND_DISTURBANCE', CAST(:d AS timestamptz), 'Faktatest', 'test')""", id(), F, unit, at);
    }

    void reservation(UUID unit, String kind, String period, boolean released) {
        sql("INSERT INTO unit_reservation (id, unit_id, kind, period, released_at) VALUES (:a, :b, :c, CAST(:d AS daterange), "
                + (released ? "now()" : "NULL") + ")", id(), unit, kind, period);
    }

    void application(UUID person, String prioritisedAt, String withdrawnAt, String rejectedAt) {
        sql("""
                INSERT INTO intake (id, person_id, received_on, created_by, caseworker, assessment, facility_wishes,
                                    priority, priority_reason, prioritised_at, withdrawn_at, rejected_at)
                VALUES (:a, :b, DATE '2029-12-01', 'test', 'hvk1', 'Vurdering', ARRAY[CAST(:c AS text), NULL], 2, 'Prioritert',
                        CAST(:d AS timestamptz), CAST(:e AS timestamptz), CAST(:f AS timestamptz))""",
                id(), person, F, prioritisedAt, withdrawnAt, rejectedAt);
    }

    void charge(UUID agreement, String period, String due, String kid) {
        sql("""
                INSERT INTO charge (id, agreement_id, period, amount_ore, days, due_date, cause, booked_period, kid)
                VALUES (:a, :b, CAST(:c AS date), 500000, 28, CAST(:d AS date), 'RUN', CAST(:e AS date), :f)""",
                id(), agreement, period, due, period, kid);
    }

    @Test
    @TestTransaction
    void R_STA_1_each_fact_besides_the_stays_reaches_its_own_figure_for_one_facility_and_among_every_facility() {
        sql("""
                INSERT INTO facility (id, name, agreement_kind, operator, target_sexes, target_description, substance_policy,
                                      monthly_fee_ore, notice_days, entry_grounds)
                SELECT :a, 'Faktatest botiltak', agreement_kind, operator, target_sexes, target_description, substance_policy,
                       monthly_fee_ore, notice_days, entry_grounds
                FROM facility WHERE id = 'bakklandet'""", F);
        UUID[] units = new UUID[3];
        for (int i = 0; i < units.length; i++) {
            units[i] = id();
            sql("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (:a, :b, :c, 'BEDSIT')", units[i], F, "Fakta " + i);
        }
        UUID anne = person("Anne");
        UUID bjorn = person("Bjørn");
        UUID cato = person("Cato");
        // one agreement ended by its facility's conversion in the period; one that ended so before it, and one that
        // ended in the period by a move-out, left out
        UUID converted = agreement(anne, units[0], "2030-01-01", "2030-12-31");
        sql("UPDATE agreement SET end_reason = 'CONVERTED', ended_on = DATE '2030-06-30' WHERE id = :a", converted);
        UUID before = agreement(anne, units[0], "2029-01-01", "2029-12-31");
        sql("UPDATE agreement SET end_reason = 'CONVERTED', ended_on = DATE '2029-06-30' WHERE id = :a", before);
        UUID movedOut = agreement(cato, units[2], "2030-01-01", "2030-12-31");
        sql("UPDATE agreement SET end_reason = 'MOVED_OUT', ended_on = DATE '2030-05-31' WHERE id = :a", movedOut);
        UUID running = agreement(bjorn, units[1], "2030-01-01", "2031-12-31");
        // occupied 10 days in March, from 1 December on (31 days to the period's end) and, from before the period,
        // its first 3 days; a released occupancy and an allocation count nothing
        reservation(units[1], "OCCUPANCY", "[2030-03-01,2030-03-11)", false);
        reservation(units[1], "OCCUPANCY", "[2030-12-01,)", false);
        reservation(units[2], "OCCUPANCY", "[2029-12-27,2030-01-04)", false);
        reservation(units[2], "OCCUPANCY", "[2030-05-01,2030-05-05)", true);
        reservation(units[0], "ALLOCATION", "[2030-08-01,2030-08-10)", false);
        // two applications on the waiting list at the period's end; one withdrawn and one rejected before it (each
        // also holds a wish without a facility, which must not count as a facility nor as the municipality's count)
        application(anne, "2030-05-01 10:00+02", null, null);
        application(bjorn, "2030-06-01 10:00+02", null, null);
        application(bjorn, "2030-02-01 10:00+01", "2030-03-01 10:00+01", null);
        application(cato, "2030-02-01 10:00+01", null, "2030-04-01 10:00+02");
        // two oral warnings and a written one in the period; one reversed on appeal, one sent back and one before the
        // period left out
        sanction(running, bjorn, "ORAL_WARNING", "2030-04-01 10:00+02", null);
        sanction(running, bjorn, "ORAL_WARNING", "2030-05-01 10:00+02", null);
        sanction(running, bjorn, "WRITTEN_WARNING", "2030-06-01 10:00+02", null);
        sanction(running, bjorn, "WRITTEN_WARNING", "2030-07-01 10:00+02", "REVERSED");
        UUID returned = sanction(running, bjorn, "ORAL_WARNING", "2030-08-01 10:00+02", null);
        sql("UPDATE sanction SET returned_at = TIMESTAMPTZ '2030-08-02 10:00+02', returned_by = 'fagleder', "
                + "return_reason = 'Mangler begrunnelse' WHERE id = :a", returned);
        sanction(running, bjorn, "ORAL_WARNING", "2029-12-31 22:00+01", null);
        // four entries in the period (the first on its first Oslo day), one on the day after it
        entry(units[1], "2030-01-01 00:30+01");
        entry(units[1], "2030-04-01 12:00+02");
        entry(units[2], "2030-08-01 12:00+02");
        entry(units[2], "2030-12-31 23:30+01");
        entry(units[2], "2031-01-01 00:30+01");
        // 5 000 kr due in February, 2 000 kr of it paid: 3 000 kr open at the period's end, owed by one agreement;
        // the charge due after the period is not open at its end
        charge(running, "2030-02-01", "2030-02-20", "2030020100");
        charge(running, "2031-02-01", "2031-02-20", "2031020100");
        sql("""
                INSERT INTO payment (id, agreement_id, channel, source_reference, amount_ore, paid_on, registered_by, booked_period)
                VALUES (:a, :b, 'MANUAL', 'faktatest', 200000, DATE '2030-02-25', 'test', DATE '2030-02-01')""", id(), running);

        List<String> every = List.copyOf(queries.facilities().keySet());
        assertTrue(every.size() > 1, "the other facilities are there too");
        for (Facilities fs : List.of(new Facilities(List.of(F), false), new Facilities(every, true))) {
            String how = fs.every() ? "among every facility" : "for the facility alone";
            Recorded r = queries.recorded(fs, FROM, TO);
            assertEquals(1L, r.converted().get(F), "ended by conversion, " + how);
            assertEquals(3L, r.units().get(F), "units, " + how);
            assertEquals(new Occupancy(44, 3), r.occupancy().get(F), "occupied unit-days and occupancies, " + how);
            assertEquals(2L, r.waiting().byFacility().get(F), "on the waiting list, " + how);
            assertEquals(4L, r.entries().get(F), "entries without consent, " + how);
            assertEquals(new Arrears(300_000, 1), r.arrears().get(F), "open at the period's end, " + how);
            List<SanctionCount> mine = r.sanctions().stream().filter(s -> s.facilityId().equals(F)).toList();
            assertEquals(List.of(new SanctionCount(F, "ORAL_WARNING", 2), new SanctionCount(F, "WRITTEN_WARNING", 1)), mine,
                    "sanctions by type, " + how);
            if (fs.every()) {
                long waiting = Sql.of(em, """
                        SELECT count(*) FROM intake WHERE prioritised_at < TIMESTAMPTZ '2031-01-01 00:00+01'
                          AND (withdrawn_at IS NULL OR withdrawn_at >= TIMESTAMPTZ '2031-01-01 00:00+01')
                          AND (rejected_at IS NULL OR rejected_at >= TIMESTAMPTZ '2031-01-01 00:00+01')
                          AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.intake_id = intake.id
                                                                       AND a.created_at < TIMESTAMPTZ '2031-01-01 00:00+01')""")
                        .number();
                assertEquals(waiting, r.waiting().everywhere(), "every application on the waiting list, wished anywhere or nowhere");
            } else {
                assertEquals(null, r.waiting().everywhere(), "for some facilities no count of every application");
                assertEquals(Map.of(F, 1L), r.converted(), "only the facility asked for");
            }
        }
    }
}
