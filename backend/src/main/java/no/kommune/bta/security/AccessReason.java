package no.kommune.bta.security;

/** Why a caller sees a person (R-ACC-3); the values of the SQL function {@code access_grants}. */
public enum AccessReason {
    /** A live allocation to one of the caller's facilities. */
    ALLOCATED,
    /** An agreement at one of the caller's facilities that has not ended. */
    RESIDENT,
    /** An agreement at one of the caller's facilities that ended within the follow-up window. */
    AFTER_CARE,
    /** The caller is the HVK caseworker of the person's application (open, or closed within the window). */
    APPLICATION,
    /** The person's application waits in ESIKT's queue (before move-in). */
    QUEUE
}
