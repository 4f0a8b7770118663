package no.kommune.bta.sanction;

/**
 * A measure on the sanction ladder (contract schema SanctionType; column {@code sanction.type}, CHECK).
 * Which kind of agreement allows which measure is {@link SanctionPolicy}'s to say.
 */
public enum SanctionType {
    ORAL_WARNING,
    WRITTEN_WARNING,
    EXCLUSION,
    TERMINATION,
    WRITTEN_COMPLAINT,
    TERMINATION_REFERRAL
}
