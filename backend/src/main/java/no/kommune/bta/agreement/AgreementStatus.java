package no.kommune.bta.agreement;

/**
 * Where an agreement stands (contract schema AgreementStatus); derived, never stored: the one definition
 * is the view {@code agreement_state}, read through {@link AgreementQueries#status}.
 */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    NOTICE_GIVEN,
    ENDED
}
