package no.kommune.bta.egenbetaling;

/** R-PAY-6: the kinds of record in the accounts export, in the order the export lists them. */
public enum ExportRecord {
    CHARGE,
    PAYMENT,
    /** Each agreement's balance at the end of the period, after every charge and payment. */
    BALANCE
}
