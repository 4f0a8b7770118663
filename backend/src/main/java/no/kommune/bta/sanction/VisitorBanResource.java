package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.sanction.SanctionDtos.NewVisitorBan;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;
import no.kommune.bta.security.Roles;

/** Visitor bans by staff or the police (R-SAN-9). */
@Path("/api/visitor-bans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitorBanResource {

    @Inject
    VisitorBanService service;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "visitor-ban")
    public Response recordVisitorBan(@Valid @NotNull(message = "mangler innhold") NewVisitorBan body) {
        VisitorBanView v = service.record(body);
        audit.resourceId(v.id());
        return Response.status(201).entity(v).build();
    }
}
