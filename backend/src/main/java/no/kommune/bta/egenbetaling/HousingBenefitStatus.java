package no.kommune.bta.egenbetaling;

/** R-PAY-5: a bostøtte application's status; the {@code status} of {@code housing_benefit}. */
public enum HousingBenefitStatus {
    APPLIED,
    /** Granted: needs the amount and the date it runs from. */
    GRANTED,
    REFUSED
}
