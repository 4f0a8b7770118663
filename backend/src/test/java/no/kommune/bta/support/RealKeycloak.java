package no.kommune.bta.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies the real Keycloak to every @QuarkusTest in the module. */
@SuppressWarnings("removal")
@QuarkusTestResource(KeycloakTestResource.class)
public class RealKeycloak {
}
