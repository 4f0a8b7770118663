package no.kommune.bta.agreement;

/**
 * Where an agreement stands (contract schema AgreementStatus); derived, never stored: the one definition
 * is the view {@code agreement_state}, read through {@link AgreementQueries#status}. EXPIRED (R-AGR-9): signed
 * (or under notice), not ended, and its end date has passed without renewal; it needs a renewal or a move-out.
 */
public enum AgreementStatus {
    DRAFT,
    ACTIVE,
    NOTICE_GIVEN,
    EXPIRED,
    ENDED
}
