package no.kommune.bta.security;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;

/** Typed configuration of the staff directory ({@code bta.staff.*}). */
@ConfigMapping(prefix = "bta.staff")
public interface StaffConfig {

    /**
     * The name of each other system by its Keycloak client id, e.g. {@code bta.staff.systems.bta-integration=Regnskapssystemet}:
     * shown as "Regnskapssystemet (integrasjon)". A client not named here is shown by its client id.
     */
    Map<String, String> systems();

    /** How often each instance loads the whole directory again (names changed on another instance reach it then). */
    Duration reloadEvery();
}
