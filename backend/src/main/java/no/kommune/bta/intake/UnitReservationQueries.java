package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** Writes of unit reservations (R-INT-2: a unit never has two overlapping reservations; the database refuses it). */
@ApplicationScoped
public class UnitReservationQueries {

    @Inject
    EntityManager em;

    /** Releases the reservation held by the application's current allocation. */
    public int releaseAllocationReservation(UUID intakeId) {
        return Sql.of(em, """
                        UPDATE unit_reservation SET released_at = now()
                        WHERE id IN (SELECT reservation_id FROM allocation WHERE intake_id = :i AND released_at IS NULL)""")
                .bind("i", intakeId).execute();
    }

    /** An open-ended occupancy from a date; fails on the exclusion constraint when the unit is taken. */
    public void insertOccupancy(UUID id, UUID unitId, LocalDate from) {
        Sql.of(em, """
                        INSERT INTO unit_reservation (id, unit_id, kind, period)
                        VALUES (:id, :u, 'OCCUPANCY', daterange(CAST(:from AS date), NULL))""")
                .bind("id", id).bind("u", unitId).bind("from", from).execute();
    }

    /** Closes a reservation after {@code lastDay}: the unit is free the day after. */
    public int endAfter(UUID reservationId, LocalDate lastDay) {
        return Sql.of(em, "UPDATE unit_reservation SET period = daterange(lower(period), CAST(:to AS date) + 1) WHERE id = :id")
                .bind("to", lastDay).bind("id", reservationId).execute();
    }
}
