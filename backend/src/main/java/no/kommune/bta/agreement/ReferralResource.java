package no.kommune.bta.agreement;

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
import no.kommune.bta.agreement.ReferralDtos.ReferralResponseRequest;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** The referral case in a tenancy (R-SAN-6), answered by its own id; its agreement lists it ({@code AgreementResource}). */
@Path("/api/referrals")
@Audited(resourceType = "referral", idParam = "referralId")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    ReferralService service;

    @Inject
    AuditContext audit;

    @POST
    @Path("{referralId}/response")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public ReferralView respondToReferral(@RestPath UUID referralId,
                                          @Valid @NotNull(message = "mangler innhold") ReferralResponseRequest body) {
        audit.person(service.personOf(referralId));
        return service.respond(referralId, body);
    }
}
