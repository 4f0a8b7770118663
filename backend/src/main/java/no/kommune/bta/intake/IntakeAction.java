package no.kommune.bta.intake;

/**
 * The steps of the intake process (contract {@code IntakeAction}). The declaration order is the order the
 * SPA shows them in ({@code nextActions}).
 */
public enum IntakeAction {
    PRIORITISE,
    ALLOCATE,
    INFORM,
    SCHEDULE_ORIENTATION,
    RECORD_ORIENTATION,
    DECIDE,
    WITHDRAW,
    REJECT,
    /** HVK corrects the person's details and the application before the decision (issue 18). */
    CORRECT
}
