package no.kommune.bta.agreement;

/** Where a resident went on moving out (R-AGR-8). Column {@code agreement.destination} (CHECK). */
public enum Destination {
    MUNICIPAL_RENTAL(true, "Kommunal utleiebolig"),
    PRIVATE_RENTAL(true, "Privat leiebolig"),
    OWN_HOME(true, "Egen eid bolig"),
    TREATMENT(false, "Behandlingsinstitusjon"),
    OTHER_FACILITY(false, "Annet botiltak"),
    PRISON(false, "Fengsel"),
    HOSPITAL(false, "Sykehus"),
    DECEASED(false, "Død"),
    UNKNOWN(false, "Ukjent");

    private final boolean permanentHousing;
    private final String label;

    Destination(boolean permanentHousing, String label) {
        this.permanentHousing = permanentHousing;
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }

    /** R-STA-1: a home of one's own (rented or owned) counts as permanent housing in the statistics. */
    public boolean permanentHousing() {
        return permanentHousing;
    }
}
