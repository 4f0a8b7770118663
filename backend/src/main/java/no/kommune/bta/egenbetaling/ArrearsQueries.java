package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sorting;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.security.AccessScope;

/**
 * Arrears, the one read model of what is overdue (R-PAY-4): the open part of every charge whose due
 * date has passed, from the view charge_balance. Other features that need an agreement's arrears
 * (sanctions, the daily overview) read them here.
 * <p>
 * The view works out each agreement's open months from all its charges and payments (a window over the agreement's
 * months), so a filter on the agreement is only pushed into it through a LATERAL join on the agreement id: a list
 * that is limited to some agreements (one facility, the caller's facilities) picks those agreements first and reads
 * each one's charges and payments through the indexes on agreement_id. Only the list over every facility reads
 * every charge and payment, once, grouped.
 */
@ApplicationScoped
public class ArrearsQueries {

    @Inject
    EntityManager em;

    /** One agreement's overdue arrears by age, with whose they are. */
    public record AgreementArrears(UUID agreementId, String facilityId, UUID personId, String personName, String unitLabel,
                                   long days0to30Ore, long days31to60Ore, long days61to90Ore, long over90Ore, long totalOre,
                                   boolean hasRepaymentPlan) {
    }

    /** One page of the agreements in arrears, and the count and sums by age over all of them (not only the page). */
    public record ArrearsPage(List<AgreementArrears> items, long totalItems, long days0to30Ore, long days31to60Ore,
                              long days61to90Ore, long over90Ore, long totalOre) {
    }

    /** What is overdue on the agreement today: 0 when nothing is. */
    public long overdueOre(UUID agreementId, LocalDate today) {
        return Sql.of(em, """
                        SELECT coalesce(sum(open_ore), 0) FROM charge_balance
                        WHERE agreement_id = :a AND due_date < :today AND open_ore > 0""")
                .bind("a", agreementId).bind("today", today).number();
    }

    /** The overdue open amounts of the charge lines {@code b} summed by age (R-PAY-4) and in all. */
    private static final String BY_AGE = """
            sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a1_first AND :a1_last) AS age1_ore,
            sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a2_first AND :a2_last) AS age2_ore,
            sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a3_first AND :a3_last) AS age3_ore,
            sum(b.open_ore) FILTER (WHERE :today - b.due_date >= :a4_first) AS age4_ore,
            sum(b.open_ore) AS total_ore""";

    /** The sums of {@link #BY_AGE} as read from its subquery {@code x}. */
    private static final String AGES = "x.age1_ore, x.age2_ore, x.age3_ore, x.age4_ore, x.total_ore";

    /** Every agreement in arrears at every facility: all charges and payments read once and grouped by agreement. */
    private static final String EVERY_AGREEMENT = """
            SELECT a.id AS agreement_id, a.facility_id, a.person_id, a.unit_id, %s
            FROM (SELECT b.agreement_id, %s
                  FROM charge_balance b WHERE b.due_date < :today AND b.open_ore > 0
                  GROUP BY b.agreement_id) x
            JOIN agreement a ON a.id = x.agreement_id""".formatted(AGES, BY_AGE);

    /**
     * The agreements that pass a filter over agreement {@code a} (put in for {@code %s}) and are in arrears: the
     * agreements first, then each one's arrears, the agreement id pushed into the view. Only the agreements whose
     * balance is above nothing have their months worked out: a month's lines never add up below zero (a correction
     * brings a month to its new amount, R-PAY-7), so what is open over all of an agreement's months is what they came
     * to less what was paid, and nothing is overdue where that is not above zero. The balance is one kept row (V43); at
     * national scale 9 of one facility's 59 agreements are read month by month instead of all of them.
     */
    private static final String CHOSEN_AGREEMENTS = """
            SELECT a.id AS agreement_id, a.facility_id, a.person_id, a.unit_id, %s
            FROM agreement a
            JOIN agreement_balance ab ON ab.agreement_id = a.id AND ab.balance_ore > 0
            CROSS JOIN LATERAL (
                SELECT %s
                FROM charge_balance b WHERE b.agreement_id = a.id AND b.due_date < :today AND b.open_ore > 0) x
            WHERE x.total_ore > 0 AND %%s""".formatted(AGES, BY_AGE);

    /**
     * The agreements in arrears: at every facility ({@code allFacilities}) or where the caller sees the resident as
     * facility staff, and only at {@code facility} when it is not null.
     */
    private static String inArrears(boolean allFacilities, String facility) {
        return inArrears(allFacilities, facility, PersonMatch.NONE);
    }

    /** As {@link #inArrears(boolean, String)}, of the residents {@code match} finds only (when it has a pattern). */
    private static String inArrears(boolean allFacilities, String facility, PersonMatch match) {
        String whose = match.pattern() == null ? ""
                : "a.person_id IN (SELECT p.id FROM person p WHERE " + match.condition() + ")";
        if (allFacilities && facility == null) return EVERY_AGREEMENT + (whose.isEmpty() ? "" : "\nWHERE " + whose);
        String filter = facility == null ? "true" : "a.facility_id = :f";
        if (!whose.isEmpty()) filter += " AND " + whose;
        if (!allFacilities) {
            // the caller's facilities spelt out, so that the agreements come from the index on facility_id
            filter += " AND a.facility_id IN (:staff_at) AND " + AccessScope.atFacility("a.person_id", "a.facility_id");
        }
        return CHOSEN_AGREEMENTS.formatted(filter);
    }

    private Sql bound(String sql, LocalDate today, boolean allFacilities, AccessScope scope, String facility) {
        return bound(sql, today, allFacilities, scope, facility, PersonMatch.NONE);
    }

