package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.audit.AccessLogQueries;
import no.kommune.bta.audit.AccessLogView;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.person.PersonDtos.NewPerson;
import no.kommune.bta.person.PersonDtos.PersonCase;
import no.kommune.bta.person.PersonDtos.PersonDetails;
import no.kommune.bta.person.PersonDtos.PersonSummary;
import no.kommune.bta.person.PersonDtos.PersonView;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.Roles;

@ApplicationScoped
public class PersonService {

    @Inject
    Plans plans;

    @Inject
    PersonRepository persons;

    @Inject
    PersonQueries queries;

    @Inject
    AccessLogQueries accessLog;

    @Inject
    Clock clock;

    @Inject
    PersonAccess access;

    @Inject
    CurrentUser user;

    @Inject
    PersonsConfig config;

    @Transactional
    public PersonView create(NewPerson body) {
        NationalId.Parsed id = NationalId.parse(body.nationalId(), config.allowSyntheticNumbers());
        if (id == null) {
            throw ProblemException.of(ProblemType.INVALID_NATIONAL_ID,
                    "nationalId: kontrollsifrene stemmer ikke, eller nummeret er ikke et fødselsnummer/D-nummer",
                    List.of(new Problem.Violation("nationalId", "ugyldig fødselsnummer eller D-nummer")));
        }
        persons.findByNationalId(id.value()).ifPresent(existing -> {
            throw ProblemException.of(ProblemType.PERSON_EXISTS, "Personen finnes fra før med id " + existing.id);
        });
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.nationalId = id.value();
        p.givenName = body.givenName().strip();
        p.familyName = body.familyName().strip();
        p.birthDate = id.birthDate();
        p.sex = id.legalSex();
        p.phone = blankToNull(body.phone());
        p.email = blankToNull(body.email());
        p.address = blankToNull(body.address());
        p.navContact = blankToNull(body.navContact());
        p.createdAt = clock.instant();
        p.createdBy = user.describe();
        persons.persist(p);
        persons.flush();
        return PersonView.of(p, List.of());
    }

    /**
     * Issue 18: HVK corrects the names and contact details it registered, in the caller's transaction (the caller has
     * checked that it handles the person's application). The identity number is never changed here.
     *
     * @return the Norwegian names of the fields that changed, in form order (never their values)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> correct(UUID id, PersonDetails d) {
        Person p = persons.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Personen", id));
        List<String> changed = new ArrayList<>();
        String given = d.givenName().strip();
        String family = d.familyName().strip();
        if (!given.equals(p.givenName)) changed.add("fornavn");
        if (!family.equals(p.familyName)) changed.add("etternavn");
        if (!Objects.equals(blankToNull(d.phone()), p.phone)) changed.add("telefon");
        if (!Objects.equals(blankToNull(d.email()), p.email)) changed.add("e-post");
        if (!Objects.equals(blankToNull(d.address()), p.address)) changed.add("adresse");
        if (!Objects.equals(blankToNull(d.navContact()), p.navContact)) changed.add("NAV-kontakt");
        p.givenName = given;
        p.familyName = family;
        p.phone = blankToNull(d.phone());
        p.email = blankToNull(d.email());
        p.address = blankToNull(d.address());
        p.navContact = blankToNull(d.navContact());
        return changed;
    }

    /**
     * The search in a URL takes names only: a digit in {@code q} is a 400, so that no identity number (nor the birth
     * date that starts it) reaches a URL, where proxies and access logs keep it.
     */
    @Transactional
    public PageResult<PersonSummary> searchByName(String q, Paging paging) {
        PersonMatch.fromUrl(q, "q", "/api/persons/search");
        return search(q, paging);
    }

    /**
     * By part of a name or the first 6 to 11 digits of the number (sent in a body). The page and the count run in one
     * transaction whose statements are planned once per connection, unless the caller allocates from the queue: the
     * plan starts from the caller's grants, a few hundred persons at most, whatever the text; the queue's thousands
     * are better met by the name.
     */
    @Transactional
    public PageResult<PersonSummary> search(String q, Paging paging) {
        PersonMatch match = PersonMatch.of(q);
        String digits = match.byNumber() ? match.pattern().replace("%", "") : "";
        // an HVK caseworker with the applicant's full number in hand finds them, to register a new application
        boolean lookup = user.hasRole(Roles.HVK) && digits.length() == 11;
        var search = new PersonQueries.Search(match, lookup, lookup ? digits : null);
        AccessScope scope = access.scope();
        if (!scope.queue()) plans.keptFromHere();
        return new PageResult<>(queries.search(search, scope, paging), paging.page(), paging.size(),
                queries.count(search, scope));
    }

    /** A person by id, for the features that act on one (no scope check, no access-log entry of its own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> lookup(UUID id) {
        return persons.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonView get(UUID id) {
        return PersonView.of(visible(id), access.grants(id));
    }

    /**
     * The case view's header: the person, where they stand now as the caller sees it, and why the caller sees them
     * (R-ACC-3); 404 as for an unknown id when the caller does not see the person.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonCase caseOf(UUID id) {
        PersonCase found = queries.caseOf(id, access.scope()).orElseThrow(() -> ProblemException.notFound("Personen", id));
        return new PersonCase(found.id(), found.name(), found.nationalIdMasked(), found.birthDate(), found.age(),
                found.sex(), found.phone(), found.email(), found.navContact(), found.anonymisedAt(), found.agreement(),
                found.application(), access.grants(id));
    }

    /** The person, if the caller may see them; 404 otherwise (the API does not reveal who exists). */
    public Person visible(UUID id) {
        if (!queries.isVisible(id, access.scope())) throw ProblemException.notFound("Personen", id);
        return persons.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Personen", id));
    }

    /** Innsyn (R-ACC-2): who read or changed the person's data, when, in which role and through which client. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AccessLogView> accessLog(UUID personId, Paging paging) {
        visible(personId);
        return new PageResult<>(accessLog.forPerson(personId, paging), paging.page(), paging.size(),
                accessLog.countForPerson(personId));
    }

    /**
     * R-ACC-5 (M30), called by retention: the persons are anonymised ({@link PersonQueries#anonymise}); nothing happens
     * to an unknown or already anonymised person. Returns how many were anonymised now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymise(List<UUID> personIds) {
        return queries.anonymise(personIds, clock.instant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
