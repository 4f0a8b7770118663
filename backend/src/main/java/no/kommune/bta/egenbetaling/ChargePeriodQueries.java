package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import no.kommune.bta.common.db.Sql;

/** What bounds the months a charge run may be started for (R-PAY-1): the first move-in of any agreement. */
@ApplicationScoped
public class ChargePeriodQueries {

    @Inject
    EntityManager em;

    /** The earliest day any agreement moved in; empty while nobody has. */
    public Optional<LocalDate> firstMoveIn() {
        return Sql.of(em, "SELECT min(moved_in_on) AS first_move_in FROM agreement")
                .first(r -> r.date("first_move_in"));
    }
}
