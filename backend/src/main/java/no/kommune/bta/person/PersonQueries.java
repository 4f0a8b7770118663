package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
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

    /** A search by the start of a number or by part of the name. */
    public record Search(boolean byNumber, String pattern, boolean exactNumberLookup, String number) {
        private String where() {
            return byNumber ? "p.national_id LIKE :q" : "(lower(p.given_name || ' ' || p.family_name) LIKE :q)";
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
        return scope.bindTo(sql).bind("q", search.pattern()).bind("exactNumber", search.exactNumberLookup())
                .bind("number", search.number());
    }

    /** Whether the caller may see the person (R-ACC-3). */
    public boolean isVisible(UUID personId, AccessScope scope) {
        return scope.bindTo(Sql.of(em, "SELECT 1 AS found FROM person p WHERE p.id = :id AND " + AccessScope.person("p.id")))
                .bind("id", personId).exists();
    }
}
