package no.kommune.bta.security.matrix;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The matrix's own start of the application: the test database is cleaned and migrated afresh (Flyway clean at
 * start, as in every test start), so that Bakklandet's nine units are free for the fixtures whatever the other
 * test classes have done to them before, and the facility counts those classes check are never touched by the
 * matrix's units. The test classes of this profile run together, after the others.
 */
public class FreshDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.clean-at-start", "true");
    }
}
