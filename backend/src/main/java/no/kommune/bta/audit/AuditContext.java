package no.kommune.bta.audit;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Lets a resource or service tell the access log whose data a call touched. The access-log filter
 * reads it when the response is written.
 */
@RequestScoped
public class AuditContext {
    static final String PERSON_KEY = "bta.audit.person";
    static final String RESOURCE_KEY = "bta.audit.resource";
    static final String LISTED_KEY = "bta.audit.listed";

    @Inject
    RoutingContext rc;

    public void person(UUID personId) {
        if (personId != null) rc.put(PERSON_KEY, personId);
    }

    /**
     * The persons a list or report shows (R-ACC-4): each appearance becomes its own access-log row, so that the
     * person's innsyn shows it. The call is logged once without a person when the list is empty.
     */
    public void listed(Collection<UUID> personIds) {
        if (personIds == null) return;
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>(personIds);
        distinct.remove(null);
        if (!distinct.isEmpty()) rc.put(LISTED_KEY, List.copyOf(distinct));
    }

    public void resourceId(Object id) {
        if (id != null) rc.put(RESOURCE_KEY, id.toString());
    }
}
