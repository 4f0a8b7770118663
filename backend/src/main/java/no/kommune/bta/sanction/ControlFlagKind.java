package no.kommune.bta.sanction;

/** What the control report points the auditor at (R-SAN-10; contract schema ControlFlag.flag). */
public enum ControlFlagKind {
    TERMINATION_WITHOUT_WRITTEN_WARNING,
    EXCLUSIONS_CLOSE_TOGETHER,
    ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER,
    TERMINATION_WITHOUT_DECISION
}
