package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.Allocation;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentView;

/** Payments from every channel, matched by KID to the oldest open charges first (R-PAY-3). */
@ApplicationScoped
public class PaymentService {

    @Inject
    EntityManager em;

    public record Registered(PaymentView payment, boolean duplicate) {
    }

    /** A payment as stored: its id, whether it was already there, and whether its KID matched an agreement. */
    public record Stored(UUID id, boolean duplicate, boolean matched) {
    }

    @Transactional
    public Registered register(String channel, String sourceReference, String kid, long amountOre, LocalDate paidOn, UUID importId,
                               String by) {
        Stored s = store(channel, sourceReference, kid, amountOre, paidOn, importId, by);
        return new Registered(view(s.id()), s.duplicate());
    }

    /**
     * Stores a payment once per source reference and places it on the agreement whose charge has the
     * KID, oldest open charge first. Bank imports use this directly: they need the counts, not the view.
     */
    @Transactional
    public Stored store(String channel, String sourceReference, String kid, long amountOre, LocalDate paidOn, UUID importId,
                        String by) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        INSERT INTO payment (id, channel, source_reference, kid, amount_ore, paid_on, import_id, registered_by)
                        VALUES (:id, :c, :ref, :kid, :amt, :paid, CAST(:imp AS uuid), :by)
                        ON CONFLICT (source_reference) DO NOTHING""")
                .setParameter("id", id).setParameter("c", channel).setParameter("ref", sourceReference.strip())
                .setParameter("kid", kid == null ? null : kid.strip()).setParameter("amt", amountOre).setParameter("paid", paidOn)
                .setParameter("imp", importId).setParameter("by", by).executeUpdate();
        if (inserted == 0) {
            UUID existing = (UUID) em.createNativeQuery("SELECT id FROM payment WHERE source_reference = :r")
                    .setParameter("r", sourceReference.strip()).getSingleResult();
            return new Stored(existing, true, false);
        }
        @SuppressWarnings("unchecked")
        List<UUID> agreement = em.createNativeQuery("SELECT agreement_id FROM charge WHERE kid = :k")
                .setParameter("k", kid == null ? "" : kid.strip()).getResultList();
        if (agreement.isEmpty()) return new Stored(id, false, false);
        allocate(id, agreement.get(0), amountOre);
        return new Stored(id, false, true);
    }

    /** An unmatched payment placed on an agreement by hand. */
    @Transactional
    public PaymentView match(UUID paymentId, UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT agreement_id, amount_ore FROM payment WHERE id = :id FOR UPDATE")
                .setParameter("id", paymentId).getResultList();
        if (rows.isEmpty()) throw ProblemException.notFound("Betalingen", paymentId);
        if (rows.get(0)[0] != null) {
            throw new ProblemException(409, "payment-already-matched", "Betalingen er allerede knyttet til en avtale", null, "R-PAY-3", null);
        }
        long exists = ((Number) em.createNativeQuery("SELECT count(*) FROM agreement WHERE id = :a").setParameter("a", agreementId)
                .getSingleResult()).longValue();
        if (exists == 0) throw ProblemException.invalid("agreementId", "avtalen finnes ikke");
        allocate(paymentId, agreementId, ((Number) rows.get(0)[1]).longValue());
        return view(paymentId);
    }

    /** Oldest open charge first; what is left over stays on the agreement as credit. */
    void allocate(UUID paymentId, UUID agreementId, long amountOre) {
        em.createNativeQuery("UPDATE payment SET agreement_id = :a WHERE id = :p").setParameter("a", agreementId)
                .setParameter("p", paymentId).executeUpdate();
        long left = amountOre;
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("""
                        SELECT c.id, c.amount_ore - coalesce((SELECT sum(pa.amount_ore) FROM payment_allocation pa WHERE pa.charge_id = c.id), 0)
                        FROM charge c WHERE c.agreement_id = :a ORDER BY c.period FOR UPDATE""")
                .setParameter("a", agreementId).getResultList();
        for (Object[] c : open) {
            long openOre = ((Number) c[1]).longValue();
            if (left <= 0) break;
            if (openOre <= 0) continue;
            long take = Math.min(left, openOre);
            em.createNativeQuery("INSERT INTO payment_allocation (payment_id, charge_id, amount_ore) VALUES (:p, :c, :amt)")
                    .setParameter("p", paymentId).setParameter("c", c[0]).setParameter("amt", take).executeUpdate();
            left -= take;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PaymentView> unmatched(int limit, int offset) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("SELECT id FROM payment WHERE agreement_id IS NULL ORDER BY registered_at LIMIT :l OFFSET :o")
                .setParameter("l", limit).setParameter("o", offset).getResultList();
        return views(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countUnmatched() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM payment WHERE agreement_id IS NULL").getSingleResult()).longValue();
    }

    PaymentView view(UUID id) {
        return views(List.of(id)).get(0);
    }

    /** Loads many payments with their allocations in two queries, in the order of the ids given. */
    List<PaymentView> views(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        UUID[] arr = ids.toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, registered_at, registered_by
                        FROM payment WHERE id = ANY (CAST(:ids AS uuid[]))""").setParameter("ids", arr).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> alloc = em.createNativeQuery("""
                        SELECT pa.payment_id, pa.charge_id, to_char(c.period, 'YYYY-MM'), pa.amount_ore FROM payment_allocation pa
                        JOIN charge c ON c.id = pa.charge_id WHERE pa.payment_id = ANY (CAST(:ids AS uuid[])) ORDER BY c.period""")
                .setParameter("ids", arr).getResultList();
        java.util.Map<UUID, List<Allocation>> allocations = new java.util.HashMap<>();
        for (Object[] a : alloc) {
            allocations.computeIfAbsent((UUID) a[0], k -> new ArrayList<>())
                    .add(new Allocation((UUID) a[1], (String) a[2], ((Number) a[3]).longValue()));
        }
        java.util.Map<UUID, PaymentView> byId = new java.util.HashMap<>();
        for (Object[] r : rows) {
            byId.put((UUID) r[0], new PaymentView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                    ((Number) r[5]).longValue(), SqlValues.date(r[6]), r[4] != null,
                    allocations.getOrDefault((UUID) r[0], List.of()), SqlValues.instant(r[7]), (String) r[8]));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
