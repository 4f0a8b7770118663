package no.kommune.bta.egenbetaling;

/** What made a charge line: the monthly run, or a change of the month's basis (R-PAY-7). */
public enum ChargeCause {
    RUN, MOVE_IN, MOVE_OUT, FEE_CHANGE, VOID, CONVERSION
}
