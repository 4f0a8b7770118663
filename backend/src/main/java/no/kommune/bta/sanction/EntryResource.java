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
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.NewEntry;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** Entries into a unit without consent (R-SAN-8). */
@Path("/api/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntryResource {

    @Inject
    EntryService service;

    @Inject
    AuditContext audit;

    @POST
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "entry")
    public Response recordEntry(@Valid @NotNull(message = "mangler innhold") NewEntry body) {
        EntryView v = service.record(body);
        audit.resourceId(v.id());
        return Response.status(201).entity(v).build();
    }

    @GET
    @RolesAllowed({Roles.BOTILTAK, Roles.FAGLEDER})
    @Audited(resourceType = "entry")
    public PageResult<EntryView> listEntries(@RestQuery String facility, @RestQuery String page, @RestQuery String size) {
        return service.list(facility, Paging.of(page, size));
    }
}
