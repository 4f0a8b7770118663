package no.kommune.bta.intake;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    /** R-ACC-5: the free text of every application of a person is replaced; the rest stays for the statistics. */
    public int anonymiseFreeTextOf(UUID personId, String replacement) {
        return update("assessment = ?1, needs = null, wishes = null where personId = ?2", replacement, personId);
    }
}
