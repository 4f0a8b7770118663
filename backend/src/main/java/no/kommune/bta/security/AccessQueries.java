package no.kommune.bta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** Reads of the caller's grants on one person (function {@code access_grants}, migration V12). */
@ApplicationScoped
public class AccessQueries {

    @Inject
    EntityManager em;

    /**
     * One grant: the facility it is tied to (null for HVK and ESIKT), why, the day the relationship ended and the
     * grant's last day (both null while it is open).
     */
    public record Grant(String facilityId, AccessReason reason, LocalDate endedOn, LocalDate until) {
    }

    public List<Grant> grants(AccessScope scope, UUID personId) {
        if (em.isJoinedToTransaction()) em.flush();
        return scope.bindTo(Sql.of(em, "SELECT DISTINCT acc.facility_id, acc.reason AS access_reason, acc.ended_on AS access_ended_on, "
                        + "acc.until AS access_until FROM "
                        + AccessScope.GRANTS + " acc WHERE acc.person_id = :p ORDER BY acc.facility_id, acc.reason"))
                .bind("p", personId)
                .list(r -> new Grant(r.str("facility_id"), r.enumOf("access_reason", AccessReason.class),
                        r.date("access_ended_on"), r.date("access_until")));
    }
}
