package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentView;

/** Payments from every channel, matched by KID to the agreement, where they cover the oldest open charges first (R-PAY-3). */
@ApplicationScoped
public class PaymentService {

    @Inject
    PaymentQueries payments;

    public record Registered(PaymentView payment, boolean duplicate) {
    }

    /** A payment as stored: its id, whether it was already there, and whether its KID matched an agreement. */
    public record Stored(UUID id, boolean duplicate, boolean matched) {
    }

    @Transactional
    public Registered register(PaymentChannel channel, String sourceReference, String kid, long amountOre, LocalDate paidOn,
                               UUID importId, String by) {
        Stored s = store(channel, sourceReference, kid, amountOre, paidOn, importId, by);
        return new Registered(view(s.id()), s.duplicate());
    }

    /**
     * Stores a payment once per source reference and places it on the agreement whose charge has the
     * KID, oldest open charge first. Bank imports use this directly: they need the counts, not the view.
     */
    @Transactional
    public Stored store(PaymentChannel channel, String sourceReference, String kid, long amountOre, LocalDate paidOn,
                        UUID importId, String by) {
        UUID id = UUID.randomUUID();
        String reference = sourceReference.strip();
        String cleanKid = kid == null ? null : kid.strip();
        if (!payments.insert(id, channel, reference, cleanKid, amountOre, paidOn, importId, by)) {
            return new Stored(payments.idBySourceReference(channel, reference), true, false);
        }
        Optional<UUID> agreement = payments.agreementByKid(cleanKid == null ? "" : cleanKid);
        if (agreement.isEmpty()) return new Stored(id, false, false);
        payments.placeOn(id, agreement.get());
        return new Stored(id, false, true);
    }

    /** An unmatched payment placed on an agreement by hand. */
    @Transactional
    public PaymentView match(UUID paymentId, UUID agreementId) {
        PaymentQueries.Placement p = payments.lockForPlacement(paymentId)
                .orElseThrow(() -> ProblemException.notFound(EgenbetalingTexts.PAYMENT, paymentId));
        if (p.agreementId() != null) throw ProblemException.of(ProblemType.PAYMENT_ALREADY_MATCHED, null);
        if (!payments.agreementExists(agreementId)) throw ProblemException.invalid("agreementId", EgenbetalingTexts.NO_SUCH_AGREEMENT);
        payments.placeOn(paymentId, agreementId);
        return view(paymentId);
    }


    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentView> unmatched(int limit, int offset) {
        return payments.views(payments.unmatched(limit, offset));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countUnmatched() {
        return payments.countUnmatched();
    }

    private PaymentView view(UUID id) {
        return payments.views(List.of(id)).get(0);
    }
}
