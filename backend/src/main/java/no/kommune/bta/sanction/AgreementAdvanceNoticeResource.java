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
import no.kommune.bta.sanction.SanctionDtos.AdvanceNoticeView;
import no.kommune.bta.sanction.SanctionDtos.NewAdvanceNotice;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** The forhåndsvarsler on one agreement (R-SAN-11): the path lives under the agreement, the rules here. */
@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "advance-notice", idParam = "agreementId")
public class AgreementAdvanceNoticeResource {

    @Inject
    AdvanceNoticeService service;

    @Inject
    AuditContext audit;

    @POST
    @Path("{agreementId}/advance-notices")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response recordAdvanceNotice(@RestPath UUID agreementId,
                                        @Valid @NotNull(message = "mangler innhold") NewAdvanceNotice body, UriInfo uri) {
        audit.person(service.personOfAgreement(agreementId));
        AdvanceNoticeView v = service.record(agreementId, body);
        audit.resourceId(v.id());
        return Response.created(uri.getBaseUriBuilder().path("api/advance-notices/{id}").build(v.id())).entity(v).build();
    }

    @GET
    @Path("{agreementId}/advance-notices")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public List<AdvanceNoticeView> listAdvanceNotices(@RestPath UUID agreementId) {
        audit.person(service.personOfAgreement(agreementId));
        return service.list(agreementId);
    }
}
