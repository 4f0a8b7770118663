package no.kommune.bta.agreement;

/** Why an agreement ended: the resident moved out (R-AGR-8) or the facility changed kind (R-FAC-3). */
public enum EndReason {
    MOVED_OUT,
    CONVERTED
}
