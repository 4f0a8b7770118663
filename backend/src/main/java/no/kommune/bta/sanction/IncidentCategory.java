package no.kommune.bta.sanction;

/** What an incident was about (contract schema IncidentCategory; column {@code incident.categories}, CHECK). */
public enum IncidentCategory {
    VIOLENCE_OR_THREATS("Vold eller trusler"),
    WEAPONS_OR_THREATENING_OBJECTS("Våpen eller truende gjenstander"),
    SUBSTANCE_USE("Rusbruk på huset"),
    NOISE_AND_DISTURBANCE("Bråk og uro"),
    UNLAWFUL_OVERNIGHT_GUEST("Ulovlig overnatting"),
    ANIMALS("Dyr"),
    HMS_BREACH("Brudd på HMS-reglene"),
    HOUSE_RULE_BREACH("Brudd på husordensreglene"),
    DAMAGE("Skadeverk"),
    NON_PAYMENT("Manglende betaling");

    private final String label;

    IncidentCategory(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
