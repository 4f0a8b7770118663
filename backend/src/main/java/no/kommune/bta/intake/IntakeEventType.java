package no.kommune.bta.intake;

/** The kinds of line in an application's timeline ({@code intake_event.type}). */
public enum IntakeEventType {
    SUBMITTED,
    PRIORITISED,
    ALLOCATED,
    APPLICANT_INFORMED,
    ORIENTATION_SCHEDULED,
    ORIENTATION_HELD,
    APPLICANT_ACCEPTED,
    APPLICANT_DECLINED,
    DECIDED,
    WITHDRAWN,
    REJECTED,
    MOVED_IN,
    /** R-AGR-9: the agreement was voided before move-in and the application is on the waiting list again. */
    BACK_ON_WAITING_LIST,
    /** Issue 18: HVK corrected the person's details or the application before the decision; the line names the fields. */
    CORRECTED
}
