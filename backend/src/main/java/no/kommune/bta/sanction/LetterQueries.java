package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.Party;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionLetters.CitedRule;
import no.kommune.bta.sanction.SanctionLetters.Occurrence;
import no.kommune.bta.sanction.SanctionLetters.Parties;

/** What the decision letter and the forhåndsvarsel read: the parties, the rules the resident signed, the incidents. */
@ApplicationScoped
public class LetterQueries {

    /**
     * The agreement as a letter names it, with the house-rules version the resident signed (a draft's: the version in
     * force) and the municipality's notice on it, if any.
     */
    public record LetterAgreement(Parties parties, AgreementKind kind, UUID rulesVersionId, Party noticeBy,
                                  LocalDate noticeEffectiveOn) {
    }

    /** An incident the letter cites, with the rule numbers it names. */
    public record CitedIncident(Occurrence occurrence, List<Integer> ruleNumbers) {
    }

    @Inject
    EntityManager em;

    public LetterAgreement agreement(UUID agreementId) {
        return Sql.of(em, """
                        SELECT p.given_name, p.family_name, p.birth_date, f.name AS facility_name, f.operator, f.address,
                               u.label AS unit_label, v.id AS rules_version_id, v.version AS rules_version, a.notice_days,
                               f.exclusion_days, a.kind, a.notice_by, a.notice_effective_on
                        FROM agreement a JOIN person p ON p.id = a.person_id JOIN facility f ON f.id = a.facility_id
                        JOIN unit u ON u.id = a.unit_id
                        JOIN house_rules_version v ON v.id = COALESCE(a.rules_version_id,
                             (SELECT x.id FROM house_rules_version x WHERE x.facility_id = a.facility_id ORDER BY x.version DESC LIMIT 1))
                        WHERE a.id = :a""")
                .bind("a", agreementId)
                .first(r -> new LetterAgreement(new Parties(r.str("given_name"), r.str("family_name"), r.date("birth_date"),
                        r.str("facility_name"), r.str("operator"), r.str("address"), r.str("unit_label"), r.intOr0("rules_version"),
                        r.intOr0("notice_days"), r.integer("exclusion_days")), r.enumOf("kind", AgreementKind.class),
                        r.uuid("rules_version_id"), r.enumOf("notice_by", Party.class), r.date("notice_effective_on")))
                .orElseThrow();
    }

    /** The rules by number as the version words them: a house rule before an HMS rule of the same number. */
    public List<CitedRule> rules(UUID rulesVersionId, Collection<Integer> numbers) {
        return Sql.of(em, """
                        SELECT n AS number,
                               (SELECT r.text FROM house_rule r WHERE r.rules_version_id = :v AND r.number = n
                                ORDER BY r.category <> 'HOUSE' LIMIT 1) AS text
                        FROM unnest(CAST(:nums AS integer[])) n ORDER BY n""")
                .bind("v", rulesVersionId).bind("nums", numbers.stream().distinct().toArray(Integer[]::new))
                .list(r -> new CitedRule(r.intOr0("number"), r.str("text")));
    }

    /** The incidents, oldest first. */
    public List<CitedIncident> incidents(Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        return Sql.of(em, "SELECT occurred_at, categories, description, rule_numbers FROM incident WHERE id IN (:ids) ORDER BY occurred_at")
                .bind("ids", ids)
                .list(r -> new CitedIncident(new Occurrence(r.instant("occurred_at"),
                        r.strings("categories").stream().map(IncidentCategory::valueOf).toList(), r.str("description")),
                        r.strings("rule_numbers").stream().map(Integer::valueOf).toList()));
    }
}
