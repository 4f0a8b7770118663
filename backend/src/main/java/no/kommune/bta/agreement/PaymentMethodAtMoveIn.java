package no.kommune.bta.agreement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired inside the move-in's transaction when the move-in names how the resident will pay (R-PAY-2). Egenbetaling
 * observes it and records the payment method; a refusal there (an unknown method, a deduction without the date the
 * deduction agreement was signed) undoes the whole move-in.
 */
public record PaymentMethodAtMoveIn(UUID agreementId, String method, LocalDate deductionAgreementSignedOn) {
}
