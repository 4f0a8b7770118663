package no.kommune.bta.audit;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Lets a resource or service tell the access log whose data a call touched. The access-log filter
 * reads it when the response is written.
 */
@RequestScoped
public class AuditContext {
    static final String PERSON_KEY = "bta.audit.person";
    static final String RESOURCE_KEY = "bta.audit.resource";

    @Inject
    RoutingContext rc;

    public void person(UUID personId) {
        if (personId != null) rc.put(PERSON_KEY, personId);
    }

    public void resourceId(Object id) {
        if (id != null) rc.put(RESOURCE_KEY, id.toString());
    }
}
