package no.kommune.bta.agreement;

/** What needs attention on an agreement (contract schema AgreementFlag); computed only by {@link AgreementFlags}. */
public enum AgreementFlag {
    UNSIGNED,
    ENDING_SOON,
    OVERSTAY,
    FIRST_PERIOD_NOT_EVALUATED,
    LONG_FIRST_PERIOD,
    /** R-AGR-9: the end date has passed without renewal or move-out. */
    EXPIRED,
    /** R-AGR-9: the notice took effect and the resident has not moved out. */
    NOTICE_PASSED
}
