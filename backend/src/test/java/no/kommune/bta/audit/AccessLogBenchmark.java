package no.kommune.bta.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.egenbetaling.BenchmarkDb;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test of speed: what attributing every person a list shows costs (R-ACC-4), and what the
 * hash chain's verification costs. 1 000 list answers of 200 persons each are written as the access-log filter
 * writes them (one INSERT over the array of persons per answer, through the chain trigger), side by side with PostgreSQL writing the
 * same 200 000 rows in one INSERT … SELECT; then a full verification walk. It prints the times and asserts only
 * counts. Run it with {@code ./mvnw test -Dtest=AccessLogBenchmark -Dbta.excluded.groups=none}.
 */
@QuarkusTest
@TestProfile(BenchmarkDb.class)
@Tag("benchmark")
class AccessLogBenchmark {
    static final int ANSWERS = 1_000;
    static final int PER_ANSWER = 200;

    @Inject
    AccessLogWriter writer;

    @Inject
    AccessLogVerifier verifier;

    @Test
    void a_thousand_list_answers_of_200_persons() {
        long before = count();
        List<AccessLogEntry> calls = new ArrayList<>();
        List<List<UUID>> shown = new ArrayList<>();
        for (int a = 0; a < ANSWERS; a++) {
            calls.add(new AccessLogEntry("b7a00000-0000-4000-8000-000000000011", "bakklandet1", "Bente Bakke",
                    List.of("botiltak"), List.of("bakklandet"), "bta-frontend", "GET", "/api/agreements",
                    "listAgreements", "agreement", null, 200, UUID.randomUUID().toString()));
            List<UUID> persons = new ArrayList<>(PER_ANSWER);
            for (int i = 0; i < PER_ANSWER; i++) persons.add(UUID.randomUUID());
            shown.add(persons);
        }
        long t0 = System.nanoTime();
        for (int a = 0; a < ANSWERS; a++) writer.write(calls.get(a), shown.get(a));
        long t1 = System.nanoTime();
        Db.update("""
                INSERT INTO access_log (subject, username, actor_name, roles, actor_units, client_id, http_method, path,
                                        operation, resource_type, person_id, outcome, correlation_id)
                SELECT 'b7a00000-0000-4000-8000-000000000011', 'bakklandet1', 'Bente Bakke', '{botiltak}', '{bakklandet}',
                       'bta-frontend', 'GET', '/api/agreements', 'listAgreements', 'agreement', gen_random_uuid(), 200,
                       (n / ?)::text
                FROM generate_series(0, ? - 1) n""", PER_ANSWER, ANSWERS * PER_ANSWER);
        long t2 = System.nanoTime();
        AccessLogVerifier.Verification v = verifier.verify(true);
        long t3 = System.nanoTime();
        System.out.printf("BENCHMARK access log: %d answers x %d rows through the filter's batches %d ms (%.2f ms an answer); "
                        + "PostgreSQL alone, the same rows in one INSERT ... SELECT %d ms; full verification of %d rows %d ms%n",
                ANSWERS, PER_ANSWER, (t1 - t0) / 1_000_000, (t1 - t0) / 1e6 / ANSWERS, (t2 - t1) / 1_000_000,
                v.rowsChecked(), (t3 - t2) / 1_000_000);
        assertEquals(before + 2L * ANSWERS * PER_ANSWER, count());
        assertTrue(v.intact());
    }

    private static long count() {
        return ((Number) Db.query("SELECT count(*) AS n FROM access_log").get(0).get("n")).longValue();
    }
}
