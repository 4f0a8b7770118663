package no.kommune.bta.sanction;

/**
 * The ground a measure is given on (contract schema SanctionGround; column {@code sanction.ground}).
 * A ground that names an incident category must be supported by a cited incident of that category
 * (R-SAN-1); the others rest on the resident's history or on a serious breach.
 */
public enum SanctionGround {
    SUBSTANCE_USE(IncidentCategory.SUBSTANCE_USE),
    NOISE_AND_DISTURBANCE(IncidentCategory.NOISE_AND_DISTURBANCE),
    UNLAWFUL_OVERNIGHT_GUEST(IncidentCategory.UNLAWFUL_OVERNIGHT_GUEST),
    ANIMALS(IncidentCategory.ANIMALS),
    HMS_BREACH(IncidentCategory.HMS_BREACH),
    HOUSE_RULE_BREACH(IncidentCategory.HOUSE_RULE_BREACH),
    DAMAGE(IncidentCategory.DAMAGE),
    REPEATED_ORAL_WARNINGS(null),
    SERIOUS_BREACH(null),
    VIOLENCE_OR_THREATS(IncidentCategory.VIOLENCE_OR_THREATS),
    WEAPONS_OR_THREATENING_OBJECTS(IncidentCategory.WEAPONS_OR_THREATENING_OBJECTS),
    REPEATED_WARNINGS_AND_SERIOUS_BREACH(null),
    NON_PAYMENT(IncidentCategory.NON_PAYMENT),
    SERIOUS_REPEATED_BREACHES(null);

    private final IncidentCategory category;

    SanctionGround(IncidentCategory category) {
        this.category = category;
    }

    /** The incident category this ground names, or null when it names none. */
    public IncidentCategory category() {
        return category;
    }
}
