package no.kommune.bta.sanction;

/** How an appeal against an individual decision ended (R-SAN-7; column {@code sanction.appeal_outcome}, CHECK). */
public enum AppealOutcome {
    UPHELD,
    CHANGED,
    REVERSED
}
