package no.kommune.bta.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ServiceDecisionRepository implements PanacheRepositoryBase<ServiceDecision, UUID> {

    /** The vedtak om praktisk bistand in force on an application, if made (R-INT-4); not one set aside (R-AGR-9). */
    public Optional<ServiceDecision> findByIntake(UUID intakeId) {
        return find("intakeId = ?1 and setAsideAt is null", intakeId).firstResultOptional();
    }
}
