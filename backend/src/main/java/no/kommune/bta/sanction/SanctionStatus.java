package no.kommune.bta.sanction;

/** Where a sanction stands (contract schema SanctionStatus); derived by {@link SanctionPolicy#status}, never stored. */
public enum SanctionStatus {
    AWAITING_APPROVAL,
    APPROVED,
    IN_FORCE,
    APPEALED,
    REVERSED
}
