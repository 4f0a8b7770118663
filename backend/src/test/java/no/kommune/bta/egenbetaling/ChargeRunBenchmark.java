package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test of speed: the monthly charge run over 50 000 active agreements, then again after
 * 5 000 of them changed inside the month (R-PAY-7 corrections). It prints the times; it asserts only that
 * every agreement got exactly one charge and exactly the changed months were corrected, once. Run it with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ChargeRunBenchmark} (bin/test skips it).
 */
@QuarkusTest
@TestProfile(BenchmarkDb.class)
@Tag("benchmark")
class ChargeRunBenchmark {
    static final int N = 50_000;

    @Test
    void charge_run_over_50000_agreements() throws Exception {
        long t0 = System.nanoTime();
        Db.update("""
                INSERT INTO facility (id, name, agreement_kind, operator, target_sexes, target_description, substance_policy,
                                      monthly_fee_ore, notice_days, exclusion_days, entry_grounds)
                VALUES ('bench', 'Benchmark', 'BTA', 'Benchmark', '{FEMALE,MALE}', 'Alle', 'SUBSTANCE_FREE', 500000, 14, 5,
                        '{DANGER_TO_LIFE_OR_HEALTH}')""");
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) SELECT md5('bench/' || n)::uuid, 'bench', 'B' || n, 'BEDSIT' FROM generate_series(1, ?) n", N);
        Db.update("""
                INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, created_by)
                SELECT md5('bench-person/' || n)::uuid, lpad(n::text, 11, '0'), 'Bench', 'Person ' || n, DATE '1990-01-01', 'FEMALE', 'bench'
                FROM generate_series(1, ?) n""", N);
        Db.update("""
                INSERT INTO agreement (id, kind, person_id, facility_id, unit_id, start_date, end_date, monthly_fee_ore, notice_days,
                                       moved_in_on, created_by)
                SELECT md5('bench-agreement/' || n)::uuid, 'BTA', md5('bench-person/' || n)::uuid, 'bench', md5('bench/' || n)::uuid,
                       DATE '2026-01-01' + (n % 28), DATE '2027-12-31', 500000, 14, DATE '2026-01-01' + (n % 28), 'bench'
                FROM generate_series(1, ?) n""", N);
        Db.update("""
                INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, created_by)
                SELECT id, start_date, 500000, 'bench' FROM agreement WHERE facility_id = 'bench'""");
        long t1 = System.nanoTime();
        Map<String, Object> run = EgenbetalingFlowTests.run("2026-02");
        long t2 = System.nanoTime();
        Map<String, Object> again = EgenbetalingFlowTests.run("2026-02");
        long t3 = System.nanoTime();
        System.out.printf("BENCHMARK charge run: setup %d ms, first run over %s agreements %d ms (created %s), second run %d ms (created %s)%n",
                (t1 - t0) / 1_000_000, run.get("total"), (t2 - t1) / 1_000_000, run.get("created"), (t3 - t2) / 1_000_000, again.get("created"));
        assertEquals((long) N, ((Number) Db.query("SELECT count(*) AS n FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE a.facility_id = 'bench'")
                .get(0).get("n")).longValue());
        assertEquals(0, again.get("created"));

        // R-PAY-7: 5 000 of them change inside the charged month (2 500 move out on the 10th, 2 500 get a new fee from
        // the 15th), written straight to the tables as no event would; the next run corrects exactly those months
        Db.update("""
                UPDATE agreement SET moved_out_on = DATE '2026-02-10', ended_on = DATE '2026-02-10', end_reason = 'MOVED_OUT',
                       destination = 'UNKNOWN', termination_ground = 'NONE'
                WHERE facility_id = 'bench' AND id IN (SELECT md5('bench-agreement/' || n)::uuid FROM generate_series(1, 2500) n)""");
        Db.update("""
                INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, created_by)
                SELECT md5('bench-agreement/' || n)::uuid, DATE '2026-02-15', 550000, 'bench' FROM generate_series(2501, 5000) n""");
        long t4 = System.nanoTime();
        Map<String, Object> corrections = EgenbetalingFlowTests.run("2026-02");
        long t5 = System.nanoTime();
        Map<String, Object> settled = EgenbetalingFlowTests.run("2026-02");
        long t6 = System.nanoTime();
        System.out.printf("BENCHMARK charge run with corrections: over %s agreements of which 5000 changed %d ms (corrected %s), "
                        + "once more %d ms (corrected %s)%n", corrections.get("total"), (t5 - t4) / 1_000_000, corrections.get("corrected"),
                (t6 - t5) / 1_000_000, settled.get("corrected"));
        assertEquals(5000, corrections.get("corrected"));
        assertEquals(0, settled.get("corrected"));
    }
}
