package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.security.FacilityScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The daily overview for facility staff: what falls due, only at the caller's facilities (R-AGR-7, R-SAN-7, R-PAY-4). */
@ApplicationScoped
public class OverviewService {

    public record Item(String kind, String facilityId, UUID agreementId, UUID intakeId, UUID sanctionId, String personName,
                       LocalDate dueDate, String text, String link) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FacilityScope scope;

    @ConfigProperty(name = "bta.arrears.flag-threshold-ore", defaultValue = "500000")
    long threshold;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> overview() {
        LocalDate today = Clocks.today(clock);
        List<Item> items = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> ag = em.createNativeQuery("""
                        SELECT a.id, a.facility_id, p.given_name || ' ' || p.family_name, a.end_date, s.status,
                               (SELECT count(*) FROM agreement_period x WHERE x.agreement_id = a.id),
                               (SELECT count(*) FROM agreement_evaluation e WHERE e.agreement_id = a.id),
                               c.stay_days, f.max_continuous_stay_days, u.label
                        FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id JOIN person p ON p.id = a.person_id
                        JOIN facility f ON f.id = a.facility_id JOIN unit u ON u.id = a.unit_id
                        LEFT JOIN bta_continuous_stay c ON c.agreement_id = a.id
                        WHERE s.status <> 'ENDED' AND a.facility_id IN (:ids)""")
                .setParameter("ids", scope.facilityIds()).getResultList();
        for (Object[] r : ag) {
            UUID id = (UUID) r[0];
            String f = (String) r[1], name = (String) r[2], status = (String) r[4], link = "/avtaler/" + id;
            LocalDate end = SqlValues.date(r[3]);
            if (status.equals("DRAFT")) items.add(new Item("UNSIGNED", f, id, null, null, name, null, "Avtalen er ikke signert av begge parter", link));
            if (!end.isAfter(today.plusDays(30))) items.add(new Item("AGREEMENT_ENDING", f, id, null, null, name, end, "Avtaleperioden slutter", link));
            if (status.equals("ACTIVE") && ((Number) r[5]).longValue() == 1 && ((Number) r[6]).longValue() == 0) {
                items.add(new Item("FIRST_PERIOD_NOT_EVALUATED", f, id, null, null, name, end, "Første periode er ikke evaluert", link));
            }
            Integer stay = SqlValues.integer(r[7]), max = SqlValues.integer(r[8]);
            if (stay != null && max != null && stay > max) {
                items.add(new Item("OVERSTAY", f, id, null, null, name, null,
                        "Sammenhengende opphold " + stay + " dager, over grensen på " + max, link));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sanctions = em.createNativeQuery("""
                        SELECT s.id, s.facility_id, p.given_name || ' ' || p.family_name, s.type, s.approved_at, s.appeal_deadline,
                               s.appealed_on, s.agreement_id
                        FROM sanction s JOIN person p ON p.id = s.person_id
                        WHERE s.facility_id IN (:ids) AND s.type IN ('EXCLUSION', 'TERMINATION', 'TERMINATION_REFERRAL')
                          AND (s.approved_at IS NULL OR (s.appeal_deadline >= :today AND s.appealed_on IS NULL))""")
                .setParameter("ids", scope.facilityIds()).setParameter("today", today).getResultList();
        for (Object[] r : sanctions) {
            UUID agreement = (UUID) r[7];
            if (r[4] == null) {
                items.add(new Item("DECISION_AWAITING_APPROVAL", (String) r[1], agreement, null, (UUID) r[0], (String) r[2], null,
                        "Vedtak om " + no.kommune.bta.sanction.SanctionPolicy.name((String) r[3]) + " venter på godkjenning", "/godkjenninger"));
            } else if (r[5] != null) {
                items.add(new Item("APPEAL_DEADLINE_RUNNING", (String) r[1], agreement, null, (UUID) r[0], (String) r[2],
                        SqlValues.date(r[5]), "Klagefristen løper", "/avtaler/" + agreement + "/reaksjoner"));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> arrears = em.createNativeQuery("""
                        SELECT a.id, a.facility_id, p.given_name || ' ' || p.family_name, sum(b.open_ore)
                        FROM charge_balance b JOIN agreement a ON a.id = b.agreement_id JOIN person p ON p.id = a.person_id
                        WHERE b.open_ore > 0 AND b.due_date < :today AND a.facility_id IN (:ids)
                        GROUP BY a.id, a.facility_id, p.given_name, p.family_name HAVING sum(b.open_ore) >= :t""")
                .setParameter("today", today).setParameter("ids", scope.facilityIds()).setParameter("t", threshold).getResultList();
        for (Object[] r : arrears) {
            items.add(new Item("ARREARS_PAST_THRESHOLD", (String) r[1], (UUID) r[0], null, null, (String) r[2], null,
                    "Restanse kr " + (((Number) r[3]).longValue() / 100), "/avtaler/" + r[0] + "/reskontro"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> incoming = em.createNativeQuery("""
                        SELECT i.id, s.allocated_facility_id, p.given_name || ' ' || p.family_name, al.from_date
                        FROM intake i JOIN intake_state s ON s.intake_id = i.id JOIN person p ON p.id = i.person_id
                        JOIN allocation al ON al.id = s.allocation_id
                        WHERE s.status IN ('ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED') AND s.allocated_facility_id IN (:ids)""")
                .setParameter("ids", scope.facilityIds()).getResultList();
        for (Object[] r : incoming) {
            items.add(new Item("ALLOCATION_AWAITING_MOVE_IN", (String) r[1], null, (UUID) r[0], null, (String) r[2],
                    SqlValues.date(r[3]), "Tildelt, venter på innflytting", "/soknader/" + r[0]));
        }
        items.sort(Comparator.comparing(Item::kind).thenComparing(i -> i.dueDate() == null ? LocalDate.MAX : i.dueDate()));
        return items;
    }
}
