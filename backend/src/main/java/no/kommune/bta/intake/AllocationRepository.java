package no.kommune.bta.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    /** The allocations of an application that still hold their unit (at most one, by a unique index). */
    public List<Allocation> findLiveByIntake(UUID intakeId) {
        return list("intakeId = ?1 and releasedAt is null", intakeId);
    }
}
