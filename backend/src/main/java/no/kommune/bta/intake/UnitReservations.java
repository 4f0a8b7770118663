package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Intake owns unit reservations (table {@code unit_reservation}); other features change them only
 * through these named steps, inside their own transaction.
 */
@ApplicationScoped
public class UnitReservations {

    @Inject
    UnitReservationQueries queries;

    /**
     * R-INT-5: at move-in the allocation becomes an occupancy. The allocation's reservation is released and
     * the unit reserved as occupied from {@code movedInOn}; the allocation itself stays as the record of where
     * the person was placed. Empty when the unit is taken from that date (R-INT-2); the transaction then
     * cannot go on and the caller refuses the step.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> occupyFromMoveIn(UUID intakeId, UUID unitId, LocalDate movedInOn) {
        queries.releaseAllocationReservation(intakeId);
        UUID occupancy = UUID.randomUUID();
        return queries.reserve(occupancy, unitId, UnitReservationQueries.OCCUPANCY, movedInOn)
                ? Optional.of(occupancy) : Optional.empty();
    }

    /** R-AGR-8: the occupancy ends with the move-out day; the unit is free from the day after. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseAtMoveOut(UUID occupancyId, LocalDate movedOutOn) {
        queries.endAfter(occupancyId, movedOutOn);
    }
}
