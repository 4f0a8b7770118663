package no.kommune.bta.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.intake.IntakeDtos.VacancyView;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "vacancy")
public class VacancyResource {

    @Inject
    VacancyService service;

    @GET
    @RolesAllowed({Roles.ESIKT, Roles.HVK, Roles.INTEGRASJON})
    public PageResult<VacancyView> listVacancies(@RestQuery String from, @RestQuery String facility,
                                                 @RestQuery String kind, @RestQuery String page,
                                                 @RestQuery String size) {
        return service.list(from, facility, kind, Paging.of(page, size));
    }
}
