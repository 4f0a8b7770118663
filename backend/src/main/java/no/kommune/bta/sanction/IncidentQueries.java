package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.sanction.SanctionDtos.IncidentView;

/** Incidents as views, and the reads that recording an incident or citing one in a sanction needs. */
@ApplicationScoped
public class IncidentQueries {
    private static final String VIEW = """
            SELECT i.id AS incident_id, i.facility_id, i.occurred_at, i.categories, i.serious, v.version AS rules_version,
                   i.rule_numbers, i.description, i.police_reason, i.created_at, i.created_by,
                   ARRAY(SELECT x.person_id FROM incident_person x WHERE x.incident_id = i.id ORDER BY x.person_id) AS person_ids
            FROM incident i JOIN house_rules_version v ON v.id = i.rules_version_id
            """;
    /** The caller's facilities; the optional filters are added by {@link #filters}. */
    private static final String FILTER = """
            WHERE i.facility_id IN (:ids)
              AND (NOT EXISTS (SELECT 1 FROM incident_person x WHERE x.incident_id = i.id)
                   OR EXISTS (SELECT 1 FROM incident_person x WHERE x.incident_id = i.id AND
            """ + " " + AccessScope.atFacility("x.person_id", "i.facility_id") + """
            ))
            """;

    /** An incident as it is recorded (R-SAN-9: a police reason means the police were contacted). */
    public record NewIncidentRow(String facilityId, Instant occurredAt, Collection<IncidentCategory> categories,
                                 boolean serious, UUID rulesVersionId, List<Integer> ruleNumbers, String description,
                                 PoliceReason policeReason, String createdBy, Collection<UUID> personIds) {
    }

    /** What a sanction proposal reads from an incident it cites. */
    public record Cited(List<IncidentCategory> categories, boolean serious, List<Integer> ruleNumbers) {
    }

    /** A house-rules version (R-FAC-2): its id and its number. */
    public record RulesVersion(UUID id, int version) {
    }

    @Inject
    EntityManager em;

    /** The facility's house rules in force: the latest version. */
    public Optional<RulesVersion> rulesInForce(String facility) {
        return Sql.of(em, """
                        SELECT id AS rules_id, version FROM house_rules_version WHERE facility_id = :f
                        ORDER BY version DESC LIMIT 1""")
                .bind("f", facility).first(IncidentQueries::rulesVersion);
    }

    /**
     * R-FAC-2: the house-rules version on the person's agreement at the facility: the open agreement, else the latest
     * one. Empty when that agreement names none (not yet signed by both) or there is no agreement.
     */
    public Optional<RulesVersion> signedRules(UUID person, String facility) {
        return Sql.of(em, """
                        SELECT v.id AS rules_id, v.version FROM (
                            SELECT a.rules_version_id FROM agreement a WHERE a.person_id = :p AND a.facility_id = :f
                            ORDER BY (a.ended_on IS NULL) DESC, a.start_date DESC, a.created_at DESC LIMIT 1) a
                        JOIN house_rules_version v ON v.id = a.rules_version_id""")
                .bind("p", person).bind("f", facility).first(IncidentQueries::rulesVersion);
    }

    /** The house-rules version an agreement names; empty when it names none (a draft). */
    public Optional<RulesVersion> rulesOfAgreement(UUID agreement) {
        return Sql.of(em, """
                        SELECT v.id AS rules_id, v.version FROM agreement a JOIN house_rules_version v ON v.id = a.rules_version_id
                        WHERE a.id = :a""")
                .bind("a", agreement).first(IncidentQueries::rulesVersion);
    }

    public boolean ruleExists(UUID rulesVersion, int number) {
        return Sql.of(em, "SELECT 1 FROM house_rule WHERE rules_version_id = :r AND number = :n")
                .bind("r", rulesVersion).bind("n", number).exists();
    }

