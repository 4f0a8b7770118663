package no.kommune.bta.intake;

/**
 * R-AGR-9: what becomes of the application when the agreement drafted from it is voided before move-in (contract
 * {@code VoidRequest.applicationTo}): back on the waiting list, or closed as withdrawn.
 */
public enum ApplicationAfterVoid {
    WAITING_LIST,
    CLOSED
}
