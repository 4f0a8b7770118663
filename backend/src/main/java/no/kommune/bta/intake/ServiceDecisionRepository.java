package no.kommune.bta.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ServiceDecisionRepository implements PanacheRepositoryBase<ServiceDecision, UUID> {

    /** The vedtak om praktisk bistand of an application, if made (R-INT-4). */
    public Optional<ServiceDecision> findByIntake(UUID intakeId) {
        return find("intakeId", intakeId).firstResultOptional();
    }
}
