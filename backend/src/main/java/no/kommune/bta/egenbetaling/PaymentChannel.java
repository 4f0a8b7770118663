package no.kommune.bta.egenbetaling;

/** R-PAY-3: how a payment reached BTA; the {@code channel} of {@code payment}. */
public enum PaymentChannel {
    /** Registered by økonomi by hand. */
    MANUAL,
    /** Registered by another municipal system (client credentials). */
    API,
    /** Read from the bank's OCR giro file. */
    OCR
}
