package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * R-FAC-3: the agreements a facility's conversion ends and the successors it drafts. (When the agreement
 * feature has an {@code AgreementRepository}, these are its named finder and its persist and flush.)
 */
@ApplicationScoped
public class AgreementConversionQueries {

    @Inject
    EntityManager em;

    /** The facility's open agreements, oldest first, locked for the conversion. */
    public List<Agreement> lockOpenAt(String facilityId) {
        return em.createQuery("from Agreement a where a.facilityId = :f and a.endedOn is null order by a.startDate",
                        Agreement.class)
                .setParameter("f", facilityId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public void persist(Agreement a) {
        em.persist(a);
    }

    public void flush() {
        em.flush();
    }
}