    /** The incident if it happened at the facility and involved the person. */
    public Optional<Cited> citedFor(UUID incident, String facility, UUID person) {
        return Sql.of(em, """
                        SELECT i.categories, i.serious, i.rule_numbers FROM incident i JOIN incident_person p ON p.incident_id = i.id
                        WHERE i.id = :i AND i.facility_id = :f AND p.person_id = :p""")
                .bind("i", incident).bind("f", facility).bind("p", person)
                .first(r -> new Cited(categories(r), r.isTrue("serious"), ruleNumbers(r)));
    }

    /** Records the incident and the residents involved; {@code created_at} is the database's. */
    public void insert(UUID id, NewIncidentRow i) {
        Sql.of(em, """
                        INSERT INTO incident (id, facility_id, occurred_at, categories, serious, rules_version_id, rule_numbers,
                                              description, police_contacted, police_reason, created_by)
                        VALUES (:id, :f, :at, CAST(:cats AS text[]), :serious, :r, CAST(:nums AS integer[]), :d, :police, :reason, :by)""")
                .bind("id", id).bind("f", i.facilityId()).bind("at", i.occurredAt())
                .bind("cats", i.categories().stream().map(Enum::name).toArray(String[]::new)).bind("serious", i.serious())
                .bind("r", i.rulesVersionId()).bind("nums", i.ruleNumbers().toArray(Integer[]::new)).bind("d", i.description())
                .bind("police", i.policeReason() != null).bind("reason", i.policeReason()).bind("by", i.createdBy()).execute();
        for (UUID p : i.personIds()) {
            Sql.of(em, "INSERT INTO incident_person (incident_id, person_id) VALUES (:i, :p)").bind("i", id).bind("p", p).execute();
        }
    }

    public Optional<IncidentView> byId(UUID id) {
        return Sql.of(em, VIEW + " WHERE i.id = :id").bind("id", id).first(IncidentQueries::view);
    }

    /**
     * Newest first: incidents at the given facilities that involve no resident, or at least one the caller still sees
     * there (R-ACC-3: an incident stays with the facility, and leaves its list with the residents it is about).
     */
    public List<IncidentView> page(Collection<String> facilities, AccessScope scope, String facility, UUID person, int limit,
                                   int offset) {
        Filters filters = filters(facility, person);
        return filters.bindTo(scope.bindTo(Sql.of(em, VIEW + FILTER + filters.and() + " ORDER BY i.occurred_at DESC LIMIT :l OFFSET :o")))
                .bind("ids", facilities).bind("l", limit).bind("o", offset).list(IncidentQueries::view);
    }

    public long count(Collection<String> facilities, AccessScope scope, String facility, UUID person) {
        Filters filters = filters(facility, person);
        return filters.bindTo(scope.bindTo(Sql.of(em, "SELECT count(*) FROM incident i " + FILTER + filters.and())))
                .bind("ids", facilities).number();
    }

    /** One of the caller's facilities, incidents involving one person: each in the statement only when asked for. */
    private static Filters filters(String facility, UUID person) {
        return new Filters().given(facility, "i.facility_id = :f", "f")
                .given(person, "EXISTS (SELECT 1 FROM incident_person x WHERE x.incident_id = i.id AND x.person_id = :p)", "p");
    }

    private static List<IncidentCategory> categories(Row r) {
        return r.strings("categories").stream().map(IncidentCategory::valueOf).toList();
    }

    private static List<Integer> ruleNumbers(Row r) {
        return r.strings("rule_numbers").stream().map(Integer::valueOf).toList();
    }

    private static RulesVersion rulesVersion(Row r) {
        return new RulesVersion(r.uuid("rules_id"), r.intOr0("version"));
    }

    private static IncidentView view(Row r) {
        return new IncidentView(r.uuid("incident_id"), r.str("facility_id"), r.instant("occurred_at"), r.uuids("person_ids"),
                categories(r), r.isTrue("serious"), r.intOr0("rules_version"),
                r.strings("rule_numbers").stream().map(Integer::valueOf).toList(), r.str("description"),
                r.enumOf("police_reason", PoliceReason.class), r.instant("created_at"), r.str("created_by"));
    }
}
