package no.kommune.bta.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IntakeEventRepository implements PanacheRepositoryBase<IntakeEvent, Long> {

    /** An application's timeline, oldest first. */
    public List<IntakeEvent> timeline(UUID intakeId) {
        return list("intakeId", Sort.by("id"), intakeId);
    }
}
