package no.kommune.bta.common.jobs;

/** Where a background job (the charge run, a bank import) stands; the {@code state} column of its row. */
public enum JobState {
    RUNNING,
    DONE,
    FAILED
}
