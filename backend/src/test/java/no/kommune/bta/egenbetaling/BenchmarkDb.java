package no.kommune.bta.egenbetaling;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The benchmarks (charge run, bank import) fill a database of their own. */
public class BenchmarkDb implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        // the bank import runs in its production batch size here (the test profile uses small batches)
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/bta_bench",
                "bta.payments.import.batch-size", "2000");
    }
}
