package no.kommune.bta.intake;

/** Who takes part in the orientation meeting (R-INT-3): all three must (contract {@code OrientationParticipant}). */
public enum OrientationParticipant {
    APPLICANT,
    HVK,
    FACILITY
}
