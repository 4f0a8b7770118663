package no.kommune.bta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import no.kommune.bta.common.db.Sql;

/** The facility lookups the scope needs: which facilities exist. */
@ApplicationScoped
public class ScopeQueries {

    @Inject
    EntityManager em;

    public List<String> allFacilityIds() {
        return Sql.of(em, "SELECT id AS facility_id FROM facility ORDER BY id").list(r -> r.str("facility_id"));
    }

    public boolean facilityExists(String facilityId) {
        return Sql.of(em, "SELECT 1 AS found FROM facility WHERE id = :f").bind("f", facilityId).exists();
    }
}
