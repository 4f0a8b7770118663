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
import java.util.List;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.sanction.SanctionDtos.IncidentView;
import no.kommune.bta.sanction.SanctionDtos.NewIncident;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** Incidents and police contacts (R-SAN-1, R-SAN-9). */
@Path("/api/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    @Inject
    IncidentService service;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "incident")
    public Response recordIncident(@Valid @NotNull(message = "mangler innhold") NewIncident body) {
        IncidentView v = service.record(body);
        audit.resourceId(v.id());
        if (v.personIds().size() == 1) audit.person(v.personIds().get(0));
        return Response.status(201).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "incident")
    public PageResult<IncidentView> listIncidents(@RestQuery String facility, @RestQuery UUID personId,
                                                  @RestQuery String page, @RestQuery String size) {
        Paging p = Paging.of(page, size);
        if (personId != null) audit.person(personId);
        List<IncidentView> items = service.list(facility, personId, p.size(), p.offset());
        audit.listed(items.stream().flatMap(i -> i.personIds().stream()).toList());
        return new PageResult<>(items, p.page(), p.size(), service.count(facility, personId));
    }
}
