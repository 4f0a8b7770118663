package no.kommune.bta.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;

/** M26: reads the change feed in id order. */
@jakarta.enterprise.context.ApplicationScoped
public class ChangeFeedService {

    public record Event(long id, Instant at, String type, JsonNode ids) {
    }

    public record Feed(List<Event> items, long next) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Feed read(String after, String limit) {
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
