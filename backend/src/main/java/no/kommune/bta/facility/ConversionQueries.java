package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/**
 * R-FAC-3: the facility a conversion changes, locked for the length of the conversion. (When the facility
 * feature has a {@code FacilityRepository}, this is its {@code findByIdOptional(id, PESSIMISTIC_WRITE)}.)
 */
@ApplicationScoped
public class ConversionQueries {

    @Inject
    EntityManager em;

    public Optional<Facility> lockFacility(String facilityId) {
        return Optional.ofNullable(em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Writes the facility's new kind and terms before the agreements follow it. */
    public void flush() {
        em.flush();
    }
}
