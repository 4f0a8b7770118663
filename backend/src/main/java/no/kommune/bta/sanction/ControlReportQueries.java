package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.agreement.TerminationGround;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.person.Person;
import no.kommune.bta.sanction.SanctionDtos.AgreementTermination;
import no.kommune.bta.sanction.SanctionDtos.TerminationDecision;

/** The control report's own counts and checks over a period (R-SAN-10); its lists come from the feature's queries. */
@ApplicationScoped
public class ControlReportQueries {

    @Inject
    EntityManager em;

    public Optional<String> facilityName(String facility) {
        return Sql.of(em, "SELECT name AS facility_name FROM facility WHERE id = :f").bind("f", facility)
                .first(r -> r.str("facility_name"));
    }

    /** Every facility's name by its id (the whole municipality's report names each line's facility). */
    public Map<String, String> facilityNames() {
        return Sql.of(em, "SELECT id AS facility_id, name AS facility_name FROM facility")
                .list(r -> Map.entry(r.str("facility_id"), r.str("facility_name")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** R-SAN-10: the residents the report names, as its readers outside the facility may see them (initials, masked number). */
    public Map<UUID, String> residentLabels(Collection<UUID> persons) {
        if (persons.isEmpty()) return Map.of();
        return Sql.of(em, "SELECT id AS person_id, given_name, family_name, national_id FROM person WHERE id IN (:ids)")
                .bind("ids", new HashSet<>(persons))
                .list(r -> Map.entry(r.uuid("person_id"),
                        Person.initialsAndMaskedNumber(r.str("given_name"), r.str("family_name"), r.str("national_id"))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** R-SAN-9: incidents in the period (Oslo dates) on which the police were contacted. */
    public long policeContacts(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT count(*) FROM incident WHERE facility_id IN (:fs) AND police_contacted
                          AND (occurred_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to""")
                .bind("fs", facilities).bind("from", from).bind("to", to).number();
    }

    /**
     * Every termination that happened at the facilities in the period (Oslo dates), oldest first (R-SAN-10, R-SAN-12):
     * notice given by the municipality, or a move-out for breaches or arrears. On a BTA the decision is the one the
     * notice names; in a tenancy, where the owner terminates, the latest approved referral that was not reversed.
     */
    public List<AgreementTermination> agreementTerminations(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT a.id AS agreement_id, a.facility_id, a.person_id, a.kind, a.notice_by, a.notice_given_on,
                               a.notice_effective_on, a.moved_out_on, a.termination_ground, d.id AS decision_id,
                               d.type AS decision_type, d.ground AS decision_ground, d.approved_at, d.approved_by,
                               d.notified_on, d.appeal_outcome
                        FROM agreement a
                        LEFT JOIN sanction d ON d.id = CASE WHEN a.kind = :bta THEN a.notice_decision_id ELSE
                            (SELECT s.id FROM sanction s WHERE s.agreement_id = a.id AND s.type = :referral
                               AND s.approved_at IS NOT NULL AND s.appeal_outcome IS DISTINCT FROM :reversed
                             ORDER BY s.approved_at DESC LIMIT 1) END
                        WHERE a.facility_id IN (:fs)
                          AND ((a.notice_by = :municipality AND a.notice_given_on BETWEEN :from AND :to)
                               OR (a.termination_ground IN (:grounds) AND a.moved_out_on BETWEEN :from AND :to))
                        ORDER BY coalesce(a.notice_given_on, a.moved_out_on), a.id""")
                .bind("bta", AgreementKind.BTA).bind("referral", SanctionType.TERMINATION_REFERRAL)
                .bind("reversed", AppealOutcome.REVERSED).bind("municipality", Party.MUNICIPALITY)
                .bind("grounds", List.of(TerminationGround.BREACHES, TerminationGround.ARREARS))
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .list(r -> new AgreementTermination(r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"),
                        r.enumOf("kind", AgreementKind.class), r.enumOf("notice_by", Party.class), r.date("notice_given_on"),
                        r.date("notice_effective_on"), r.date("moved_out_on"),
                        r.enumOf("termination_ground", TerminationGround.class),
                        r.isNull("decision_id") ? null : new TerminationDecision(r.uuid("decision_id"),
                                r.enumOf("decision_type", SanctionType.class), r.enumOf("decision_ground", SanctionGround.class),
                                r.instant("approved_at"), r.str("approved_by"), r.date("notified_on"),
                                r.enumOf("appeal_outcome", AppealOutcome.class))));
    }

    /**
     * The terminations proposed in the period that {@link ControlFlags} wants a written warning before
     * (not on the exempt ground), with no such warning to the same resident at the same facility before them.
     */
    public Set<UUID> terminationsWithoutWrittenWarning(Collection<String> facilities, LocalDate from, LocalDate to) {
        return new HashSet<>(Sql.of(em, """
                        SELECT s.id AS sanction_id FROM sanction s
                        WHERE s.facility_id IN (:fs) AND (s.proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to
                          AND s.type = :termination AND s.ground <> :exempt
                          AND NOT EXISTS (SELECT 1 FROM sanction w WHERE w.person_id = s.person_id AND w.facility_id = s.facility_id
                                            AND w.type = :warning AND w.proposed_at < s.proposed_at)""")
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .bind("termination", ControlFlags.WARNED_TERMINATION).bind("exempt", ControlFlags.NO_WARNING_NEEDED_ON)
                .bind("warning", ControlFlags.EARLIER_WARNING)
                .list(r -> r.uuid("sanction_id")));
    }
}
