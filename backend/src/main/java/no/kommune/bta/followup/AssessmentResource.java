package no.kommune.bta.followup;

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
import java.util.List;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @Inject
    AuditContext audit;

    @GET
    @Path("instruments")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "instrument")
    public List<Instruments.Instrument> listInstruments() {
        return Instruments.ALL;
    }

    @POST
    @Path("residents/{personId}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "assessment", idParam = "personId")
    public Response recordAssessment(@RestPath UUID personId,
                                     @Valid @NotNull(message = "mangler innhold") AssessmentService.NewAssessment body) {
        audit.person(personId);
        return Response.status(201).entity(service.record(personId, body)).build();
    }

    @POST
    @Path("residents/{personId}/assessment-sharing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "assessment-sharing", idParam = "personId")
    public AssessmentService.SharingView recordAssessmentSharing(@RestPath UUID personId,
            @Valid @NotNull(message = "mangler innhold") AssessmentService.SharingRequest body) {
        audit.person(personId);
        return service.recordSharing(personId, body);
    }

    @GET
    @Path("residents/{personId}/assessments")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "assessment", idParam = "personId")
    public List<AssessmentService.AssessmentView> listAssessments(@RestPath UUID personId, @RestQuery String instrument) {
        audit.person(personId);
        return service.list(personId, instrument);
    }
}
