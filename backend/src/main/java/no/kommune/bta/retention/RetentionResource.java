package no.kommune.bta.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;

@Path("/api/retention")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "retention")
public class RetentionResource {

    public record RunResult(List<UUID> anonymised) {
    }

    @Inject
    RetentionService service;

    @GET
    @Path("preview")
    @RolesAllowed(Roles.HVK)
    public List<RetentionService.Candidate> getRetentionPreview() {
        return service.preview();
    }

    @POST
    @Path("runs")
    @RolesAllowed(Roles.HVK)
    public RunResult runRetention() {
        return new RunResult(service.anonymiseDue());
    }
}
