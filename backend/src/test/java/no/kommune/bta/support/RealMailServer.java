package no.kommune.bta.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies the test SMTP server to every @QuarkusTest in the module (as {@link RealKeycloak} does Keycloak). */
@SuppressWarnings("removal")
@QuarkusTestResource(MailServerTestResource.class)
public class RealMailServer {
}
