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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.sanction.SanctionDtos.*;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "sanction", idParam = "sanctionId")
public class SanctionResource {

    @Inject
    SanctionService service;

    @Inject
    DecisionService decisions;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response proposeSanction(@Valid @NotNull(message = "mangler innhold") NewSanction body, UriInfo uri) {
        SanctionView s = service.propose(body);
        audit.person(s.personId());
        audit.resourceId(s.id());
        return Response.created(uri.getBaseUriBuilder().path("api/sanctions/{id}").build(s.id())).entity(s).build();
    }

    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER, Roles.HVK})
    public PageResult<SanctionView> listSanctions(@RestQuery String facility, @RestQuery String status,
                                                  @RestQuery UUID agreementId, @RestQuery String page,
                                                  @RestQuery String size) {
        if (status != null && !status.equals(SanctionStatus.AWAITING_APPROVAL.name())) {
            throw ProblemException.badRequest("status", SanctionTexts.STATUS_FILTER);
        }
        Paging p = Paging.of(page, size);
        var items = service.list(facility, status != null, agreementId, p.size() + 1, p.offset());
        // one extra row tells whether more pages follow without a second count query
        long total = p.offset() + items.size();
        List<SanctionView> shown = items.stream().limit(p.size()).toList();
        audit.listed(shown.stream().map(SanctionView::personId).toList());
        return new PageResult<>(shown, p.page(), p.size(), total);
    }

    @GET
    @Path("{sanctionId}")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER, Roles.HVK})
    public SanctionView getSanction(@RestPath UUID sanctionId) {
        SanctionView s = service.get(sanctionId);
        audit.person(s.personId());
        return s;
    }

    @POST
    @Path("{sanctionId}/approval")
    @RolesAllowed(Roles.FAGLEDER)
    public SanctionView approveSanction(@RestPath UUID sanctionId) {
        SanctionView s = decisions.approve(sanctionId);
        audit.person(s.personId());
        return s;
    }

    @POST
    @Path("{sanctionId}/return")
    @RolesAllowed(Roles.FAGLEDER)
    public SanctionView returnSanction(@RestPath UUID sanctionId,
                                       @Valid @NotNull(message = "mangler innhold") SanctionDtos.SanctionReturn body) {
        SanctionView s = decisions.sendBack(sanctionId, body.reason());
        audit.person(s.personId());
        return s;
    }

    @POST
    @Path("{sanctionId}/notification")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public SanctionView recordSanctionNotification(@RestPath UUID sanctionId,
                                                   @Valid @NotNull(message = "mangler innhold") NotificationRequest body) {
        SanctionView s = decisions.notify(sanctionId, body);
        audit.person(s.personId());
        return s;
    }

    @POST
    @Path("{sanctionId}/appeal")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public SanctionView recordSanctionAppeal(@RestPath UUID sanctionId,
                                             @Valid @NotNull(message = "mangler innhold") AppealRequest body) {
        SanctionView s = decisions.appeal(sanctionId, body);
        audit.person(s.personId());
        return s;
    }
}
