package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.Allocation;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentView;

/**
 * Payments (table payment), and the months each covers, worked out from the sums as the view charge_balance
 * does: the payments, in the order they were paid, cover the months (each its lines' net) oldest first.
 */
@ApplicationScoped
public class PaymentQueries {

    @Inject
    EntityManager em;

    /** A payment about to be placed by hand: the agreement it is on (null while unmatched). */
    public record Placement(UUID agreementId) {
    }

    /**
     * Stores the payment unless one with the same channel and source reference is there (R-PAY-3: references are
     * namespaced by channel); true when it was stored.
     */
    public boolean insert(UUID id, PaymentChannel channel, String sourceReference, String kid, long amountOre, LocalDate paidOn,
                          UUID importId, String by) {
        return Sql.of(em, """
                        INSERT INTO payment (id, channel, source_reference, kid, amount_ore, paid_on, import_id, registered_by)
                        VALUES (:id, :channel, :ref, :kid, :amount, :paid, CAST(:imp AS uuid), :by)
                        ON CONFLICT (channel, source_reference) DO NOTHING""")
                .bind("id", id).bind("channel", channel).bind("ref", sourceReference).bind("kid", kid).bind("amount", amountOre)
                .bind("paid", paidOn).bind("imp", importId).bind("by", by).execute() > 0;
    }

    /** What a batch of bank-file payments gave: how many were new, of them matched to an agreement, and their sum. */
    public record BatchStored(int stored, int matched, long amountOre) {
    }

    /**
     * Stores a batch of bank-file payments in one statement, each placed on the agreement whose charge has its KID;
     * a payment whose reference the channel already has is left as it is (R-PAY-3). Set-based: one round trip per
     * batch however large.
     */
    public BatchStored insertBatch(PaymentChannel channel, List<String> references, List<String> kids, List<Long> amounts,
                                   List<LocalDate> paidOn, UUID importId, String by) {
        return Sql.of(em, """
                        WITH ins AS (
                            INSERT INTO payment (id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, import_id, registered_by,
                                                 booked_period)
                            SELECT uuid_in_time_order(), :channel, x.ref, x.kid, (SELECT c.agreement_id FROM charge c WHERE c.kid = x.kid),
                                   x.amount, x.paid, CAST(:imp AS uuid), :by,
                                   booked_month(x.paid, (SELECT first_open_month()))
                            FROM unnest(CAST(:refs AS text[]), CAST(:kids AS text[]), CAST(:amounts AS bigint[]), CAST(:paid AS date[]))
                                 AS x (ref, kid, amount, paid)
                            ON CONFLICT (channel, source_reference) DO NOTHING
                            RETURNING agreement_id, amount_ore)
                        SELECT count(*) AS stored, count(agreement_id) AS matched, coalesce(sum(amount_ore), 0) AS amount_ore FROM ins""")
                .bind("channel", channel).bind("refs", references.toArray(String[]::new)).bind("kids", kids.toArray(String[]::new))
                .bind("amounts", amounts.toArray(Long[]::new)).bind("paid", paidOn.toArray(LocalDate[]::new)).bind("imp", importId)
                .bind("by", by)
                .first(r -> new BatchStored(r.intOr0("stored"), r.intOr0("matched"), r.lngOr0("amount_ore"))).orElseThrow();
    }

    public UUID idBySourceReference(PaymentChannel channel, String sourceReference) {
        return Sql.of(em, "SELECT id AS payment_id FROM payment WHERE channel = :channel AND source_reference = :ref")
                .bind("channel", channel).bind("ref", sourceReference).first(r -> r.uuid("payment_id")).orElseThrow();
    }

    /** The agreement whose charge carries the KID. */
    public Optional<UUID> agreementByKid(String kid) {
        return Sql.of(em, "SELECT agreement_id FROM charge WHERE kid = :kid").bind("kid", kid).first(r -> r.uuid("agreement_id"));
    }

    /** The payment, locked until the transaction ends. */
    public Optional<Placement> lockForPlacement(UUID paymentId) {
        return Sql.of(em, "SELECT agreement_id FROM payment WHERE id = :id FOR UPDATE").bind("id", paymentId)
                .first(r -> new Placement(r.uuid("agreement_id")));
    }

    public boolean agreementExists(UUID agreementId) {
        return Sql.of(em, "SELECT 1 FROM agreement WHERE id = :a").bind("a", agreementId).exists();
    }

