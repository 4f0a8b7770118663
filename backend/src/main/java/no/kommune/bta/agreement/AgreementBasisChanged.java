package no.kommune.bta.agreement;

import java.util.UUID;

/**
 * Fired inside the command's transaction when what an agreement is charged on changes: its move-in or
 * move-out date, its fee, it was voided, or a conversion ended it or started its successor. Egenbetaling observes it and corrects the months already
 * charged (R-PAY-7), in the same transaction, without the agreement feature knowing about charges.
 */
public record AgreementBasisChanged(UUID agreementId, Change change) {

    public enum Change {
        MOVE_IN, MOVE_OUT, FEE_CHANGE, VOID, CONVERSION
    }
}
