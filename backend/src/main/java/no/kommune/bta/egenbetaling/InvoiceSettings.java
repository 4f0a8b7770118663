package no.kommune.bta.egenbetaling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What the invoices and the standing-order letter print about the municipality (R-PAY-2), keys
 * {@code bta.invoices.*}: the account the residents pay to and who sends the letter.
 */
@ConfigMapping(prefix = "bta.invoices")
public interface InvoiceSettings {

    /** The municipality's account for egenbetaling (11 digits with a MOD11 check digit, as banks validate it). */
    @WithDefault("12345678903")
    String accountNumber();

    /** The sender printed on every invoice and letter. */
    @WithDefault("Kommunen – bo- og tjenesteavtaler")
    String issuer();
}
