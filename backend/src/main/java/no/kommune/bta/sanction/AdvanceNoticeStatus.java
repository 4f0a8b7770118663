package no.kommune.bta.sanction;

/**
 * Where a forhåndsvarsel stands (contract schema AdvanceNoticeStatus); derived by {@link DueProcess#status}, never
 * stored. Every status but AWAITING_STATEMENT lets the decision be proposed (R-SAN-11).
 */
public enum AdvanceNoticeStatus {
    /** The deadline for the resident's statement has not passed and no statement is recorded. */
    AWAITING_STATEMENT,
    /** The resident's statement is recorded. */
    STATEMENT_RECEIVED,
    /** Recorded: no statement came by the deadline. */
    NO_STATEMENT,
    /** The deadline passed and nothing is recorded. */
    DEADLINE_PASSED
}
