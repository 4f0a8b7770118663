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
import no.kommune.bta.security.ScopeFilter;

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
     * R-ACC-3: facility staff reach a person only through a live allocation (and later an agreement) at one
     * of their facilities; the check is part of the query ({@link ScopeFilter}).
     */
    private static final String VISIBLE = """
            (:all = true OR EXISTS (
                SELECT 1 FROM intake i JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
                JOIN unit u ON u.id = a.unit_id
                WHERE i.person_id = p.id AND u.facility_id IN (:ids))
             OR EXISTS (SELECT 1 FROM agreement ag WHERE ag.person_id = p.id AND ag.facility_id IN (:ids)
                        AND ag.ended_on IS NULL))""";

    @Inject
    EntityManager em;

    /** The summary of the person in a row selected with {@link #SUMMARY_COLUMNS}. */
    public static PersonSummary summary(Row r) {
        return PersonSummary.of(r.uuid("person_id"), r.str("person_national_id"), r.str("person_given_name"),
                r.str("person_family_name"), r.date("person_birth_date"), r.enumOf("person_sex", Sex.class));
    }

    /** A search by the start of a number or by part of the name. */
    public record Search(boolean byNumber, String pattern) {
        private String where() {
            return byNumber ? "p.national_id LIKE :q" : "(lower(p.given_name || ' ' || p.family_name) LIKE :q)";
        }
    }

    public List<PersonSummary> search(Search search, ScopeFilter scope, Paging paging) {
        return scope.bindTo(Sql.of(em, "SELECT " + SUMMARY_COLUMNS + " FROM person p WHERE " + search.where()
                        + " AND " + VISIBLE + " ORDER BY p.family_name, p.given_name LIMIT :size OFFSET :off"))
                .bind("q", search.pattern()).bind("size", paging.size()).bind("off", paging.offset())
                .list(PersonQueries::summary);
    }

    public long count(Search search, ScopeFilter scope) {
        return scope.bindTo(Sql.of(em, "SELECT count(*) AS n FROM person p WHERE " + search.where() + " AND " + VISIBLE))
                .bind("q", search.pattern()).number();
    }

    /** Whether the caller may see the person (R-ACC-3). */
    public boolean isVisible(UUID personId, ScopeFilter scope) {
        return scope.bindTo(Sql.of(em, "SELECT 1 AS found FROM person p WHERE p.id = :id AND " + VISIBLE))
                .bind("id", personId).exists();
    }
}
