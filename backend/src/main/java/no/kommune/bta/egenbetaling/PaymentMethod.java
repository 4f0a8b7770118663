package no.kommune.bta.egenbetaling;

/** R-PAY-2: how a resident pays; the {@code method} of {@code payment_setup}. */
public enum PaymentMethod {
    /** Direct deduction from NAV benefits: needs the date the deduction agreement was signed. */
    DIRECT_DEDUCTION,
    STANDING_ORDER,
    INVOICE;

    public boolean needsSignedDeductionAgreement() {
        return this == DIRECT_DEDUCTION;
    }
}
