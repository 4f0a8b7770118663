package no.kommune.bta.egenbetaling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * R-PAY-3 and R-PAY-8, pure: a payment covers the agreement's open charges oldest first; what is left
 * over stays on the agreement as credit.
 */
public final class PaymentAllocation {
    private PaymentAllocation() {
    }

    /** A charge and what is still open on it. */
    public record OpenCharge(UUID chargeId, long openOre) {
    }

    /** What the payment puts on one charge. */
    public record Part(UUID chargeId, long amountOre) {
    }

    /** @param oldestFirst the agreement's charges, oldest month first */
    public static List<Part> allocate(long amountOre, List<OpenCharge> oldestFirst) {
        List<Part> parts = new ArrayList<>();
        long left = amountOre;
        for (OpenCharge c : oldestFirst) {
            if (left <= 0) break;
            if (c.openOre() <= 0) continue;
            long take = Math.min(left, c.openOre());
            parts.add(new Part(c.chargeId(), take));
            left -= take;
        }
        return parts;
    }
}
