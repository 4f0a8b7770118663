package no.kommune.bta.sanction;

/** Why the police were contacted about an incident (R-SAN-9; contract schema PoliceReason, CHECK). */
public enum PoliceReason {
    EXCLUSION_OF_THREATENING_PERSON,
    SUSPECTED_DEALING,
    SUSPECTED_WEAPONS,
    SUSPECTED_DRINK_DRIVING,
    ADVICE,
    OTHER
}
