package no.kommune.bta.egenbetaling;

/**
 * R-PAY-4: the ages arrears are shown in, by days past the due date. A charge is in arrears from the
 * day after it fell due, so the first bucket starts at day 1.
 */
public enum ArrearsAge {
    DAYS_0_TO_30(1, 30),
    DAYS_31_TO_60(31, 60),
    DAYS_61_TO_90(61, 90),
    OVER_90(91, Integer.MAX_VALUE);

    /** The first and last day past due in this age (inclusive). */
    public final int firstDay, lastDay;

    ArrearsAge(int firstDay, int lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }
}
