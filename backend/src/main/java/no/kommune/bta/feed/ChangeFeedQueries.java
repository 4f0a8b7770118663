package no.kommune.bta.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import no.kommune.bta.common.db.Sql;

/** Reads {@code change_event} in id order. */
@ApplicationScoped
public class ChangeFeedQueries {

    /** One event with its ids as JSON text. */
    public record EventRow(long id, Instant at, ChangeEventType type, String idsJson) {
    }

    @Inject
    EntityManager em;

    public List<EventRow> after(long afterId, int max) {
        return Sql.of(em, """
                        SELECT id AS event_id, at, type AS event_type, CAST(ids AS text) AS ids_json
                        FROM change_event WHERE id > :after ORDER BY id LIMIT :l""")
                .bind("after", afterId).bind("l", max)
                .list(r -> new EventRow(r.lngOr0("event_id"), r.instant("at"), r.enumOf("event_type", ChangeEventType.class),
                        r.str("ids_json")));
    }
}
