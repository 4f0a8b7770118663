package no.kommune.bta.egenbetaling;

/**
 * A line on an agreement's ledger: a month's charge (debit), a correction of a charged month (debit when
 * more is owed, credit when less: R-PAY-7), a payment (credit), or a credit paid back to the resident
 * (debit: R-PAY-8).
 */
public enum LedgerLineType {
    CHARGE,
    CORRECTION,
    PAYMENT,
    REFUND
}
