package no.kommune.bta.reporting;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The report fixture gets a database of its own, so that its 2013-2014 history meets no other test's units. */
public class StatisticsDb implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url",
                System.getenv().getOrDefault("BTA_STATS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/bta_stats"));
    }
}
