package no.kommune.bta.intake;

/**
 * Who an open application waits for now (issue 18, item 3; contract {@code WaitingFor}): ESIKT to put it on the list
 * and allocate a unit, HVK to inform the applicant, hold the orientation and decide, and the facility to make the
 * agreement once the service is decided. A closed application waits for nobody.
 */
public enum WaitingFor {
    HVK,
    ESIKT,
    FACILITY
}
