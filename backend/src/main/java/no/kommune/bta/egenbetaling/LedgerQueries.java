package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ExportRow;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.HousingBenefit;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentSetup;

/**
 * An agreement's ledger and what hangs on it: payment method (payment_setup), repayment plans,
 * bostøtte (housing_benefit); and the accounts export.
 */
@ApplicationScoped
public class LedgerQueries {

    @Inject
    EntityManager em;

    /** One charge or payment on the ledger, oldest first; the text is composed in {@link EgenbetalingTexts}. */
    public record Entry(LocalDate date, LedgerLineType type, int days, PaymentChannel channel, long debitOre, long creditOre,
                        String kid) {
    }

    /** A repayment plan as stored. */
    public record PlanRow(UUID id, long debtOre, LocalDate startDate, long instalmentOre, int instalments, Instant createdAt,
                          String createdBy) {
    }

    /** The facility the agreement belongs to, if there is such an agreement. */
    /** The agreement's facility and resident, for the access check. */
    public record Parties(String facilityId, UUID personId) {
    }

    public Optional<Parties> partiesOf(UUID agreementId) {
        return Sql.of(em, "SELECT facility_id, person_id FROM agreement WHERE id = :a").bind("a", agreementId)
                .first(r -> new Parties(r.str("facility_id"), r.uuid("person_id")));
    }

    // ---------------------------------------------------------------- R-PAY-2

    public void savePaymentSetup(UUID agreementId, PaymentMethod method, LocalDate deductionAgreementSignedOn, String by) {
        Sql.of(em, """
                        INSERT INTO payment_setup (agreement_id, method, deduction_agreement_signed_on, updated_by)
                        VALUES (:a, :method, CAST(:signed AS date), :by)
                        ON CONFLICT (agreement_id) DO UPDATE SET method = EXCLUDED.method,
                            deduction_agreement_signed_on = EXCLUDED.deduction_agreement_signed_on, updated_at = now(),
                            updated_by = EXCLUDED.updated_by""")
                .bind("a", agreementId).bind("method", method).bind("signed", deductionAgreementSignedOn).bind("by", by).execute();
    }

    public Optional<PaymentSetup> paymentSetup(UUID agreementId) {
        return Sql.of(em, "SELECT method, deduction_agreement_signed_on FROM payment_setup WHERE agreement_id = :a")
                .bind("a", agreementId)
                .first(r -> new PaymentSetup(r.enumOf("method", PaymentMethod.class), r.date("deduction_agreement_signed_on")));
    }

    // ---------------------------------------------------------------- the ledger (R-PAY-4)

    /** Charges and payments on the agreement by date; on one day charges before payments, then as registered. */
    public List<Entry> entries(UUID agreementId) {
        return Sql.of(em, """
                        SELECT entry_date, entry_type, days, channel, debit_ore, credit_ore, kid FROM (
                            SELECT c.period AS entry_date, CAST(:charge AS text) AS entry_type, c.days, CAST(NULL AS text) AS channel,
                                   c.amount_ore AS debit_ore, 0 AS credit_ore, c.kid, 0 AS ord, c.created_at AS at
                            FROM charge c WHERE c.agreement_id = :a
                            UNION ALL
                            SELECT p.paid_on, CAST(:payment AS text), 0, p.channel, 0, p.amount_ore, p.kid, 1, p.registered_at
                            FROM payment p WHERE p.agreement_id = :a) x
                        ORDER BY entry_date, ord, at""")
                .bind("a", agreementId).bind("charge", LedgerLineType.CHARGE).bind("payment", LedgerLineType.PAYMENT)
                .list(r -> new Entry(r.date("entry_date"), r.enumOf("entry_type", LedgerLineType.class), r.intOr0("days"),
                        r.enumOf("channel", PaymentChannel.class), r.lngOr0("debit_ore"), r.lngOr0("credit_ore"), r.str("kid")));
    }

    // ---------------------------------------------------------------- repayment plans (R-PAY-4)

    public void insertPlan(UUID id, UUID agreementId, long debtOre, LocalDate startDate, long instalmentOre, int instalments,
                           String by) {
        Sql.of(em, """
                        INSERT INTO repayment_plan (id, agreement_id, debt_ore, start_date, instalment_ore, instalments, created_by)
                        VALUES (:id, :a, :debt, :start, :instalment, :n, :by)""")
                .bind("id", id).bind("a", agreementId).bind("debt", debtOre).bind("start", startDate).bind("instalment", instalmentOre)
                .bind("n", instalments).bind("by", by).execute();
    }

