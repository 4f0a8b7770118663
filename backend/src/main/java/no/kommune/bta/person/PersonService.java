package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.SqlValues;
import no.kommune.bta.person.PersonDtos.AccessLogView;
import no.kommune.bta.person.PersonDtos.NewPerson;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.person.PersonDtos.PersonView;
import no.kommune.bta.security.FacilityScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PersonService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FacilityScope scope;

    @ConfigProperty(name = "bta.persons.allow-synthetic-numbers", defaultValue = "false")
    boolean allowSynthetic;

    /**
     * Facility staff reach a person only through a live allocation (and later an agreement) at one of
     * their facilities; the check is part of the query.
     */
    static final String VISIBLE = """
            (:all = true OR EXISTS (
                SELECT 1 FROM intake i JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL
                JOIN unit u ON u.id = a.unit_id
                WHERE i.person_id = p.id AND u.facility_id IN (:ids))
             OR EXISTS (SELECT 1 FROM agreement ag WHERE ag.person_id = p.id AND ag.facility_id IN (:ids)
                        AND ag.ended_on IS NULL))""";

    @Transactional
    public PersonView create(NewPerson body, String createdBy) {
        NationalId.Parsed id = NationalId.parse(body.nationalId(), allowSynthetic);
        if (id == null) {
            throw new ProblemException(422, "invalid-national-id", "Ugyldig fødselsnummer eller D-nummer",
                    "nationalId: kontrollsifrene stemmer ikke, eller nummeret er ikke et fødselsnummer/D-nummer",
                    "R-ACC-2", List.of(new no.kommune.bta.common.Problem.Violation("nationalId",
                    "ugyldig fødselsnummer eller D-nummer")));
        }
        var existing = em.createQuery("select p.id from Person p where p.nationalId = :n", UUID.class)
                .setParameter("n", id.value()).getResultStream().findFirst();
        if (existing.isPresent()) {
            throw new ProblemException(409, "person-exists", "Personen er allerede registrert",
                    "Personen finnes fra før med id " + existing.get(), null, null);
        }
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.nationalId = id.value();
        p.givenName = body.givenName().strip();
        p.familyName = body.familyName().strip();
        p.birthDate = id.birthDate();
        p.sex = id.sex();
        p.phone = blankToNull(body.phone());
        p.email = blankToNull(body.email());
        p.address = blankToNull(body.address());
        p.navContact = blankToNull(body.navContact());
        p.createdAt = clock.instant();
        p.createdBy = createdBy;
        em.persist(p);
        em.flush();
        return PersonView.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PersonSummary> search(String q, Paging paging) {
        String text = q == null ? "" : q.strip();
        String digits = text.replaceAll("[\\s.-]", "");
        boolean byNumber = digits.matches("\\d{6,11}");
        String where = byNumber ? "p.national_id LIKE :q" : "(lower(p.given_name || ' ' || p.family_name) LIKE :q)";
        String param = byNumber ? digits + "%" : "%" + text.toLowerCase() + "%";
        @SuppressWarnings("unchecked")
        List<Person> rows = em.createNativeQuery("SELECT p.* FROM person p WHERE " + where + " AND " + VISIBLE
                        + " ORDER BY p.family_name, p.given_name LIMIT :size OFFSET :off", Person.class)
                .setParameter("q", param).setParameter("all", scope.allFacilities())
                .setParameter("ids", scope.facilityIds())
                .setParameter("size", paging.size()).setParameter("off", paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM person p WHERE " + where + " AND " + VISIBLE)
                .setParameter("q", param).setParameter("all", scope.allFacilities())
                .setParameter("ids", scope.facilityIds()).getSingleResult()).longValue();
        return new PageResult<>(rows.stream().map(PersonSummary::of).toList(), paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView get(UUID id) {
        return PersonView.of(visible(id));
    }

    /** The person, if the caller may see them; 404 otherwise (the API does not reveal who exists). */
    public Person visible(UUID id) {
        @SuppressWarnings("unchecked")
        List<Person> found = em.createNativeQuery("SELECT p.* FROM person p WHERE p.id = :id AND " + VISIBLE, Person.class)
                .setParameter("id", id).setParameter("all", scope.allFacilities())
                .setParameter("ids", scope.facilityIds()).getResultList();
        if (found.isEmpty()) throw ProblemException.notFound("Personen", id);
        return found.get(0);
    }

    /** Innsyn (R-ACC-2): who read or changed the person's data, when, in which role and through which client. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AccessLogView> accessLog(UUID personId, Paging paging) {
        visible(personId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT at, username, roles, client_id, operation, http_method, outcome
                        FROM access_log WHERE person_id = :p ORDER BY at DESC, id DESC LIMIT :size OFFSET :off""")
                .setParameter("p", personId).setParameter("size", paging.size()).setParameter("off", paging.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM access_log WHERE person_id = :p")
                .setParameter("p", personId).getSingleResult()).longValue();
        List<AccessLogView> items = rows.stream().map(r -> new AccessLogView(SqlValues.instant(r[0]), (String) r[1],
                SqlValues.strings(r[2]), (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue())).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
