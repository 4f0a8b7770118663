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
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.egenbetaling.ClerkDtos.Account;
import no.kommune.bta.egenbetaling.ClerkDtos.NavDeduction;

/**
 * The clerk's desk (okonomi): finding any agreement's account, the month's lines per payment method for
 * invoices and the NAV deduction list, and the standing-order letter's record (R-PAY-2, R-PAY-3).
 */
@ApplicationScoped
public class ClerkQueries {

    /**
     * The issued charge line of a month, the one whose KID is printed. Every read of a charge's KID or due date
     * here goes through it; when charge lines get a kind (corrections, R-PAY-7), this becomes
     * {@code c.kind = 'CHARGE'}.
     */
    static final String ISSUED_CHARGE = "c.kind = 'CHARGE'";

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- finding an account

    /** The accounts searched: every agreement with its resident, facility and unit; {@link #accountFilters} narrow it. */
    private static final String ACCOUNTS = """
            FROM agreement a JOIN person p ON p.id = a.person_id JOIN facility f ON f.id = a.facility_id
            JOIN unit u ON u.id = a.unit_id
            WHERE TRUE""";

    /**
     * The search's filter: a part of the name, unit label or facility (any case), or a KID of the agreement, exactly;
     * and one facility. Each is in the statement only when asked for ({@link Filters}).
     */
    private static Filters accountFilters(String q, String facility) {
        String like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Filters().given(facility, "a.facility_id = :facility", "facility")
                .when(q != null, """
                        p.given_name || ' ' || p.family_name ILIKE :like OR p.family_name || ' ' || p.given_name ILIKE :like
                        OR u.label ILIKE :like OR f.name ILIKE :like OR f.id = lower(:q)
                        OR EXISTS (SELECT 1 FROM charge k WHERE k.agreement_id = a.id AND k.kid = :q)""", "q", q, "like", like);
    }

    /**
     * The balance of each agreement in the CTE {@code found} (column agreement_id), as one set, read from the one
     * balance definition (views agreement_balance and charge_balance, R-PAY-8): the balance, and what of the lines
     * fallen due before {@code :today} is not covered. The view charge_balance is read per agreement (LATERAL), so that
     * only the page's agreements are worked out, not every agreement's months.
     */
    static String accountBalances() {
        return """
                SELECT x.agreement_id, coalesce(ab.balance_ore, 0) AS balance_ore, coalesce(cb.overdue_ore, 0) AS overdue_ore
                FROM found x
                LEFT JOIN agreement_balance ab ON ab.agreement_id = x.agreement_id
                LEFT JOIN LATERAL (SELECT sum(b.open_ore) AS overdue_ore FROM charge_balance b
                                   WHERE b.agreement_id = x.agreement_id AND b.due_date < :today) cb ON true""";
    }

    /** One page of the accounts the search finds, by the resident's family and given name, newest agreement first. */
    public List<Account> accounts(String q, String facility, LocalDate today, int size, int offset) {
        Filters filters = accountFilters(q, facility);
        return filters.bindTo(Sql.of(em, """
                        WITH found AS (
                            SELECT a.id AS agreement_id, a.person_id, p.given_name || ' ' || p.family_name AS person_name,
                                   a.facility_id, f.name AS facility_name, u.label AS unit_label,
                                   lower(p.family_name) AS k1, lower(p.given_name) AS k2, a.start_date AS k3
                            """ + ACCOUNTS + filters.and() + "\n" + """
                            ORDER BY k1, k2, k3 DESC, a.id
                            LIMIT :size OFFSET :offset),
                        balance AS (""" + accountBalances() + """
                        )
                        SELECT found.*, s.status, ps.method, sol.first_produced_at AS letter_at, b.balance_ore, b.overdue_ore
                        FROM found JOIN agreement_state s ON s.agreement_id = found.agreement_id
                        LEFT JOIN payment_setup ps ON ps.agreement_id = found.agreement_id
                        LEFT JOIN standing_order_letter sol ON sol.agreement_id = found.agreement_id
                        LEFT JOIN balance b ON b.agreement_id = found.agreement_id
                        ORDER BY k1, k2, k3 DESC, found.agreement_id"""))
                .bind("today", today).bind("size", size).bind("offset", offset)
                .list(r -> new Account(r.uuid("agreement_id"), r.uuid("person_id"), r.str("person_name"), r.str("facility_id"),
                        r.str("facility_name"), r.str("unit_label"), r.enumOf("status", AgreementStatus.class),
                        r.enumOf("method", PaymentMethod.class), r.lngOr0("balance_ore"), r.lngOr0("overdue_ore"),
                        r.instant("letter_at")));
    }

    public long countAccounts(String q, String facility) {
        Filters filters = accountFilters(q, facility);
        return filters.bindTo(Sql.of(em, "SELECT count(*) " + ACCOUNTS + filters.and())).number();
    }

    // ---------------------------------------------------------------- the month's lines by payment method

    /** The month's lines of one agreement summed, with the issued charge's KID and due date, and whose they are. */
    public record MonthLine(UUID agreementId, UUID personId, String personName, LocalDate birthDate, String facilityId,
                            String facilityName, String facilityAddress, String unitLabel, YearMonth period, long amountOre,
                            String kid, LocalDate dueDate, PaymentMethod method, LocalDate deductionAgreementSignedOn) {
    }

