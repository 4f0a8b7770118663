package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.egenbetaling.EgenbetalingDtos.*;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ledger, arrears with ageing, repayment plans, bostøtte and the accounts export (R-PAY-2, R-PAY-4 … R-PAY-6). */
@ApplicationScoped
public class LedgerService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @ConfigProperty(name = "bta.arrears.flag-threshold-ore", defaultValue = "500000")
    long threshold;

    /** okonomi and other systems work across facilities; facility staff only at their own. */
    boolean allFacilities() {
        return user.hasRole(Roles.OKONOMI) || user.hasRole(Roles.INTEGRASJON);
    }

    String requireAccess(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<String> f = em.createNativeQuery("SELECT facility_id FROM agreement WHERE id = :a").setParameter("a", agreementId).getResultList();
        if (f.isEmpty() || !(allFacilities() || scope.worksAt(f.get(0)))) throw ProblemException.notFound("Avtalen", agreementId);
        return f.get(0);
    }

    // ---------------------------------------------------------------- R-PAY-2

    @Transactional
    public PaymentSetup setPaymentMethod(UUID agreementId, PaymentSetupRequest body) {
        requireAccess(agreementId);
        if (!Set.of("DIRECT_DEDUCTION", "STANDING_ORDER", "INVOICE").contains(body.method())) {
            throw ProblemException.invalid("method", "må være DIRECT_DEDUCTION, STANDING_ORDER eller INVOICE");
        }
        if (body.method().equals("DIRECT_DEDUCTION") && body.deductionAgreementSignedOn() == null) {
            throw ProblemException.rule(422, "r-pay-2-deduction-needs-signed-agreement", "R-PAY-2",
                    "Trekkavtale mangler", "Direkte trekk fra NAV-ytelser krever datoen trekkavtalen ble signert");
        }
        em.createNativeQuery("""
                        INSERT INTO payment_setup (agreement_id, method, deduction_agreement_signed_on, updated_by)
                        VALUES (:a, :m, CAST(:d AS date), :by)
                        ON CONFLICT (agreement_id) DO UPDATE SET method = EXCLUDED.method,
                            deduction_agreement_signed_on = EXCLUDED.deduction_agreement_signed_on, updated_at = now(),
                            updated_by = EXCLUDED.updated_by""")
                .setParameter("a", agreementId).setParameter("m", body.method())
                .setParameter("d", body.method().equals("DIRECT_DEDUCTION") ? body.deductionAgreementSignedOn() : null)
                .setParameter("by", user.describe()).executeUpdate();
        return setup(agreementId);
    }

    PaymentSetup setup(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> r = em.createNativeQuery("SELECT method, deduction_agreement_signed_on FROM payment_setup WHERE agreement_id = :a")
                .setParameter("a", agreementId).getResultList();
        return r.isEmpty() ? null : new PaymentSetup((String) r.get(0)[0], SqlValues.date(r.get(0)[1]));
    }

    // ---------------------------------------------------------------- ledger (R-PAY-4)

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ledger ledger(UUID agreementId) {
        requireAccess(agreementId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d, type, text, debit, credit, kid FROM (
                            SELECT c.period AS d, 'CHARGE' AS type, 'Egenbetaling ' || to_char(c.period, 'MM.YYYY')
                                   || CASE WHEN c.days < extract(day FROM (c.period + interval '1 month' - interval '1 day')) THEN ' (' || c.days || ' dager)' ELSE '' END AS text,
                                   c.amount_ore AS debit, 0 AS credit, c.kid, 0 AS ord, c.created_at AS at
                            FROM charge c WHERE c.agreement_id = :a
                            UNION ALL
                            SELECT p.paid_on, 'PAYMENT', 'Innbetaling (' || lower(p.channel) || ')', 0, p.amount_ore, p.kid, 1, p.registered_at
                            FROM payment p WHERE p.agreement_id = :a) x
                        ORDER BY d, ord, at""").setParameter("a", agreementId).getResultList();
        List<LedgerLine> lines = new ArrayList<>();
        long balance = 0;
        for (Object[] r : rows) {
            long debit = ((Number) r[3]).longValue(), credit = ((Number) r[4]).longValue();
            balance += debit - credit;
            lines.add(new LedgerLine(SqlValues.date(r[0]), (String) r[1], (String) r[2], debit, credit, balance, (String) r[5]));
        }
        long overdue = overdue(agreementId);
        return new Ledger(agreementId, balance, overdue, setup(agreementId), lines, plans(agreementId), benefits(agreementId),
                overdue >= threshold);
    }

    long overdue(UUID agreementId) {
        return ((Number) em.createNativeQuery("""
                        SELECT coalesce(sum(open_ore), 0) FROM charge_balance WHERE agreement_id = :a AND due_date < :today AND open_ore > 0""")
                .setParameter("a", agreementId).setParameter("today", Clocks.today(clock)).getSingleResult()).longValue();
    }

    /** R-PAY-4: arrears with age, per facility and resident; arrears never end an agreement by themselves. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Arrears arrears(String facility) {
        if (facility != null && !allFacilities() && !scope.worksAt(facility)) {
            throw ProblemException.forbidden("Du arbeider ikke ved botiltaket «" + facility + "»");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.facility_id, p.id, p.given_name || ' ' || p.family_name, u.label,
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN 1 AND 30),
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN 31 AND 60),
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN 61 AND 90),
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date > 90),
                               sum(b.open_ore),
                               EXISTS (SELECT 1 FROM repayment_plan r WHERE r.agreement_id = a.id)
                        FROM charge_balance b JOIN agreement a ON a.id = b.agreement_id JOIN person p ON p.id = a.person_id
                        JOIN unit u ON u.id = a.unit_id
                        WHERE b.open_ore > 0 AND b.due_date < :today
                          AND (:all = true OR a.facility_id IN (:ids))
                          AND (CAST(:f AS text) IS NULL OR a.facility_id = CAST(:f AS text))
                        GROUP BY a.id, a.facility_id, p.id, p.given_name, p.family_name, u.label
                        ORDER BY sum(b.open_ore) DESC""")
                .setParameter("today", Clocks.today(clock)).setParameter("all", allFacilities())
                .setParameter("ids", scope.facilityIds()).setParameter("f", facility).getResultList();
        List<ArrearsRow> items = rows.stream().map(r -> new ArrearsRow((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[9]) >= threshold, (Boolean) r[10])).toList();
        return new Arrears(items, items.stream().mapToLong(ArrearsRow::days0to30Ore).sum(),
                items.stream().mapToLong(ArrearsRow::days31to60Ore).sum(), items.stream().mapToLong(ArrearsRow::days61to90Ore).sum(),
                items.stream().mapToLong(ArrearsRow::over90Ore).sum(), items.stream().mapToLong(ArrearsRow::totalOre).sum(), threshold);
    }

    // ---------------------------------------------------------------- repayment plans and bostøtte

    @Transactional
    public RepaymentPlan createPlan(UUID agreementId, RepaymentPlanRequest body) {
        requireAccess(agreementId);
        if (!(user.hasRole(Roles.FAGLEDER) || user.hasRole(Roles.OKONOMI))) {
            throw ProblemException.forbidden("Nedbetalingsplan settes opp av fagleder eller økonomi");
        }
        long debt = overdue(agreementId);
        if (debt <= 0) throw ProblemException.rule(422, "no-arrears", "R-PAY-4", "Ingen restanse", "Avtalen har ingen forfalt restanse å betale ned");
        if ((long) body.instalmentOre() * body.instalments() < debt) {
            throw ProblemException.invalid("instalments", "planen dekker " + (body.instalmentOre() * body.instalments())
                    + " øre, restansen er " + debt + " øre");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO repayment_plan (id, agreement_id, debt_ore, start_date, instalment_ore, instalments, created_by)
                        VALUES (:id, :a, :d, :s, :i, :n, :by)""")
                .setParameter("id", id).setParameter("a", agreementId).setParameter("d", debt).setParameter("s", body.startDate())
                .setParameter("i", body.instalmentOre()).setParameter("n", body.instalments()).setParameter("by", user.describe())
                .executeUpdate();
        return plans(agreementId).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A plan's state from the payments: what was paid since the start beyond the charges that fell due
     * since then counts towards the plan; ON_TRACK while that keeps up with the instalments due so far.
     */
    List<RepaymentPlan> plans(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, debt_ore, start_date, instalment_ore, instalments, created_at, created_by
                        FROM repayment_plan WHERE agreement_id = :a ORDER BY created_at""").setParameter("a", agreementId).getResultList();
        LocalDate today = Clocks.today(clock);
        long overdueNow = overdue(agreementId);
        List<RepaymentPlan> out = new ArrayList<>();
        for (Object[] r : rows) {
            LocalDate start = SqlValues.date(r[2]);
            long debt = n(r[1]), instalment = n(r[3]);
            int count = ((Number) r[4]).intValue();
            long paid = n(em.createNativeQuery("SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE agreement_id = :a AND paid_on >= :s")
                    .setParameter("a", agreementId).setParameter("s", start).getSingleResult());
            long due = n(em.createNativeQuery("SELECT coalesce(sum(amount_ore), 0) FROM charge WHERE agreement_id = :a AND due_date >= :s AND due_date <= :t")
                    .setParameter("a", agreementId).setParameter("s", start).setParameter("t", today).getSingleResult());
            long towards = Math.max(0, paid - due);
            long monthsDue = today.isBefore(start) ? 0 : Math.min(count, ChronoUnit.MONTHS.between(start, today) + 1);
            long expected = Math.min(debt, monthsDue * instalment);
            String state = overdueNow == 0 || towards >= debt ? "COMPLETED" : towards >= expected ? "ON_TRACK" : "BEHIND";
            out.add(new RepaymentPlan((UUID) r[0], debt, start, instalment, count, state, towards, expected,
                    SqlValues.instant(r[5]), (String) r[6]));
        }
        return out;
    }

    @Transactional
    public HousingBenefit recordBenefit(UUID agreementId, HousingBenefitRequest body) {
        requireAccess(agreementId);
        if (!Set.of("APPLIED", "GRANTED", "REFUSED").contains(body.status())) {
            throw ProblemException.invalid("status", "må være APPLIED, GRANTED eller REFUSED");
        }
        if (body.status().equals("GRANTED") && (body.amountOre() == null || body.fromDate() == null)) {
            throw ProblemException.invalid(body.amountOre() == null ? "amountOre" : "fromDate", "må fylles ut når bostøtte er innvilget");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        INSERT INTO housing_benefit (id, agreement_id, status, applied_on, amount_ore, from_date, to_date, updated_by)
                        VALUES (:id, :a, :s, :ap, CAST(:amt AS bigint), CAST(:f AS date), CAST(:t AS date), :by)""")
                .setParameter("id", id).setParameter("a", agreementId).setParameter("s", body.status())
                .setParameter("ap", body.appliedOn()).setParameter("amt", body.amountOre()).setParameter("f", body.fromDate())
                .setParameter("t", body.toDate()).setParameter("by", user.describe()).executeUpdate();
        return benefits(agreementId).stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    List<HousingBenefit> benefits(UUID agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, status, applied_on, amount_ore, from_date, to_date FROM housing_benefit
                        WHERE agreement_id = :a ORDER BY applied_on, updated_at""").setParameter("a", agreementId).getResultList();
        return rows.stream().map(r -> new HousingBenefit((UUID) r[0], (String) r[1], SqlValues.date(r[2]),
                r[3] == null ? null : n(r[3]), SqlValues.date(r[4]), SqlValues.date(r[5]))).toList();
    }

    // ---------------------------------------------------------------- export (R-PAY-6)

    public record ExportRow(String record, LocalDate date, UUID agreementId, String facilityId, String kid, long amountOre,
                            String reference) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportRow> export(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) throw ProblemException.badRequest("to", "kan ikke være før from");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT * FROM (
                            SELECT 'CHARGE' AS rec, c.period AS d, c.agreement_id, a.facility_id, c.kid, c.amount_ore, to_char(c.period, 'YYYY-MM') AS ref
                            FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE c.period BETWEEN :f AND :t
                            UNION ALL
                            SELECT 'PAYMENT', p.paid_on, p.agreement_id, a.facility_id, p.kid, p.amount_ore, p.source_reference
                            FROM payment p LEFT JOIN agreement a ON a.id = p.agreement_id WHERE p.paid_on BETWEEN :f AND :t
                            UNION ALL
                            SELECT 'BALANCE', CAST(:t AS date), a.id, a.facility_id, NULL,
                                   coalesce((SELECT sum(amount_ore) FROM charge WHERE agreement_id = a.id AND period <= :t), 0)
                                   - coalesce((SELECT sum(amount_ore) FROM payment WHERE agreement_id = a.id AND paid_on <= :t), 0), NULL
                            FROM agreement a WHERE EXISTS (SELECT 1 FROM charge WHERE agreement_id = a.id AND period <= :t)
                        ) x ORDER BY CASE rec WHEN 'BALANCE' THEN 1 ELSE 0 END, d, rec, ref""")
                .setParameter("f", from).setParameter("t", to).getResultList();
        return rows.stream().map(r -> new ExportRow((String) r[0], SqlValues.date(r[1]), (UUID) r[2], (String) r[3], (String) r[4],
                n(r[5]), (String) r[6])).toList();
    }

    public static String csv(List<ExportRow> rows) {
        StringBuilder sb = new StringBuilder("record;date;agreement_id;facility_id;kid;amount_ore;reference\n");
        for (ExportRow r : rows) {
            sb.append(r.record()).append(';').append(r.date()).append(';').append(r.agreementId() == null ? "" : r.agreementId())
                    .append(';').append(r.facilityId() == null ? "" : r.facilityId()).append(';').append(r.kid() == null ? "" : r.kid())
                    .append(';').append(r.amountOre()).append(';').append(r.reference() == null ? "" : r.reference().replace(";", ","))
                    .append('\n');
        }
        return sb.toString();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
