package no.kommune.bta.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** Who is due for anonymisation: the view {@code retention_candidate}. */
@ApplicationScoped
public class RetentionQueries {

    /** A person whose last stay or application ended on {@code lastActivityOn}, with nothing still open. */
    public record Due(UUID personId, LocalDate lastActivityOn) {
    }

    @Inject
    EntityManager em;

    /** Persons whose last activity ended before the cutoff, earliest first. */
    public List<Due> lastActiveBefore(LocalDate cutoff) {
        return Sql.of(em, """
                        SELECT person_id, last_activity_on FROM retention_candidate
                        WHERE last_activity_on IS NOT NULL AND last_activity_on < :cutoff ORDER BY last_activity_on""")
                .bind("cutoff", cutoff)
                .list(r -> new Due(r.uuid("person_id"), r.date("last_activity_on")));
    }
}
