package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** The enkeltvedtak as the letter the resident receives (R-SAN-11, forvaltningsloven §§ 24-27). */
@Path("/api/sanctions")
@Audited(resourceType = "sanction", idParam = "sanctionId")
public class DecisionLetterResource {

    @Inject
    DecisionLetterPdf letters;

    @Inject
    AuditContext audit;

    @GET
    @Path("{sanctionId}/decision.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response getDecisionLetter(@RestPath UUID sanctionId) {
        DecisionLetterPdf.Rendered r = letters.decision(sanctionId);
        audit.person(r.personId());
        return r.inline();
    }
}
