package no.kommune.bta.facility;

/**
 * Where a facility's conversion stands (R-FAC-3; contract {@code ConversionStatus}, column
 * {@code facility_conversion.status}, CHECK): proposed by one fagleder, approved by another, done on its effective
 * date; or withdrawn before it took effect.
 */
public enum ConversionStatus {
    PROPOSED,
    APPROVED,
    DONE,
    WITHDRAWN;

    /** Under way: at most one per facility. */
    public boolean open() {
        return this == PROPOSED || this == APPROVED;
    }
}
