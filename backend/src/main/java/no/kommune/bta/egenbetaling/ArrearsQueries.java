package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.security.AccessScope;

/**
 * Arrears, the one read model of what is overdue (R-PAY-4): the open part of every charge whose due
 * date has passed, from the view charge_balance. Other features that need an agreement's arrears
 * (sanctions, the daily overview) read them here.
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

    /** What is overdue on the agreement today: 0 when nothing is. */
    public long overdueOre(UUID agreementId, LocalDate today) {
        return Sql.of(em, """
                        SELECT coalesce(sum(open_ore), 0) FROM charge_balance
                        WHERE agreement_id = :a AND due_date < :today AND open_ore > 0""")
                .bind("a", agreementId).bind("today", today).number();
    }

    /**
     * Every agreement with overdue arrears, the largest first: at every facility ({@code allFacilities})
     * or at those given, and only at {@code facility} when it is not null.
     */
    public List<AgreementArrears> byAgreement(LocalDate today, boolean allFacilities, AccessScope scope, String facility) {
        return scope.bindTo(Sql.of(em, """
                        SELECT a.id AS agreement_id, a.facility_id, p.id AS person_id, p.given_name || ' ' || p.family_name AS person_name,
                               u.label AS unit_label,
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a1_first AND :a1_last) AS age1_ore,
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a2_first AND :a2_last) AS age2_ore,
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date BETWEEN :a3_first AND :a3_last) AS age3_ore,
                               sum(b.open_ore) FILTER (WHERE :today - b.due_date >= :a4_first) AS age4_ore,
                               sum(b.open_ore) AS total_ore,
                               EXISTS (SELECT 1 FROM repayment_plan r WHERE r.agreement_id = a.id) AS has_plan
                        FROM charge_balance b JOIN agreement a ON a.id = b.agreement_id JOIN person p ON p.id = a.person_id
                        JOIN unit u ON u.id = a.unit_id
                        WHERE b.open_ore > 0 AND b.due_date < :today
                          AND (:all = true OR""" + " " + AccessScope.atFacility("a.person_id", "a.facility_id") + """
                        )
                          AND (CAST(:f AS text) IS NULL OR a.facility_id = CAST(:f AS text))
                        GROUP BY a.id, a.facility_id, p.id, p.given_name, p.family_name, u.label
                        ORDER BY sum(b.open_ore) DESC"""))
                .bind("today", today).bind("all", allFacilities).bind("f", facility)
                .bind("a1_first", ArrearsAge.DAYS_0_TO_30.firstDay).bind("a1_last", ArrearsAge.DAYS_0_TO_30.lastDay)
                .bind("a2_first", ArrearsAge.DAYS_31_TO_60.firstDay).bind("a2_last", ArrearsAge.DAYS_31_TO_60.lastDay)
                .bind("a3_first", ArrearsAge.DAYS_61_TO_90.firstDay).bind("a3_last", ArrearsAge.DAYS_61_TO_90.lastDay)
                .bind("a4_first", ArrearsAge.OVER_90.firstDay)
                .list(ArrearsQueries::arrears);
    }

    private static AgreementArrears arrears(Row r) {
        return new AgreementArrears(r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"), r.str("person_name"),
                r.str("unit_label"), r.lngOr0("age1_ore"), r.lngOr0("age2_ore"), r.lngOr0("age3_ore"), r.lngOr0("age4_ore"),
                r.lngOr0("total_ore"), r.isTrue("has_plan"));
    }
}
