package no.kommune.bta.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.person.PersonDtos.PersonSearch;
import no.kommune.bta.intake.IntakeDtos.AllocationRequest;
import no.kommune.bta.intake.IntakeDtos.InformedRequest;
import no.kommune.bta.intake.IntakeDtos.IntakeCorrection;
import no.kommune.bta.intake.IntakeDtos.IntakeSummary;
import no.kommune.bta.intake.IntakeDtos.IntakeView;
import no.kommune.bta.intake.IntakeDtos.NewIntake;
import no.kommune.bta.intake.IntakeDtos.OrientationRequest;
import no.kommune.bta.intake.IntakeDtos.PriorityRequest;
import no.kommune.bta.intake.IntakeDtos.ReasonRequest;
import no.kommune.bta.intake.IntakeDtos.ServiceDecisionRequest;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/intakes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited(resourceType = "intake", idParam = "intakeId")
public class IntakeResource {

    @Inject
    IntakeService service;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed(Roles.HVK)
    public Response createIntake(@Valid @NotNull(message = "mangler innhold") NewIntake body, UriInfo uri) {
        audit.person(body.personId());
        IntakeView v = service.create(body);
        audit.resourceId(v.id());
        return Response.created(uri.getBaseUriBuilder().path("api/intakes/{id}").build(v.id())).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<IntakeSummary> listIntakes(@RestQuery String status, @RestQuery String facility,
                                                 @RestQuery String q, @RestQuery String order, @RestQuery String sort,
                                                 @RestQuery String page, @RestQuery String size) {
        return listed(service.list(status, facility, q, sort, order, Paging.of(page, size)));
    }

    /** Issue 18: the list found by name or number, the text in the body (never in a URL). */
    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<IntakeSummary> searchIntakes(@Valid @NotNull(message = "mangler innhold") PersonSearch body,
                                                   @RestQuery String status, @RestQuery String facility,
                                                   @RestQuery String sort, @RestQuery String page, @RestQuery String size) {
        return listed(service.search(body.query(), status, facility, sort, Paging.of(page, size)));
    }

    /** Every applicant on the page is access-logged (R-ACC-4). */
    private PageResult<IntakeSummary> listed(PageResult<IntakeSummary> found) {
        audit.listed(found.items().stream().map(i -> i.person().id()).toList());
        return found;
    }

    @GET
    @Path("{intakeId}")
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER})
    public IntakeView getIntake(@RestPath UUID intakeId) {
        audit.person(service.personOf(intakeId));
        return service.get(intakeId);
    }

    /** Issue 18: HVK corrects the person's details and the application before the decision (full object). */
    @PUT
    @Path("{intakeId}/details")
    @RolesAllowed(Roles.HVK)
    public IntakeView correctIntake(@RestPath UUID intakeId,
                                    @Valid @NotNull(message = "mangler innhold") IntakeCorrection body) {
        audit.person(service.personOf(intakeId));
        return service.correct(intakeId, body);
    }

    @POST
    @Path("{intakeId}/priority")
    @RolesAllowed(Roles.ESIKT)
    public IntakeView prioritiseIntake(@RestPath UUID intakeId,
                                       @Valid @NotNull(message = "mangler innhold") PriorityRequest body) {
        audit.person(service.personOf(intakeId));
        return service.prioritise(intakeId, body);
    }

    @POST
    @Path("{intakeId}/allocation")
    @RolesAllowed(Roles.ESIKT)
    public IntakeView allocateUnit(@RestPath UUID intakeId,
                                   @Valid @NotNull(message = "mangler innhold") AllocationRequest body) {
        audit.person(service.personOf(intakeId));
        return service.allocate(intakeId, body);
    }

    @POST
    @Path("{intakeId}/applicant-informed")
    @RolesAllowed(Roles.HVK)
    public IntakeView recordApplicantInformed(@RestPath UUID intakeId,
                                              @Valid @NotNull(message = "mangler innhold") InformedRequest body) {
        audit.person(service.personOf(intakeId));
        return service.informed(intakeId, body);
    }

    @POST
    @Path("{intakeId}/orientation-meeting")
    @RolesAllowed(Roles.HVK)
    public IntakeView recordOrientationMeeting(@RestPath UUID intakeId,
                                               @Valid @NotNull(message = "mangler innhold") OrientationRequest body) {
        audit.person(service.personOf(intakeId));
        return service.orientation(intakeId, body);
    }

    @POST
    @Path("{intakeId}/service-decision")
    @RolesAllowed(Roles.HVK)
    public IntakeView recordServiceDecision(@RestPath UUID intakeId,
                                            @Valid @NotNull(message = "mangler innhold") ServiceDecisionRequest body) {
        audit.person(service.personOf(intakeId));
        return service.decide(intakeId, body);
    }

    @POST
    @Path("{intakeId}/withdrawal")
    @RolesAllowed(Roles.HVK)
    public IntakeView withdrawIntake(@RestPath UUID intakeId,
                                     @Valid @NotNull(message = "mangler innhold") ReasonRequest body) {
        audit.person(service.personOf(intakeId));
        return service.withdraw(intakeId, body);
    }

    @POST
    @Path("{intakeId}/rejection")
    @RolesAllowed(Roles.HVK)
    public IntakeView rejectIntake(@RestPath UUID intakeId,
                                   @Valid @NotNull(message = "mangler innhold") ReasonRequest body) {
        audit.person(service.personOf(intakeId));
        return service.reject(intakeId, body);
    }
}
