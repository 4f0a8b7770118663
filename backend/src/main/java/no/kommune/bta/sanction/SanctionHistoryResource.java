package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.sanction.SanctionDtos.SanctionHistory;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** A resident's sanction ladder on one agreement: the path lives under the agreement, the rules here. */
@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "agreement", idParam = "agreementId")
public class SanctionHistoryResource {

    @Inject
    SanctionService service;

    @Inject
    AuditContext audit;

    @GET
    @Path("{agreementId}/sanction-history")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public SanctionHistory getSanctionHistory(@RestPath UUID agreementId) {
        audit.person(service.historyPerson(agreementId));
        return service.history(agreementId);
    }
}
