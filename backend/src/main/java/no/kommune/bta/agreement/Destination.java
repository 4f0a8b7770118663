package no.kommune.bta.agreement;

/** Where a resident went on moving out (R-AGR-8). Column {@code agreement.destination} (CHECK). */
public enum Destination {
    MUNICIPAL_RENTAL(true),
    PRIVATE_RENTAL(true),
    OWN_HOME(true),
    TREATMENT(false),
    OTHER_FACILITY(false),
    PRISON(false),
    HOSPITAL(false),
    DECEASED(false),
    UNKNOWN(false);

    private final boolean permanentHousing;

    Destination(boolean permanentHousing) {
        this.permanentHousing = permanentHousing;
    }

    /** R-STA-1: a home of one's own (rented or owned) counts as permanent housing in the statistics. */
    public boolean permanentHousing() {
        return permanentHousing;
    }
}
