package no.kommune.bta.sanction;

/**
 * A measure on the sanction ladder (contract schema SanctionType; column {@code sanction.type}, CHECK).
 * Which kind of agreement allows which measure is {@link SanctionPolicy}'s to say.
 */
public enum SanctionType {
    ORAL_WARNING("Muntlig advarsel"),
    WRITTEN_WARNING("Skriftlig advarsel"),
    EXCLUSION("Bortvisning"),
    TERMINATION("Oppsigelse"),
    WRITTEN_COMPLAINT("Skriftlig klage"),
    TERMINATION_REFERRAL("Henvisning til oppsigelse hos eier");

    private final String label;

    SanctionType(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
