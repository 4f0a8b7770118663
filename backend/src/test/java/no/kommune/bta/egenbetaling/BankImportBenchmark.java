package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test of speed: a bank file of 100 000 payments, half of them matching a charge by
 * KID, imported as a background job. It prints the time of the first import and of the same file again
 * (all duplicates); it asserts only the counts. Run it with
 * {@code ./mvnw test -Dtest=BankImportBenchmark -Dbta.excluded.groups=none} (bin/test skips it).
 */
@QuarkusTest
@TestProfile(BenchmarkDb.class)
@Tag("benchmark")
class BankImportBenchmark {
    static final int AGREEMENTS = 50_000;
    static final int PAYMENTS = 100_000;

    @Test
    void bank_file_with_100000_payments() throws Exception {
        Db.update("""
                INSERT INTO facility (id, name, agreement_kind, operator, target_sexes, target_description, substance_policy,
                                      monthly_fee_ore, notice_days, exclusion_days, entry_grounds)
                VALUES ('benchimp', 'Benchmark import', 'BTA', 'Benchmark', '{FEMALE,MALE}', 'Alle', 'SUBSTANCE_FREE', 500000, 14, 5,
                        '{DANGER_TO_LIFE_OR_HEALTH}')""");
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) SELECT md5('benchimp/' || n)::uuid, 'benchimp', 'I' || n, 'BEDSIT' FROM generate_series(1, ?) n",
                AGREEMENTS);
        Db.update("""
                INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, created_by)
                SELECT md5('benchimp-person/' || n)::uuid, lpad((90000000 + n)::text, 11, '0'), 'Bench', 'Import ' || n,
                       DATE '1990-01-01', 'MALE', 'bench'
                FROM generate_series(1, ?) n""", AGREEMENTS);
        Db.update("""
                INSERT INTO agreement (id, kind, person_id, facility_id, unit_id, start_date, end_date, monthly_fee_ore, notice_days,
                                       moved_in_on, created_by)
                SELECT md5('benchimp-agreement/' || n)::uuid, 'BTA', md5('benchimp-person/' || n)::uuid, 'benchimp',
                       md5('benchimp/' || n)::uuid, DATE '2026-01-01', DATE '2027-12-31', 500000, 14, DATE '2026-01-01', 'bench'
                FROM generate_series(1, ?) n""", AGREEMENTS);
        // one charge each, with a KID from the same sequence and check digit as the charge run
        Db.update("""
                INSERT INTO charge (id, agreement_id, period, amount_ore, days, due_date, kid, cause, booked_period)
                SELECT gen_random_uuid(), id, DATE '2026-03-01', 500000, 31, DATE '2026-03-20',
                       kid_mod10(lpad(nextval('kid_seq')::text, 9, '0')), 'RUN', DATE '2026-03-01'
                FROM agreement WHERE facility_id = 'benchimp'""");
        List<String> kids = Db.query("SELECT c.kid FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE a.facility_id = 'benchimp'")
                .stream().map(r -> (String) r.get("kid")).toList();
        List<EgenbetalingFlowTests.Ocr.Item> items = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            String kid = i % 2 == 0 ? kids.get(i / 2) : "77" + String.format("%08d", i);
            items.add(new EgenbetalingFlowTests.Ocr.Item(i + 1, kid, 250_000, LocalDate.of(2026, 3, 18), "BM" + String.format("%07d", i)));
        }
        String file = EgenbetalingFlowTests.Ocr.file(items);

        long t0 = System.nanoTime();
        Map<String, Object> first = importAndWait(file);
        long t1 = System.nanoTime();
        Map<String, Object> again = importAndWait(file);
        long t2 = System.nanoTime();
        System.out.printf("BENCHMARK bank import: %s payments in %d ms (matched %s, unmatched %s); the same file again %d ms (duplicates %s)%n",
                first.get("total"), (t1 - t0) / 1_000_000, first.get("matched"), first.get("unmatched"), (t2 - t1) / 1_000_000,
                again.get("duplicates"));
        assertEquals(PAYMENTS / 2, first.get("matched"));
        assertEquals(PAYMENTS / 2, first.get("unmatched"));
        assertEquals(PAYMENTS, again.get("duplicates"));
    }

    private static Map<String, Object> importAndWait(String file) throws InterruptedException {
        String id = Api.as("okonomi1").contentType("text/plain").body(file).post("/api/egenbetaling/imports").then().statusCode(202)
                .extract().path("id");
        for (int i = 0; i < 6000; i++) {
            Map<String, Object> r = Api.as("okonomi1").get("/api/egenbetaling/imports/" + id).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            if (!"RUNNING".equals(r.get("state"))) return r;
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }
}
