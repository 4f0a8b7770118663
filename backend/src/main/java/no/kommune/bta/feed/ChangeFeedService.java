package no.kommune.bta.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import no.kommune.bta.common.ProblemException;

/** M26: reads the change feed in id order. */
@ApplicationScoped
public class ChangeFeedService {
    /** Events per poll when the consumer names no limit, and the most it may ask for (contract). */
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** The largest cursor (the contract's {@code maximum} of {@code after}): the largest integer a JavaScript client keeps exact. */
    static final long MAX_AFTER = 9_007_199_254_740_991L;

    public record Event(long id, Instant at, ChangeEventType type, JsonNode ids) {
    }

    public record Feed(List<Event> items, long next) {
    }

    @Inject
    ChangeFeedQueries queries;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Feed read(String after, String limit) {
        long from = number("after", after, 0);
        int max = (int) number("limit", limit, DEFAULT_LIMIT);
        if (from < 0 || from > MAX_AFTER) throw ProblemException.badRequest("after", "må være mellom 0 og " + MAX_AFTER);
        if (max < 1 || max > MAX_LIMIT) throw ProblemException.badRequest("limit", "må være mellom 1 og " + MAX_LIMIT);
        List<Event> items = queries.after(from, max).stream()
                .map(r -> new Event(r.id(), r.at(), r.type(), parse(r.idsJson()))).toList();
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
