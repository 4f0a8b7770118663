package no.kommune.bta.retention;

/**
 * From what a person's retention period runs (view {@code retention_candidate}, V22): the latest of these, the
 * registration only for a person who never applied.
 */
public enum LastActivity {
    /** The last agreement ended (moved out, voided or converted). */
    STAY,
    /** The last application closed without a move-in (withdrawn, rejected, declined). */
    APPLICATION,
    /** The appeal deadline of the last sanction ran out, or the appeal was decided. */
    SANCTION,
    /** Registered, with no application and no agreement ever. */
    REGISTERED
}
