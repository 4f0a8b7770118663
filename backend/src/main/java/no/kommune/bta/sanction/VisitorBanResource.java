package no.kommune.bta.sanction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kommune.bta.audit.AuditContext;
import java.util.UUID;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.sanction.SanctionDtos.NewVisitorBan;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanLifting;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

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

    /** {@code status}: ACTIVE (in force today or later; the default) or ALL. */
    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "visitor-ban")
    public PageResult<VisitorBanView> listVisitorBans(@RestQuery String facility, @RestQuery String status,
                                                      @RestQuery String page, @RestQuery String size) {
        BanFilter filter = status == null ? BanFilter.ACTIVE : Enums.find(BanFilter.class, status)
                .orElseThrow(() -> ProblemException.badRequest("status", "må være ACTIVE eller ALL"));
        return service.list(facility, filter == BanFilter.ACTIVE, Paging.of(page, size));
    }

    @POST
    @Path("{banId}/lifting")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "visitor-ban", idParam = "banId")
    public VisitorBanView liftVisitorBan(@RestPath UUID banId, @Valid @NotNull(message = "mangler innhold") VisitorBanLifting body) {
        return service.lift(banId, body);
    }

    /** Which bans a list shows. */
    public enum BanFilter {
        ACTIVE,
        ALL
    }
}
