package no.kommune.bta.facility;

/** Contract {@code UnitType}; column {@code unit.unit_type} (CHECK). */
public enum UnitType {
    BEDSIT,
    FLAT,
    HOUSE
}
