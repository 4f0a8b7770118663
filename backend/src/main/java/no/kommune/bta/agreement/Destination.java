package no.kommune.bta.agreement;

/** Where a resident went on moving out (R-AGR-8). Column {@code agreement.destination} (CHECK). */
public enum Destination {
    MUNICIPAL_RENTAL,
    PRIVATE_RENTAL,
    OWN_HOME,
    TREATMENT,
    OTHER_FACILITY,
    PRISON,
    HOSPITAL,
    DECEASED,
    UNKNOWN
}
