package no.kommune.bta.sanction;

/**
 * The ground a measure is given on (contract schema SanctionGround; column {@code sanction.ground}).
 * A ground that names an incident category must be supported by a cited incident of that category
 * (R-SAN-1); the others rest on the resident's history or on a serious breach.
 */
public enum SanctionGround {
    SUBSTANCE_USE(IncidentCategory.SUBSTANCE_USE, "Rusbruk på huset"),
    NOISE_AND_DISTURBANCE(IncidentCategory.NOISE_AND_DISTURBANCE, "Bråk og uro"),
    UNLAWFUL_OVERNIGHT_GUEST(IncidentCategory.UNLAWFUL_OVERNIGHT_GUEST, "Ulovlig overnatting"),
    ANIMALS(IncidentCategory.ANIMALS, "Dyr"),
    HMS_BREACH(IncidentCategory.HMS_BREACH, "Brudd på HMS-reglene"),
    HOUSE_RULE_BREACH(IncidentCategory.HOUSE_RULE_BREACH, "Brudd på husordensreglene"),
    DAMAGE(IncidentCategory.DAMAGE, "Skadeverk"),
    REPEATED_ORAL_WARNINGS(null, "Gjentatte muntlige advarsler"),
    SERIOUS_BREACH(null, "Alvorlig brudd"),
    VIOLENCE_OR_THREATS(IncidentCategory.VIOLENCE_OR_THREATS, "Vold eller trusler"),
    WEAPONS_OR_THREATENING_OBJECTS(IncidentCategory.WEAPONS_OR_THREATENING_OBJECTS, "Våpen eller truende gjenstander"),
    REPEATED_WARNINGS_AND_SERIOUS_BREACH(null, "Gjentatte advarsler og alvorlig brudd"),
    NON_PAYMENT(IncidentCategory.NON_PAYMENT, "Manglende betaling"),
    SERIOUS_REPEATED_BREACHES(null, "Alvorlige og gjentatte brudd");

    private final IncidentCategory category;
    private final String label;

    SanctionGround(IncidentCategory category, String label) {
        this.category = category;
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }

    /** The incident category this ground names, or null when it names none. */
    public IncidentCategory category() {
        return category;
    }
}