    private Sql bound(String sql, LocalDate today, boolean allFacilities, AccessScope scope, String facility,
                      PersonMatch match) {
        Sql q = Sql.of(em, sql).bind("today", today)
                .bind("a1_first", ArrearsAge.DAYS_0_TO_30.firstDay).bind("a1_last", ArrearsAge.DAYS_0_TO_30.lastDay)
                .bind("a2_first", ArrearsAge.DAYS_31_TO_60.firstDay).bind("a2_last", ArrearsAge.DAYS_31_TO_60.lastDay)
                .bind("a3_first", ArrearsAge.DAYS_61_TO_90.firstDay).bind("a3_last", ArrearsAge.DAYS_61_TO_90.lastDay)
                .bind("a4_first", ArrearsAge.OVER_90.firstDay);
        if (facility != null) q.bind("f", facility);
        if (match.pattern() != null) q.bind("person_match", match.pattern());
        if (!allFacilities) scope.bindTo(q.bind("staff_at", scope.facilities()));
        return q;
    }

    /** Whose the arrears in {@code c} are (name, unit, whether a repayment plan exists), from {@code chosen}. */
    private static final String WHOSE = """
            SELECT c.ord, c.agreement_id, c.facility_id, c.person_id, p.given_name || ' ' || p.family_name AS person_name,
                   u.label AS unit_label, c.age1_ore, c.age2_ore, c.age3_ore, c.age4_ore, c.total_ore,
                   EXISTS (SELECT 1 FROM repayment_plan r WHERE r.agreement_id = c.agreement_id) AS has_plan
            FROM chosen c JOIN person p ON p.id = c.person_id JOIN unit u ON u.id = c.unit_id""";

    /** The orders of the arrears list (contract parameter ArrearsSort), over arrears {@code r}, person p and unit u. */
    static final Sorting ORDERS = Sorting.by("sort", "r.agreement_id")
            .both("total", "r.total_ore")
            .only("-over90", "coalesce(r.age4_ore, 0) DESC, r.total_ore DESC")
            .both("name", Sorting.NAME)
            .both("unit", "u.label");

    /**
     * One page of the agreements with overdue arrears in the order {@code sort} (the largest first by default, then
     * by agreement id): at every facility ({@code allFacilities}) or at those where the caller sees the resident, only
     * at {@code facility} when it is not null and only of the residents {@code match} finds; with the count and the
     * sums over all of them. One statement: the agreements in arrears are worked out once, then counted and summed,
     * and only the page's rows are joined to names and units (all of them only when sorted by name or unit). The
     * totals row comes also when the page is past the end.
     */
    public ArrearsPage page(LocalDate today, boolean allFacilities, AccessScope scope, String facility, PersonMatch match,
                            String sort, int size, int offset) {
        String orderBy = ORDERS.orderBy(sort, "-total");
        // the resident and the unit are joined to every agreement in arrears only when the order reads them
        String from = "arrears r" + (ORDERS.reads(sort, "-total", "p") ? " JOIN person p ON p.id = r.person_id" : "")
                + (ORDERS.reads(sort, "-total", "u") ? " JOIN unit u ON u.id = r.unit_id" : "");
        List<Row> rows = bound("""
                        WITH arrears AS (%s),
                        totals AS (
                            SELECT count(*) AS total_items, sum(age1_ore) AS sum1_ore, sum(age2_ore) AS sum2_ore,
                                   sum(age3_ore) AS sum3_ore, sum(age4_ore) AS sum4_ore, sum(total_ore) AS sum_total_ore
                            FROM arrears),
                        chosen AS (SELECT r.*, row_number() OVER (ORDER BY %s) AS ord FROM %s
                                   ORDER BY %s LIMIT :size OFFSET :offset)
                        SELECT t.*, page.* FROM totals t LEFT JOIN (%s) page ON true
                        ORDER BY page.ord""".formatted(inArrears(allFacilities, facility, match), orderBy, from, orderBy, WHOSE),
                today, allFacilities, scope, facility, match)
                .bind("size", size).bind("offset", offset).rows();
        Row t = rows.get(0);
        List<AgreementArrears> items = rows.stream().filter(r -> !r.isNull("agreement_id")).map(ArrearsQueries::arrears).toList();
        return new ArrearsPage(items, t.lngOr0("total_items"), t.lngOr0("sum1_ore"), t.lngOr0("sum2_ore"), t.lngOr0("sum3_ore"),
                t.lngOr0("sum4_ore"), t.lngOr0("sum_total_ore"));
    }

    /**
     * The agreements whose resident the caller sees as facility staff with overdue arrears from {@code minOre}, the
     * largest first: no more than the agreements at the caller's facilities, read by facility.
     */
    public List<AgreementArrears> atLeast(LocalDate today, AccessScope scope, long minOre) {
        return bound("""
                        WITH chosen AS (SELECT y.*, 0 AS ord FROM (%s AND x.total_ore >= :min) y)
                        %s
                        ORDER BY c.total_ore DESC, c.agreement_id""".formatted(inArrears(false, null), WHOSE),
                today, false, scope, null)
                .bind("min", minOre).list(ArrearsQueries::arrears);
    }

    private static AgreementArrears arrears(Row r) {
        return new AgreementArrears(r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"), r.str("person_name"),
                r.str("unit_label"), r.lngOr0("age1_ore"), r.lngOr0("age2_ore"), r.lngOr0("age3_ore"), r.lngOr0("age4_ore"),
                r.lngOr0("total_ore"), r.isTrue("has_plan"));
    }
}
