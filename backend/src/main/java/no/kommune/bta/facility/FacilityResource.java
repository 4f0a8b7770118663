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
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.facility.FacilityDtos.EgenbetalingSetting;
import no.kommune.bta.facility.FacilityDtos.FacilitySummary;
import no.kommune.bta.facility.FacilityDtos.FacilityView;
import no.kommune.bta.facility.FacilityDtos.HouseRulesHistory;
import no.kommune.bta.facility.FacilityDtos.HouseRulesVersionView;
import no.kommune.bta.facility.FacilityDtos.NewHouseRulesVersion;
import no.kommune.bta.facility.FacilityDtos.UnitView;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "facility", idParam = "facilityId")
public class FacilityResource {

    @Inject
    FacilityService service;

    @Inject
    FacilityScope scope;

    @GET
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER, Roles.OKONOMI, Roles.INTEGRASJON, Roles.KONTROLL})
    public PageResult<FacilitySummary> listFacilities(@RestQuery String page, @RestQuery String size,
                                                      @RestQuery String kind) {
        return service.list(kind, Paging.of(page, size));
    }

    @GET
    @Path("{facilityId}")
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER, Roles.OKONOMI, Roles.INTEGRASJON, Roles.KONTROLL})
    public FacilityView getFacility(@RestPath String facilityId) {
        return service.get(facilityId);
    }

    @POST
    @Path("{facilityId}/egenbetaling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OKONOMI)
    public FacilityView setFacilityEgenbetaling(@RestPath String facilityId,
                                                @Valid @NotNull(message = "mangler innhold") EgenbetalingSetting body) {
        return service.setEgenbetaling(facilityId, body);
    }

    @GET
    @Path("{facilityId}/units")
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER, Roles.OKONOMI, Roles.INTEGRASJON, Roles.KONTROLL})
    public PageResult<UnitView> listFacilityUnits(@RestPath String facilityId, @RestQuery String page,
                                                  @RestQuery String size) {
        return service.units(facilityId, Paging.of(page, size));
    }

    @GET
    @Path("{facilityId}/house-rules")
    @RolesAllowed({Roles.HVK, Roles.ESIKT, Roles.BOTILTAK, Roles.FAGLEDER, Roles.OKONOMI, Roles.INTEGRASJON, Roles.KONTROLL})
    public HouseRulesHistory listHouseRules(@RestPath String facilityId) {
        return service.houseRules(facilityId);
    }

    @POST
    @Path("{facilityId}/house-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGLEDER)
    public Response createHouseRulesVersion(@RestPath String facilityId,
                                            @Valid @NotNull(message = "mangler innhold") NewHouseRulesVersion body,
                                            UriInfo uri) {
        HouseRulesVersionView created = service.adoptHouseRules(facilityId, body);
        return Response.status(201)
                .location(uri.getBaseUriBuilder().path("api/facilities/{id}/house-rules").build(facilityId))
                .entity(created).build();
    }
}
