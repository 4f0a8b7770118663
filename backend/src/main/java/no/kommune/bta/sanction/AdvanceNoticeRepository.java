package no.kommune.bta.sanction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AdvanceNoticeRepository implements PanacheRepositoryBase<AdvanceNotice, UUID> {

    /** The forhåndsvarsel, locked until the transaction ends: its statement is recorded once. */
    public Optional<AdvanceNotice> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
