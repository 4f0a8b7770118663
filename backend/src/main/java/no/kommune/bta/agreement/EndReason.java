package no.kommune.bta.agreement;

/**
 * Why an agreement ended: the resident moved out (R-AGR-8), the facility changed kind (R-FAC-3), or it was voided
 * before move-in (R-AGR-9).
 */
public enum EndReason {
    MOVED_OUT,
    CONVERTED,
    VOIDED
}
