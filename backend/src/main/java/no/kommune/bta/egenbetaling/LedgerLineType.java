package no.kommune.bta.egenbetaling;

/** A line on an agreement's ledger: a month's charge (debit) or a payment (credit). */
public enum LedgerLineType {
    CHARGE,
    PAYMENT
}
