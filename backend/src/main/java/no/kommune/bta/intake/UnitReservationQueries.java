package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import no.kommune.bta.common.DbConstraints;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** Writes of unit reservations (R-INT-2: a unit never has two overlapping reservations; the database refuses it). */
@ApplicationScoped
public class UnitReservationQueries {
    static final String ALLOCATION = "ALLOCATION";
    static final String OCCUPANCY = "OCCUPANCY";
    private static final String RESERVATION_TAKEN = "unit_reservation_unit_id_period_excl";

    @Inject
    EntityManager em;

    /** Releases the reservation held by the application's current allocation. */
    public int releaseAllocationReservation(UUID intakeId) {
        return Sql.of(em, """
                        UPDATE unit_reservation SET released_at = now()
                        WHERE id IN (SELECT reservation_id FROM allocation WHERE intake_id = :i AND released_at IS NULL)""")
                .bind("i", intakeId).execute();
    }

    /**
     * R-INT-2: holds the unit from a date on, open-ended ({@code ALLOCATION} or {@code OCCUPANCY}). False when
     * the unit is already reserved in that period: the exclusion constraint on {@code unit_reservation} refuses it.
     * Reservations of one unit are made one at a time (its row is locked first): two transactions inserting
     * conflicting rows at once would each wait for the other inside the exclusion check, and PostgreSQL ends such a
     * deadlock by failing one of them, which is not the refusal R-INT-2 asks for.
     */
    public boolean reserve(UUID id, UUID unitId, String kind, LocalDate from) {
        Sql.of(em, "SELECT id FROM unit WHERE id = :u FOR NO KEY UPDATE").bind("u", unitId).rows();
        try {
            Sql.of(em, """
                            INSERT INTO unit_reservation (id, unit_id, kind, period)
                            VALUES (:id, :u, :kind, daterange(CAST(:from AS date), NULL))""")
                    .bind("id", id).bind("u", unitId).bind("kind", kind).bind("from", from).execute();
            return true;
        } catch (PersistenceException e) {
            if (DbConstraints.violated(e, RESERVATION_TAKEN)) return false;
            throw e;
        }
    }

    /** Frees the unit an allocation held. */
    public void release(UUID reservationId) {
        Sql.of(em, "UPDATE unit_reservation SET released_at = now() WHERE id = :id").bind("id", reservationId).execute();
    }

    /** Closes a reservation after {@code lastDay}: the unit is free the day after. */
    public int endAfter(UUID reservationId, LocalDate lastDay) {
        return Sql.of(em, "UPDATE unit_reservation SET period = daterange(lower(period), CAST(:to AS date) + 1) WHERE id = :id")
                .bind("to", lastDay).bind("id", reservationId).execute();
    }
}
