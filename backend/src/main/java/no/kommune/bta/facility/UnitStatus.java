package no.kommune.bta.facility;

/** A unit's status today, derived by the view {@code unit_current_status} from its reservations (contract {@code UnitStatus}). */
public enum UnitStatus {
    VACANT,
    ALLOCATED,
    OCCUPIED
}
