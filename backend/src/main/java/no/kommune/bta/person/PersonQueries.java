package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.person.PersonDtos.CaseAgreement;
import no.kommune.bta.person.PersonDtos.CaseApplication;
import no.kommune.bta.person.PersonDtos.PersonCase;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.security.AccessScope;

/** Person searches and the person summary read model, for every feature that lists persons. */
@ApplicationScoped
public class PersonQueries {

    /**
     * The columns {@link #summary(Row)} reads, for any query that joins {@code person p}. Use these two
     * together wherever a person summary is listed, so the read model is written once.
     */
    public static final String SUMMARY_COLUMNS = """
            p.id AS person_id, p.national_id AS person_national_id, p.given_name AS person_given_name,
            p.family_name AS person_family_name, p.birth_date AS person_birth_date, p.sex AS person_sex""";

    /**
     * R-ACC-3: the person is visible through one of the caller's grants ({@link AccessScope}), or, for an HVK
     * caseworker registering a new application, is the one person whose full number they typed. Written as one
     * {@code IN} over both (not an {@code OR}), so PostgreSQL may start from the caller's few persons and look their
     * names up, instead of testing every person whose name matches.
     */
    private static final String VISIBLE = "p.id IN (SELECT acc.person_id FROM " + AccessScope.GRANTS + " acc"
            + " UNION ALL SELECT typed.id FROM person typed"
            + " WHERE CAST(:exactNumber AS boolean) AND typed.national_id = CAST(:number AS text))";

    @Inject
    EntityManager em;

    /** The summary of the person in a row selected with {@link #SUMMARY_COLUMNS}. */
    public static PersonSummary summary(Row r) {
        return PersonSummary.of(r.uuid("person_id"), r.str("person_national_id"), r.str("person_given_name"),
                r.str("person_family_name"), r.date("person_birth_date"), r.enumOf("person_sex", Sex.class));
    }

    /** A search by the start of a number or by part of the name ({@link PersonMatch}); every person when it has none. */
    public record Search(PersonMatch match, boolean exactNumberLookup, String number) {
        private String where() {
            return match.pattern() == null ? "true" : "(" + match.condition() + ")";
        }
    }

    public List<PersonSummary> search(Search search, AccessScope scope, Paging paging) {
        return bind(search, scope, Sql.of(em, "SELECT " + SUMMARY_COLUMNS + " FROM person p WHERE " + search.where()
                        + " AND " + VISIBLE + " ORDER BY p.family_name, p.given_name LIMIT :size OFFSET :off"))
                .bind("size", paging.size()).bind("off", paging.offset())
                .list(PersonQueries::summary);
    }

    public long count(Search search, AccessScope scope) {
        return bind(search, scope, Sql.of(em, "SELECT count(*) AS n FROM person p WHERE " + search.where() + " AND " + VISIBLE))
                .number();
    }

    private static Sql bind(Search search, AccessScope scope, Sql sql) {
        if (search.match().pattern() != null) sql.bind("person_match", search.match().pattern());
        return scope.bindTo(sql).bind("exactNumber", search.exactNumberLookup()).bind("number", search.number());
    }

    /** Whether the caller may see the person (R-ACC-3). */
    public boolean isVisible(UUID personId, AccessScope scope) {
        return scope.bindTo(Sql.of(em, "SELECT 1 AS found FROM person p WHERE p.id = :id AND " + AccessScope.person("p.id")))
                .bind("id", personId).exists();
    }

