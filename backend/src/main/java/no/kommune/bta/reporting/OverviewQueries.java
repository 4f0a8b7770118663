package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.sanction.SanctionType;
import no.kommune.bta.common.db.Sql;

/** The daily overview's reads beyond the agreements (which come from AgreementQueries with their flags). */
@ApplicationScoped
public class OverviewQueries {

    @Inject
    EntityManager em;

    /** An individual decision awaiting approval, or approved with its appeal deadline still running. */
    public record OpenDecision(UUID sanctionId, String facilityId, UUID personId, String personName, String type, boolean approved,
                               LocalDate appealDeadline, UUID agreementId) {
    }

    public record IncomingAllocation(UUID intakeId, String facilityId, UUID personId, String personName, LocalDate fromDate) {
    }

    public List<OpenDecision> openDecisions(Collection<String> facilityIds, Collection<SanctionType> decisionTypes, LocalDate today) {
        return Sql.of(em, """
                        SELECT s.id AS sanction_id, s.facility_id, p.id AS person_id, p.given_name || ' ' || p.family_name AS person_name,
                               s.type AS sanction_type, s.approved_at IS NOT NULL AS approved, s.appeal_deadline,
                               s.agreement_id
                        FROM sanction s JOIN person p ON p.id = s.person_id
                        WHERE s.facility_id IN (:ids) AND s.type IN (:types)
                          AND ((s.approved_at IS NULL AND s.returned_at IS NULL) OR (s.appeal_deadline >= :today AND s.appealed_on IS NULL))""")
                .bind("ids", facilityIds).bind("types", decisionTypes).bind("today", today)
                .list(r -> new OpenDecision(r.uuid("sanction_id"), r.str("facility_id"), r.uuid("person_id"), r.str("person_name"),
                        r.str("sanction_type"), r.isTrue("approved"), r.date("appeal_deadline"), r.uuid("agreement_id")));
    }

    /** Applications allocated to the facilities and not yet moved in. */
    public List<IncomingAllocation> incoming(Collection<String> facilityIds) {
        return Sql.of(em, """
                        SELECT i.id AS intake_id, s.allocated_facility_id AS facility_id, p.id AS person_id,
                               p.given_name || ' ' || p.family_name AS person_name, al.from_date
                        FROM intake i JOIN intake_state s ON s.intake_id = i.id JOIN person p ON p.id = i.person_id
                        JOIN allocation al ON al.id = s.allocation_id
                        WHERE s.status IN ('ALLOCATED', 'INFORMED', 'ORIENTED', 'DECIDED') AND s.allocated_facility_id IN (:ids)""")
                .bind("ids", facilityIds)
                .list(r -> new IncomingAllocation(r.uuid("intake_id"), r.str("facility_id"), r.uuid("person_id"), r.str("person_name"),
                        r.date("from_date")));
    }
}
