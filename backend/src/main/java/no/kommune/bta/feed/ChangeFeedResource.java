package no.kommune.bta.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.kommune.bta.audit.AuditContext;
import no.kommune.bta.common.Audited;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** M26: other systems poll the change feed with the last id they have seen. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "change-feed")
public class ChangeFeedResource {

    @Inject
    ChangeFeedService service;

    @Inject
    AuditContext audit;

    @GET
    @RolesAllowed(Roles.INTEGRASJON)
    public ChangeFeedService.Feed listEvents(@RestQuery String after, @RestQuery String limit) {
        ChangeFeedService.Feed feed = service.read(after, limit);
        // the feed names persons by id only, but each one it names is still an appearance (R-ACC-4)
        audit.listed(feed.items().stream().map(e -> e.ids().path("personId"))
                .filter(n -> n.isTextual()).map(n -> UUID.fromString(n.asText())).toList());
        return feed;
    }
}
