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
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.sanction.SanctionDtos.AdvanceNoticeView;
import no.kommune.bta.sanction.SanctionDtos.StatementRequest;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** One forhåndsvarsel (R-SAN-11): read it, record the resident's statement, print the letter. */
@Path("/api/advance-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "advance-notice", idParam = "advanceNoticeId")
public class AdvanceNoticeResource {

    @Inject
    AdvanceNoticeService service;

    @Inject
    DecisionLetterPdf letters;

    @Inject
    AuditContext audit;

    @GET
    @Path("{advanceNoticeId}")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AdvanceNoticeView getAdvanceNotice(@RestPath UUID advanceNoticeId) {
        AdvanceNoticeView v = service.get(advanceNoticeId);
        audit.person(v.personId());
        return v;
    }

    @POST
    @Path("{advanceNoticeId}/statement")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AdvanceNoticeView recordAdvanceNoticeStatement(@RestPath UUID advanceNoticeId,
                                                          @Valid @NotNull(message = "mangler innhold") StatementRequest body) {
        AdvanceNoticeView v = service.recordStatement(advanceNoticeId, body);
        audit.person(v.personId());
        return v;
    }

    @GET
    @Path("{advanceNoticeId}/letter.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public Response getAdvanceNoticeLetter(@RestPath UUID advanceNoticeId) {
        DecisionLetterPdf.Rendered r = letters.advanceNotice(advanceNoticeId);
        audit.person(r.personId());
        return r.inline();
    }
}
