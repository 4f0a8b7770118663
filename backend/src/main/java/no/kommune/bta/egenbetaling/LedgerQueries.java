package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ClosedPeriod;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.ExportRow;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.FacilityDimensions;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.HousingBenefit;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.PaymentSetup;
import no.kommune.bta.security.StaffName;

/**
 * An agreement's ledger and what hangs on it: payment method (payment_setup), repayment plans,
 * bostøtte (housing_benefit); and the accounts export.
 */
@ApplicationScoped
public class LedgerQueries {

    @Inject
    EntityManager em;

    /** One line on the ledger, oldest first; the text is composed in {@link EgenbetalingTexts}. */
    public record Entry(LocalDate date, LedgerLineType type, LocalDate period, int days, ChargeCause cause, PaymentChannel channel,
                        long debitOre, long creditOre, String kid) {
    }

    /** A repayment plan as stored. */
    public record PlanRow(UUID id, long debtOre, LocalDate startDate, long instalmentOre, int instalments, Instant createdAt,
                          @StaffName String createdBy) {
    }

    /** The agreement's facility and resident, for the access check. */
    /** Whose the agreement is: the facility and the resident, with the resident's name. */
    public record Parties(String facilityId, UUID personId, String personName) {
    }

    public Optional<Parties> partiesOf(UUID agreementId) {
        return Sql.of(em, """
                        SELECT a.facility_id, a.person_id, p.given_name || ' ' || p.family_name AS person_name
                        FROM agreement a JOIN person p ON p.id = a.person_id WHERE a.id = :a""").bind("a", agreementId)
                .first(r -> new Parties(r.str("facility_id"), r.uuid("person_id"), r.str("person_name")));
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

    /**
     * Charge lines, payments and refunds on the agreement by date (a month's charge on the month's first day,
     * a correction on the day it was booked); on one day charges before payments, then as registered, then by id (a
     * stable order, so that two lines registered together never swap between the ledger's pages).
     */
    public List<Entry> entries(UUID agreementId) {
        return Sql.of(em, """
                        SELECT entry_date, entry_type, period, days, cause, channel, debit_ore, credit_ore, kid FROM (
                            SELECT CASE c.kind WHEN 'CHARGE' THEN c.period ELSE c.booked_on END AS entry_date, c.kind AS entry_type,
                                   c.period, c.days, c.cause, CAST(NULL AS text) AS channel, greatest(c.amount_ore, 0) AS debit_ore,
                                   greatest(-c.amount_ore, 0) AS credit_ore, c.kid, 0 AS ord, c.created_at AS at, c.id
                            FROM charge c WHERE c.agreement_id = :a
                            UNION ALL
                            SELECT p.paid_on, CAST(:payment AS text), NULL, 0, NULL, p.channel, 0, p.amount_ore, p.kid, 1, p.registered_at, p.id
                            FROM payment p WHERE p.agreement_id = :a
                            UNION ALL
                            SELECT r.refunded_on, CAST(:refund AS text), NULL, 0, NULL, NULL, r.amount_ore, 0, NULL, 2, r.registered_at, r.id
                            FROM credit_refund r WHERE r.agreement_id = :a) x
                        ORDER BY entry_date, ord, at, id""")
                .bind("a", agreementId).bind("payment", LedgerLineType.PAYMENT).bind("refund", LedgerLineType.REFUND)
                .list(r -> new Entry(r.date("entry_date"), r.enumOf("entry_type", LedgerLineType.class), r.date("period"),
                        r.intOr0("days"), r.enumOf("cause", ChargeCause.class), r.enumOf("channel", PaymentChannel.class),
                        r.lngOr0("debit_ore"), r.lngOr0("credit_ore"), r.str("kid")));
    }

    /** The agreement's balance: positive is owed by the resident, negative is credit owed to the resident (R-PAY-8). */
    public long balance(UUID agreementId) {
        return Sql.of(em, "SELECT balance_ore FROM agreement_balance WHERE agreement_id = :a").bind("a", agreementId).number();
    }

    /** The agreement's deposit and whether it has ended (moved out, voided or ended otherwise). */
    public record DepositAndEnd(Long depositOre, LocalDate paidOn, LocalDate returnedOn, Long withheldOre, String withheldReason,
                                LocalDate endedOn) {
    }

    public DepositAndEnd depositAndEnd(UUID agreementId) {
        return Sql.of(em, """
                        SELECT deposit_ore, deposit_paid_on, deposit_returned_on, deposit_withheld_ore, deposit_withheld_reason, ended_on
                        FROM agreement WHERE id = :a""")
                .bind("a", agreementId)
                .first(r -> new DepositAndEnd(r.lng("deposit_ore"), r.date("deposit_paid_on"), r.date("deposit_returned_on"),
                        r.lng("deposit_withheld_ore"), r.str("deposit_withheld_reason"), r.date("ended_on")))
                .orElseThrow();
    }

    /** A credit paid back to the resident, booked in its month or the first open one (R-PAY-8). */
    public void insertRefund(UUID id, UUID agreementId, long amountOre, LocalDate refundedOn, String reference, String by) {
        Sql.of(em, """
                        INSERT INTO credit_refund (id, agreement_id, amount_ore, refunded_on, reference, booked_period, registered_by)
                        VALUES (:id, :a, :amount, :on, CAST(:ref AS text),
                                booked_month(CAST(:on AS date)), :by)""")
                .bind("id", id).bind("a", agreementId).bind("amount", amountOre).bind("on", refundedOn).bind("ref", reference)
                .bind("by", by).execute();
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
     * Every line booked in the accounting months from {@code from} to {@code to} (charges and corrections,
     * payments, refunds: each in the month it is booked in, which is the first open month when its own was
     * closed), then every charged agreement's balance of what is booked up to {@code to}; each row with the
     * accounting dimensions of its facility (the defaults where a facility has none of its own).
     */
    public List<ExportRow> export(LocalDate from, LocalDate to, Dimensions defaults) {
        return Sql.of(em, """
                        SELECT x.rec, x.rec_date, x.booked_period, x.agreement_id, x.facility_id, x.kid, x.amount_ore, x.reference,
                               coalesce(d.art, :art) AS art, coalesce(d.ansvar, :ansvar) AS ansvar,
                               coalesce(d.funksjon, :funksjon) AS funksjon
                        FROM (
                            SELECT c.kind AS rec, CASE c.kind WHEN 'CHARGE' THEN c.period ELSE c.booked_on END AS rec_date,
                                   c.booked_period, c.agreement_id, a.facility_id, c.kid, c.amount_ore,
                                   to_char(c.period, 'YYYY-MM') AS reference
                            FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE c.booked_period BETWEEN :fm AND :t
                            UNION ALL
                            SELECT CAST(:payment AS text), p.paid_on, p.booked_period, p.agreement_id, a.facility_id, p.kid, p.amount_ore,
                                   p.source_reference
                            FROM payment p LEFT JOIN agreement a ON a.id = p.agreement_id WHERE p.booked_period BETWEEN :fm AND :t
                            UNION ALL
                            SELECT CAST(:refund AS text), r.refunded_on, r.booked_period, r.agreement_id, a.facility_id, NULL, r.amount_ore,
                                   r.reference
                            FROM credit_refund r JOIN agreement a ON a.id = r.agreement_id WHERE r.booked_period BETWEEN :fm AND :t
                            UNION ALL
                            SELECT CAST(:balance AS text), CAST(:t AS date), CAST(date_trunc('month', CAST(:t AS date)) AS date), a.id,
                                   a.facility_id, NULL,
                                   coalesce((SELECT sum(amount_ore) FROM charge WHERE agreement_id = a.id AND booked_period <= :t), 0)
                                   - coalesce((SELECT sum(amount_ore) FROM payment WHERE agreement_id = a.id AND booked_period <= :t), 0)
                                   + coalesce((SELECT sum(amount_ore) FROM credit_refund WHERE agreement_id = a.id AND booked_period <= :t), 0),
                                   NULL
                            FROM agreement a WHERE EXISTS (SELECT 1 FROM charge WHERE agreement_id = a.id AND booked_period <= :t)
                        ) x LEFT JOIN accounting_dimensions d ON d.facility_id = x.facility_id
                        ORDER BY CASE x.rec WHEN CAST(:balance AS text) THEN 1 ELSE 0 END, x.rec_date, x.rec, x.reference""")
                .bind("fm", from.withDayOfMonth(1)).bind("t", to).bind("payment", ExportRecord.PAYMENT)
                .bind("refund", ExportRecord.REFUND).bind("balance", ExportRecord.BALANCE)
                .bind("art", defaults.art()).bind("ansvar", defaults.ansvar()).bind("funksjon", defaults.funksjon())
                .list(r -> new ExportRow(r.enumOf("rec", ExportRecord.class), r.date("rec_date"), YearMonth.from(r.date("booked_period")).toString(),
                        r.uuid("agreement_id"), r.str("facility_id"), r.str("kid"), r.lngOr0("amount_ore"), r.str("reference"),
                        r.str("art"), r.str("ansvar"), r.str("funksjon")));
    }

    // ---------------------------------------------------------------- accounting periods and dimensions (R-PAY-6)

    /** The municipality's accounting dimensions for a facility's lines. */
    public record Dimensions(String art, String ansvar, String funksjon) {
    }

    /** The last closed accounting month (its first day), if any month is closed. */
    public Optional<LocalDate> closedThrough() {
        return Sql.of(em, "SELECT max(closed_through) AS closed_through FROM accounting_close")
                .first(r -> r.date("closed_through"));
    }

    /** The closings, newest first. */
    public List<ClosedPeriod> closings() {
        return Sql.of(em, "SELECT closed_through, closed_at, closed_by FROM accounting_close ORDER BY closed_through DESC")
                .list(r -> new ClosedPeriod(r.date("closed_through").toString().substring(0, 7), r.instant("closed_at"),
                        r.str("closed_by")));
    }

    public void close(LocalDate through, String by) {
        Sql.of(em, "INSERT INTO accounting_close (closed_through, closed_by) VALUES (:t, :by)").bind("t", through).bind("by", by)
                .execute();
    }

    /** Serialises closings: one at a time. */
    public void lockClosings() {
        Sql.of(em, "LOCK TABLE accounting_close IN SHARE ROW EXCLUSIVE MODE").execute();
    }

    private static final String DIMENSIONS = """
            SELECT f.id AS facility_id, f.name AS facility_name, d.art, d.ansvar, d.funksjon, d.facility_id IS NOT NULL AS own
            FROM facility f LEFT JOIN accounting_dimensions d ON d.facility_id = f.id""";

    /** One page of the facilities by name, each with its own dimensions or the defaults. */
    public List<FacilityDimensions> dimensions(Dimensions defaults, int size, int offset) {
        return Sql.of(em, DIMENSIONS + " ORDER BY f.name, f.id LIMIT :size OFFSET :offset").bind("size", size).bind("offset", offset)
                .list(r -> dimensions(r, defaults));
    }

    /** One facility's dimensions, its own or the defaults. */
    public Optional<FacilityDimensions> dimensionsOf(String facilityId, Dimensions defaults) {
        return Sql.of(em, DIMENSIONS + " WHERE f.id = :f").bind("f", facilityId).first(r -> dimensions(r, defaults));
    }

    public long countFacilities() {
        return Sql.of(em, "SELECT count(*) FROM facility").number();
    }

    private static FacilityDimensions dimensions(Row r, Dimensions defaults) {
        return r.isTrue("own")
                        ? new FacilityDimensions(r.str("facility_id"), r.str("facility_name"), r.str("art"), r.str("ansvar"),
                        r.str("funksjon"), false)
                        : new FacilityDimensions(r.str("facility_id"), r.str("facility_name"), defaults.art(), defaults.ansvar(),
                        defaults.funksjon(), true);
    }

    public boolean facilityExists(String facilityId) {
        return Sql.of(em, "SELECT 1 FROM facility WHERE id = :f").bind("f", facilityId).exists();
    }

    public void saveDimensions(String facilityId, Dimensions d, String by) {
        Sql.of(em, """
                        INSERT INTO accounting_dimensions (facility_id, art, ansvar, funksjon, updated_by) VALUES (:f, :art, :ansvar, :funksjon, :by)
                        ON CONFLICT (facility_id) DO UPDATE SET art = EXCLUDED.art, ansvar = EXCLUDED.ansvar, funksjon = EXCLUDED.funksjon,
                            updated_at = now(), updated_by = EXCLUDED.updated_by""")
                .bind("f", facilityId).bind("art", d.art()).bind("ansvar", d.ansvar()).bind("funksjon", d.funksjon()).bind("by", by)
                .execute();
    }

    /** R-ACC-5, called by retention: the free-text reference of a person's refunds (an account, a name) is cleared. */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, """
                        UPDATE credit_refund SET reference = NULL
                        WHERE agreement_id IN (SELECT id FROM agreement WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
    }
}
