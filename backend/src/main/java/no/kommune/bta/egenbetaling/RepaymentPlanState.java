package no.kommune.bta.egenbetaling;

/** R-PAY-4: how a repayment plan stands, worked out from the payments (never stored). */
public enum RepaymentPlanState {
    ON_TRACK,
    BEHIND,
    COMPLETED
}
