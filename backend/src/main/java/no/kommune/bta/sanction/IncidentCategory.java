package no.kommune.bta.sanction;

/** What an incident was about (contract schema IncidentCategory; column {@code incident.categories}, CHECK). */
public enum IncidentCategory {
    VIOLENCE_OR_THREATS,
    WEAPONS_OR_THREATENING_OBJECTS,
    SUBSTANCE_USE,
    NOISE_AND_DISTURBANCE,
    UNLAWFUL_OVERNIGHT_GUEST,
    ANIMALS,
    HMS_BREACH,
    HOUSE_RULE_BREACH,
    DAMAGE,
    NON_PAYMENT
}
