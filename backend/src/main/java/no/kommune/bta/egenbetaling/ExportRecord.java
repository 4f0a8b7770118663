package no.kommune.bta.egenbetaling;

/** R-PAY-6: the kinds of record in the accounts export, in the order the export lists them. */
public enum ExportRecord {
    CHARGE,
    /** A correction of a charged month (R-PAY-7): positive when more is owed, negative when less is. */
    CORRECTION,
    PAYMENT,
    /** A credit paid back to the resident (R-PAY-8). */
    REFUND,
    /** Each agreement's balance at the end of the period, after every line booked up to it. */
    BALANCE
}
