package no.kommune.bta.sanction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SanctionRepository implements PanacheRepositoryBase<Sanction, UUID> {

    /** The sanction, locked until the transaction ends: one decision step at a time. */
    public Optional<Sanction> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
