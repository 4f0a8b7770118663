package no.kommune.bta.egenbetaling;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The charge-run benchmark fills a database of its own with 50 000 agreements. */
public class BenchmarkDb implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/bta_bench");
    }
}