    /**
     * The payment is on the agreement from now: it covers the oldest open months first, and what it brings beyond
     * them is credit for later charges (R-PAY-3, R-PAY-8). Nothing is stored per charge: the view charge_balance
     * works the cover out from the sums, so the order in which payments and charges arrive cannot change it.
     */
    public void placeOn(UUID paymentId, UUID agreementId) {
        Sql.of(em, "UPDATE payment SET agreement_id = :a WHERE id = :p").bind("a", agreementId).bind("p", paymentId).execute();
    }

    /** Unmatched payments, the oldest registered first. */
    public List<UUID> unmatched(int limit, int offset) {
        return Sql.of(em, "SELECT id AS payment_id FROM payment WHERE agreement_id IS NULL ORDER BY registered_at LIMIT :l OFFSET :o")
                .bind("l", limit).bind("o", offset).list(r -> r.uuid("payment_id"));
    }

    public long countUnmatched() {
        return Sql.of(em, "SELECT count(*) FROM payment WHERE agreement_id IS NULL").number();
    }

    /** The payments of a bank import still unmatched, the first {@code limit}. */
    public List<UUID> unmatchedOfImport(UUID importId, int limit) {
        return Sql.of(em, """
                        SELECT id AS payment_id FROM payment WHERE import_id = :id AND agreement_id IS NULL
                        ORDER BY registered_at, id LIMIT :l""")
                .bind("id", importId).bind("l", limit).list(r -> r.uuid("payment_id"));
    }

    /**
     * Many payments with their allocations in two queries, in the order of the ids given. The months owed are read
     * from the view charge_balance per agreement (LATERAL, with the running sum inside it so that the subquery stays
     * per agreement): only the payments' agreements are worked out, not every agreement's months.
     */
    public List<PaymentView> views(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        UUID[] arr = ids.toArray(UUID[]::new);
        Map<UUID, List<Allocation>> allocations = new HashMap<>();
        for (Row a : Sql.of(em, """
                        WITH agreements AS (
                            SELECT DISTINCT agreement_id FROM payment WHERE id = ANY (CAST(:ids AS uuid[])) AND agreement_id IS NOT NULL),
                        paid AS (
                            SELECT p.id, p.agreement_id, p.amount_ore,
                                   sum(p.amount_ore) OVER (PARTITION BY p.agreement_id ORDER BY p.paid_on, p.registered_at, p.id) AS through_ore
                            FROM payment p WHERE p.agreement_id IN (SELECT agreement_id FROM agreements)),
                        owed AS (
                            SELECT g.agreement_id, b.charge_id, b.period, b.amount_ore, b.through_ore
                            FROM agreements g
                            CROSS JOIN LATERAL (
                                SELECT c.charge_id, c.period, c.amount_ore, sum(c.amount_ore) OVER (ORDER BY c.period) AS through_ore
                                FROM charge_balance c WHERE c.agreement_id = g.agreement_id) b)
                        SELECT x.payment_id, x.charge_id, x.period, x.amount_ore FROM (
                            SELECT p.id AS payment_id, o.charge_id, to_char(o.period, 'YYYY-MM') AS period, o.period AS ord,
                                   least(p.through_ore, o.through_ore) - greatest(p.through_ore - p.amount_ore, o.through_ore - o.amount_ore)
                                       AS amount_ore
                            FROM paid p JOIN owed o ON o.agreement_id = p.agreement_id
                            WHERE p.id = ANY (CAST(:ids AS uuid[]))) x
                        WHERE x.amount_ore > 0 ORDER BY x.ord""").bind("ids", arr).rows()) {
            allocations.computeIfAbsent(a.uuid("payment_id"), k -> new ArrayList<>())
                    .add(new Allocation(a.uuid("charge_id"), a.str("period"), a.lngOr0("amount_ore")));
        }
        Map<UUID, PaymentView> byId = new HashMap<>();
        for (Row r : Sql.of(em, """
                        SELECT id AS payment_id, channel, source_reference, kid, agreement_id, amount_ore, paid_on, registered_at,
                               registered_by
                        FROM payment WHERE id = ANY (CAST(:ids AS uuid[]))""").bind("ids", arr).rows()) {
            UUID id = r.uuid("payment_id");
            byId.put(id, new PaymentView(id, r.enumOf("channel", PaymentChannel.class), r.str("source_reference"), r.str("kid"),
                    r.uuid("agreement_id"), r.lngOr0("amount_ore"), r.date("paid_on"), !r.isNull("agreement_id"),
                    allocations.getOrDefault(id, List.of()), r.instant("registered_at"), r.str("registered_by")));
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