    /**
     * The case view of one person in one query, scoped in the SQL (R-ACC-3): the person only when visible through one
     * of the caller's grants; the newest agreement kept by one of the caller's facilities (an agreement not ended
     * first); the newest application the caller may read, with its live allocation. Empty when the caller does not
     * see the person. {@code access} is left empty for the service to fill.
     */
    public Optional<PersonCase> caseOf(UUID personId, AccessScope scope) {
        return scope.bindTo(Sql.of(em, """
                        SELECT p.id, p.national_id, p.given_name, p.family_name, p.birth_date, p.sex, p.phone, p.email,
                               p.nav_contact, p.anonymised_at,
                               ag.id AS agreement_id, ag.kind AS agreement_kind, ag.status AS agreement_status,
                               ag.facility_id AS agreement_facility_id, ag.facility_name AS agreement_facility_name,
                               ag.unit_label AS agreement_unit_label, ag.primary_contact,
                               ap.id AS intake_id, ap.status AS intake_status, ap.received_on,
                               ap.facility_id AS allocated_facility_id, ap.facility_name AS allocated_facility_name,
                               ap.unit_label AS allocated_unit_label
                        FROM person p
                        LEFT JOIN LATERAL (
                            SELECT a.id, a.kind, s.status, a.facility_id, f.name AS facility_name, u.label AS unit_label,
                                   a.primary_contact
                            FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id
                            JOIN facility f ON f.id = a.facility_id JOIN unit u ON u.id = a.unit_id
                            WHERE a.person_id = p.id AND """ + " " + AccessScope.atFacility("a.person_id", "a.facility_id") + """
                            ORDER BY (s.status = 'ENDED'), a.start_date DESC, a.created_at DESC LIMIT 1) ag ON true
                        LEFT JOIN LATERAL (
                            SELECT i.id, i.status, i.received_on, u.facility_id, f.name AS facility_name,
                                   u.label AS unit_label
                            FROM intake i
                            LEFT JOIN allocation al ON al.intake_id = i.id AND al.released_at IS NULL
                            LEFT JOIN unit u ON u.id = al.unit_id LEFT JOIN facility f ON f.id = u.facility_id
                            WHERE i.person_id = p.id AND """ + " " + AccessScope.intake("i.id") + """
                            ORDER BY i.received_on DESC, i.created_at DESC LIMIT 1) ap ON true
                        WHERE p.id = :id AND """ + " " + AccessScope.person("p.id")))
                .bind("id", personId)
                .first(r -> {
                    var birthDate = r.date("birth_date");
                    CaseAgreement agreement = r.isNull("agreement_id") ? null : new CaseAgreement(r.uuid("agreement_id"),
                            r.str("agreement_kind"), r.str("agreement_status"), r.str("agreement_facility_id"),
                            r.str("agreement_facility_name"), r.str("agreement_unit_label"), r.str("primary_contact"));
                    CaseApplication application = r.isNull("intake_id") ? null : new CaseApplication(r.uuid("intake_id"),
                            r.str("intake_status"), r.date("received_on"), r.str("allocated_facility_id"),
                            r.str("allocated_facility_name"), r.str("allocated_unit_label"));
                    return new PersonCase(r.uuid("id"), Person.fullName(r.str("given_name"), r.str("family_name")),
                            NationalId.mask(r.str("national_id")), birthDate,
                            Period.between(birthDate, scope.today()).getYears(), r.enumOf("sex", Sex.class),
                            r.str("phone"), r.str("email"), r.str("nav_contact"), r.instant("anonymised_at"),
                            agreement, application, List.of());
                });
    }

    /**
     * R-ACC-5 (M30): the persons keep id, sex and birth year (the day becomes 1 January), so the statistics stay the
     * same, and lose name, identity number and contact details; one statement for a whole batch (retention forgets
     * tens of thousands a night). A person already anonymised is left as they were. Returns how many were anonymised.
     */
    public int anonymise(List<UUID> personIds, Instant at) {
        return Sql.of(em, """
                        UPDATE person SET given_name = :given, family_name = :family, national_id = NULL, phone = NULL, email = NULL,
                                          address = NULL, nav_contact = NULL,
                                          birth_date = make_date(CAST(extract(year FROM birth_date) AS integer), 1, 1),
                                          anonymised_at = :at, version = version + 1
                        WHERE id = ANY (CAST(:ids AS uuid[])) AND anonymised_at IS NULL""")
                .bind("given", Person.ANONYMISED_GIVEN_NAME).bind("family", Person.ANONYMISED_FAMILY_NAME).bind("at", at)
                .bind("ids", personIds.toArray(UUID[]::new)).execute();
    }
}
