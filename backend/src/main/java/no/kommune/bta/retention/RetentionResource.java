package no.kommune.bta.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.common.Paging;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * R-ACC-5 (M30) for HVK: who is due to be forgotten and why, as ids (no name, number or free text), and the run.
 * The preview is municipality-wide because the persons in it are past every care relationship (R-ACC-3).
 */
@Path("/api/retention")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "retention")
public class RetentionResource {

    @Inject
    RetentionService service;

    @Inject
    AuditContext audit;

    @GET
    @Path("preview")
    @RolesAllowed(Roles.HVK)
    public RetentionService.Preview getRetentionPreview(@RestQuery String page, @RestQuery String size) {
        RetentionService.Preview found = service.preview(Paging.of(page, size));
        audit.listed(found.items().stream().map(RetentionService.Candidate::personId).toList());
        return found;
    }

    @POST
    @Path("runs")
    @RolesAllowed(Roles.HVK)
    public RetentionService.Run runRetention() {
        return service.anonymiseDue();
    }
}
