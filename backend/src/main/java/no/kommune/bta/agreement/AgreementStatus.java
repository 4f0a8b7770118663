package no.kommune.bta.agreement;

/** Where an agreement stands (contract schema AgreementStatus); derived, never stored. */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    NOTICE_GIVEN,
    ENDED
}
