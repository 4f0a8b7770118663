package no.kommune.bta.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agreement aggregate: found, locked and stored by name. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /** The agreement, locked for a command (one command at a time per agreement). */
    public Optional<Agreement> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** R-FAC-3: the facility's open agreements, oldest first, locked for its conversion. */
    public List<Agreement> lockOpenAt(String facilityId) {
        return find("facilityId = ?1 and endedOn is null order by startDate", facilityId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Writes pending changes, when there is a transaction, so that reads through SQL (views, counts) see them. */
    public void flushPending() {
        EntityManager em = getEntityManager();
        if (em.isJoinedToTransaction()) em.flush();
    }
}
