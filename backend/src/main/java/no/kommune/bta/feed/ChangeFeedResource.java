package no.kommune.bta.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import no.kommune.bta.audit.Audited;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/** M26: other systems poll the change feed with the last id they have seen. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Audited(resourceType = "change-feed")
public class ChangeFeedResource {

    public record Event(long id, Instant at, String type, JsonNode ids) {
    }

    public record Feed(List<Event> items, long next) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed(Roles.INTEGRASJON)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Feed listEvents(@RestQuery String after, @RestQuery String limit) {
        long from = number("after", after, 0);
        int max = (int) number("limit", limit, 100);
        if (from < 0) throw ProblemException.badRequest("after", "må være 0 eller større");
        if (max < 1 || max > 1000) throw ProblemException.badRequest("limit", "må være mellom 1 og 1000");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, at, type, CAST(ids AS text) FROM change_event WHERE id > :after ORDER BY id LIMIT :l")
                .setParameter("after", from).setParameter("l", max).getResultList();
        List<Event> items = rows.stream().map(r -> new Event(((Number) r[0]).longValue(), SqlValues.instant(r[1]), (String) r[2],
                parse((String) r[3]))).toList();
        return new Feed(items, items.isEmpty() ? from : items.get(items.size() - 1).id());
    }

    private JsonNode parse(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String name, String v, long dflt) {
        if (v == null || v.isBlank()) return dflt;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "må være et heltall");
        }
    }
}
