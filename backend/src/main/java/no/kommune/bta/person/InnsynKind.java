package no.kommune.bta.person;

/**
 * What kind of access an innsyn entry is (R-ACC-2, R-ACC-4), derived from the access-log row by
 * {@link InnsynQueries} (with the operations {@link InnsynTexts} names as lists): a job's action, an appearance in a list, search or report, a read, or a change.
 */
public enum InnsynKind {
    /** Read the person's data (an HTTP read of a record about them). */
    READ,
    /** Registered or changed something about the person. */
    CHANGE,
    /** Appeared in a list, a search result or a report. */
    LIST,
    /** A job of the system itself (e.g. retention's anonymisation). */
    JOB
}
