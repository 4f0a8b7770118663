package no.kommune.bta.facility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.common.Audited;
import no.kommune.bta.facility.ConversionService.ConversionRequest;
import no.kommune.bta.facility.ConversionService.ConversionResult;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestPath;

/** R-FAC-3: a facility changes kind; its agreements follow. */
@Path("/api/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "facility", idParam = "facilityId")
public class ConversionResource {

    @Inject
    ConversionService service;

    @Inject
    FacilityScope scope;

    @POST
    @Path("{facilityId}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGLEDER)
    public ConversionResult convertFacility(@RestPath String facilityId,
            @Valid @NotNull(message = "mangler innhold") ConversionRequest body) {
        scope.requireRoleAt(Roles.FAGLEDER, facilityId);
        return service.convert(facilityId, body);
    }
}
