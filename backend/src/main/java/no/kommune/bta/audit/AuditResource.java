package no.kommune.bta.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.audit.AccessLogVerifier.Verification;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** The internal control's check that nobody altered the access log (R-ACC-2). */
@Path("/api/audit")
public class AuditResource {

    @Inject
    AccessLogVerifier verifier;

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KONTROLL)
    @Audited(resourceType = "access-log")
    public Verification verifyAccessLog(@RestQuery boolean full) {
        return verifier.verify(full);
    }
}
