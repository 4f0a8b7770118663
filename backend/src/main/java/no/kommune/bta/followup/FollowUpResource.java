package no.kommune.bta.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.AgreementView;
import no.kommune.bta.agreement.AgreementService;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.followup.FollowUpDtos.FollowUpRequest;
import no.kommune.bta.followup.FollowUpDtos.MeetingRequest;
import no.kommune.bta.followup.FollowUpDtos.PrimaryContactRequest;
import no.kommune.bta.followup.FollowUpDtos.ResponsibilityGroupRequest;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** R-FOL-1 on an agreement: primary contact, individual plan or cooperation agreement, responsibility group, meetings. */
@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "agreement", idParam = "agreementId")
public class FollowUpResource {

    @Inject
    FollowUpService service;

    @Inject
    AgreementService agreements;

    @Inject
    AuditContext audit;

    @POST
    @Path("{agreementId}/primary-contact")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView appointPrimaryContact(@RestPath UUID agreementId,
                                               @Valid @NotNull(message = "mangler innhold") PrimaryContactRequest body) {
        audit.person(agreements.personOf(agreementId));
        return service.appointPrimaryContact(agreementId, body);
    }

    @POST
    @Path("{agreementId}/follow-up")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView recordFollowUp(@RestPath UUID agreementId,
                                        @Valid @NotNull(message = "mangler innhold") FollowUpRequest body) {
        audit.person(agreements.personOf(agreementId));
        return service.recordFollowUp(agreementId, body);
    }

    @POST
    @Path("{agreementId}/responsibility-group")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView setResponsibilityGroup(@RestPath UUID agreementId,
                                                @Valid @NotNull(message = "mangler innhold") ResponsibilityGroupRequest body) {
        audit.person(agreements.personOf(agreementId));
        return service.setResponsibilityGroup(agreementId, body);
    }

    @POST
    @Path("{agreementId}/meetings")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public AgreementView recordMeeting(@RestPath UUID agreementId,
                                       @Valid @NotNull(message = "mangler innhold") MeetingRequest body) {
        audit.person(agreements.personOf(agreementId));
        return service.recordMeeting(agreementId, body);
    }
}
