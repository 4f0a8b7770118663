package no.kommune.bta.facility;

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
import java.util.UUID;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.facility.ConversionDtos.ConversionView;
import no.kommune.bta.facility.ConversionDtos.NewConversion;
import no.kommune.bta.facility.ConversionDtos.Withdrawal;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** R-FAC-3: a facility's change of kind, proposed by one fagleder, approved by another, in force on its date. */
@Path("/api/facilities/{facilityId}/conversions")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "facility", idParam = "facilityId")
public class ConversionResource {

    @Inject
    ConversionService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGLEDER)
    public Response proposeConversion(@RestPath String facilityId,
                                      @Valid @NotNull(message = "mangler innhold") NewConversion body, UriInfo uri) {
        ConversionView c = service.propose(facilityId, body);
        return Response.created(uri.getBaseUriBuilder().path("api/facilities/{f}/conversions/{id}").build(facilityId, c.id()))
                .entity(c).build();
    }

    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public PageResult<ConversionView> listConversions(@RestPath String facilityId, @RestQuery String page,
                                                      @RestQuery String size) {
        return service.list(facilityId, Paging.of(page, size));
    }

    @GET
    @Path("{conversionId}")
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    public ConversionView getConversion(@RestPath String facilityId, @RestPath UUID conversionId) {
        return service.get(facilityId, conversionId);
    }

    @POST
    @Path("{conversionId}/approval")
    @RolesAllowed(Roles.FAGLEDER)
    public ConversionView approveConversion(@RestPath String facilityId, @RestPath UUID conversionId) {
        return service.approve(facilityId, conversionId);
    }

    @POST
    @Path("{conversionId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGLEDER)
    public ConversionView withdrawConversion(@RestPath String facilityId, @RestPath UUID conversionId,
                                             @Valid @NotNull(message = "mangler innhold") Withdrawal body) {
        return service.withdraw(facilityId, conversionId, body);
    }
}