    public List<PlanRow> plans(UUID agreementId) {
        return Sql.of(em, """
                        SELECT id AS plan_id, debt_ore, start_date, instalment_ore, instalments, created_at, created_by
                        FROM repayment_plan WHERE agreement_id = :a ORDER BY created_at""")
                .bind("a", agreementId)
                .list(r -> new PlanRow(r.uuid("plan_id"), r.lngOr0("debt_ore"), r.date("start_date"), r.lngOr0("instalment_ore"),
                        r.intOr0("instalments"), r.instant("created_at"), r.str("created_by")));
    }

    /** Payments on the agreement paid on or after the day. */
    public long paidSince(UUID agreementId, LocalDate from) {
        return Sql.of(em, "SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE agreement_id = :a AND paid_on >= :from")
                .bind("a", agreementId).bind("from", from).number();
    }

    /** Charges on the agreement that fell due from one day to another (inclusive). */
    public long fallenDue(UUID agreementId, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT coalesce(sum(amount_ore), 0) FROM charge WHERE agreement_id = :a AND due_date >= :from AND due_date <= :to""")
                .bind("a", agreementId).bind("from", from).bind("to", to).number();
    }

    // ---------------------------------------------------------------- bostøtte (R-PAY-5)

    public void insertBenefit(UUID id, UUID agreementId, HousingBenefitStatus status, LocalDate appliedOn, Long amountOre,
                              LocalDate fromDate, LocalDate toDate, String by) {
        Sql.of(em, """
                        INSERT INTO housing_benefit (id, agreement_id, status, applied_on, amount_ore, from_date, to_date, updated_by)
                        VALUES (:id, :a, :status, :applied, CAST(:amount AS bigint), CAST(:from AS date), CAST(:to AS date), :by)""")
                .bind("id", id).bind("a", agreementId).bind("status", status).bind("applied", appliedOn).bind("amount", amountOre)
                .bind("from", fromDate).bind("to", toDate).bind("by", by).execute();
    }

    public List<HousingBenefit> benefits(UUID agreementId) {
        return Sql.of(em, """
                        SELECT id AS benefit_id, status, applied_on, amount_ore, from_date, to_date FROM housing_benefit
                        WHERE agreement_id = :a ORDER BY applied_on, updated_at""")
                .bind("a", agreementId)
                .list(r -> new HousingBenefit(r.uuid("benefit_id"), r.enumOf("status", HousingBenefitStatus.class),
                        r.date("applied_on"), r.lng("amount_ore"), r.date("from_date"), r.date("to_date")));
    }

    // ---------------------------------------------------------------- the accounts export (R-PAY-6)

    /**
     * Charges for the months and payments on the days from {@code from} to {@code to}, then every charged
     * agreement's balance at {@code to}; by date within each.
     */
    public List<ExportRow> export(LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT * FROM (
                            SELECT CAST(:charge AS text) AS rec, c.period AS rec_date, c.agreement_id, a.facility_id, c.kid,
                                   c.amount_ore, to_char(c.period, 'YYYY-MM') AS reference
                            FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE c.period BETWEEN :f AND :t
                            UNION ALL
                            SELECT CAST(:payment AS text), p.paid_on, p.agreement_id, a.facility_id, p.kid, p.amount_ore, p.source_reference
                            FROM payment p LEFT JOIN agreement a ON a.id = p.agreement_id WHERE p.paid_on BETWEEN :f AND :t
                            UNION ALL
                            SELECT CAST(:balance AS text), CAST(:t AS date), a.id, a.facility_id, NULL,
                                   coalesce((SELECT sum(amount_ore) FROM charge WHERE agreement_id = a.id AND period <= :t), 0)
                                   - coalesce((SELECT sum(amount_ore) FROM payment WHERE agreement_id = a.id AND paid_on <= :t), 0), NULL
                            FROM agreement a WHERE EXISTS (SELECT 1 FROM charge WHERE agreement_id = a.id AND period <= :t)
                        ) x ORDER BY CASE rec WHEN CAST(:balance AS text) THEN 1 ELSE 0 END, rec_date, rec, reference""")
                .bind("f", from).bind("t", to).bind("charge", ExportRecord.CHARGE).bind("payment", ExportRecord.PAYMENT)
                .bind("balance", ExportRecord.BALANCE)
                .list(r -> new ExportRow(r.enumOf("rec", ExportRecord.class), r.date("rec_date"), r.uuid("agreement_id"),
                        r.str("facility_id"), r.str("kid"), r.lngOr0("amount_ore"), r.str("reference")));
    }
}
