package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/**
 * R-FAC-3: the facility a conversion changes, locked for the length of each of its steps (one step at a time per
 * facility), and what the scheduled run reads before it takes that lock.
 */
@ApplicationScoped
public class ConversionQueries {

    @Inject
    EntityManager em;

    public Optional<Facility> lockFacility(String facilityId) {
        return Optional.ofNullable(em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The facility a conversion belongs to, read without loading the conversion (it is locked after the facility). */
    public Optional<String> facilityOf(UUID conversionId) {
        return Sql.of(em, "SELECT facility_id FROM facility_conversion WHERE id = :id").bind("id", conversionId)
                .first(r -> r.str("facility_id"));
    }

    /** Writes the facility's new kind and terms before the agreements follow it. */
    public void flush() {
        em.flush();
    }
}
