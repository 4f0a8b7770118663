package no.kommune.bta.sanction;

/**
 * Why staff let themselves into a unit without consent (R-SAN-8; contract schema EntryGround; columns
 * {@code entry_log.ground} and {@code facility.entry_grounds}, CHECK).
 */
public enum EntryGround {
    DANGER_TO_LIFE_OR_HEALTH("Fare for liv eller helse"),
    NOISE_AND_DISTURBANCE("Uro og bråk"),
    POLICE_WARRANT("Politiet har ransakings- eller pågripelsesordre"),
    SUSPECTED_UNWANTED_PERSONS("Mistanke om uønskede personer"),
    NO_ANSWER_AT_HMS_ROUND("Ingen svar ved HMS-runde");

    private final String label;

    EntryGround(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