    /**
     * What each agreement paying by {@code method} owes for the month: the sum of the month's lines (the charge and
     * any corrections), with the KID and due date of the issued charge; only where something is owed. Just the one
     * agreement when {@code agreementId} is given (then whatever its method).
     */
    public List<MonthLine> monthLines(YearMonth month, PaymentMethod method, UUID agreementId) {
        // one agreement (whatever its method), or every agreement paying by the method: two statements, each planned once
        Filters charges = new Filters().given(agreementId, "c.agreement_id = :a", "a");
        Filters lines = new Filters().given(agreementId == null ? method : null, "ps.method = :method", "method");
        Sql sql = lines.bindTo(charges.bindTo(Sql.of(em, """
                        SELECT a.id AS agreement_id, a.person_id, p.given_name || ' ' || p.family_name AS person_name, p.birth_date,
                               a.facility_id, f.name AS facility_name, f.address AS facility_address, u.label AS unit_label,
                               m.amount_ore, m.kid, m.due_date, ps.method, ps.deduction_agreement_signed_on
                        FROM (SELECT c.agreement_id, sum(c.amount_ore) AS amount_ore,
                                     max(c.kid) FILTER (WHERE""" + " " + ISSUED_CHARGE + """
                        ) AS kid,
                                     max(c.due_date) FILTER (WHERE""" + " " + ISSUED_CHARGE + """
                        ) AS due_date
                              FROM charge c
                              WHERE c.period = :period""" + charges.and() + """

                              GROUP BY c.agreement_id) m
                        JOIN agreement a ON a.id = m.agreement_id JOIN person p ON p.id = a.person_id
                        JOIN facility f ON f.id = a.facility_id JOIN unit u ON u.id = a.unit_id
                        LEFT JOIN payment_setup ps ON ps.agreement_id = a.id
                        WHERE m.kid IS NOT NULL AND m.amount_ore > 0""" + lines.and() + """

                        ORDER BY f.name, u.label, lower(p.family_name), lower(p.given_name), a.id""")))
                .bind("period", month.atDay(1));
        return sql.list(r -> new MonthLine(r.uuid("agreement_id"), r.uuid("person_id"), r.str("person_name"), r.date("birth_date"),
                        r.str("facility_id"), r.str("facility_name"), r.str("facility_address"), r.str("unit_label"), month,
                        r.lngOr0("amount_ore"), r.str("kid"), r.date("due_date"), r.enumOf("method", PaymentMethod.class),
                        r.date("deduction_agreement_signed_on")));
    }

    /** The month's list for NAV: residents paying by deduction from their benefits, each with what to deduct. */
    public List<NavDeduction> navDeductions(YearMonth month) {
        return monthLines(month, PaymentMethod.DIRECT_DEDUCTION, null).stream()
                .map(l -> new NavDeduction(l.agreementId(), l.personId(), l.personName(), l.birthDate(), l.facilityId(),
                        l.unitLabel(), month.toString(), l.amountOre(), l.kid(), l.dueDate(), l.deductionAgreementSignedOn()))
                .toList();
    }

    // ---------------------------------------------------------------- one agreement

    /** The agreement's resident and place, its payment method and fee in force, for a letter. */
    public record LetterFacts(UUID agreementId, UUID personId, String personName, String facilityName, String facilityAddress,
                              String unitLabel, PaymentMethod method, long feeOre) {
    }

    public Optional<LetterFacts> letterFacts(UUID agreementId, LocalDate today) {
        return Sql.of(em, """
                        SELECT a.id AS agreement_id, a.person_id, p.given_name || ' ' || p.family_name AS person_name,
                               f.name AS facility_name, f.address AS facility_address, u.label AS unit_label, ps.method,
                               coalesce((SELECT fee.monthly_fee_ore FROM agreement_fee fee
                                         WHERE fee.agreement_id = a.id AND fee.effective_from <= :today
                                         ORDER BY fee.effective_from DESC LIMIT 1), a.monthly_fee_ore) AS fee_ore
                        FROM agreement a JOIN person p ON p.id = a.person_id JOIN facility f ON f.id = a.facility_id
                        JOIN unit u ON u.id = a.unit_id LEFT JOIN payment_setup ps ON ps.agreement_id = a.id
                        WHERE a.id = :a""")
                .bind("a", agreementId).bind("today", today)
                .first(r -> new LetterFacts(r.uuid("agreement_id"), r.uuid("person_id"), r.str("person_name"),
                        r.str("facility_name"), r.str("facility_address"), r.str("unit_label"),
                        r.enumOf("method", PaymentMethod.class), r.lngOr0("fee_ore")));
    }

    /** The KID of the agreement's first issued charge: any of its KIDs finds the agreement, this one never changes. */
    public Optional<String> firstKid(UUID agreementId) {
        return Sql.of(em, "SELECT c.kid FROM charge c WHERE c.agreement_id = :a AND " + ISSUED_CHARGE
                        + " ORDER BY c.period, c.created_at LIMIT 1")
                .bind("a", agreementId).first(r -> r.str("kid"));
    }

    // ---------------------------------------------------------------- the standing-order letter (R-PAY-2)

    /** When the letter was first produced and with which KID; empty before. */
    public record LetterSent(String kid, Instant at, String by) {
    }

    public Optional<LetterSent> standingOrderLetter(UUID agreementId) {
        return Sql.of(em, "SELECT kid, first_produced_at, first_produced_by FROM standing_order_letter WHERE agreement_id = :a")
                .bind("a", agreementId).first(r -> new LetterSent(r.str("kid"), r.instant("first_produced_at"),
                        r.str("first_produced_by")));
    }

    /** Records the first time the letter is produced; a later time keeps the first. */
    public void recordStandingOrderLetter(UUID agreementId, String kid, String by) {
        Sql.of(em, """
                        INSERT INTO standing_order_letter (agreement_id, kid, first_produced_by) VALUES (:a, :kid, :by)
                        ON CONFLICT (agreement_id) DO NOTHING""")
                .bind("a", agreementId).bind("kid", kid).bind("by", by).execute();
    }
}
