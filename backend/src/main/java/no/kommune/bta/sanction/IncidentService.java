package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.sanction.IncidentQueries.RulesVersion;
import no.kommune.bta.sanction.SanctionDtos.IncidentView;
import no.kommune.bta.sanction.SanctionDtos.NewIncident;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.PersonAccess;

/** Incidents: what happened, who was involved, which house rules were broken, and police contacts (R-SAN-1, R-SAN-9). */
@ApplicationScoped
public class IncidentService {

    @Inject
    IncidentQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Inject
    PersonAccess access;

    @Transactional
    public IncidentView record(NewIncident body) {
        scope.requireWorksAt(body.facilityId());
        List<Problem.Violation> v = new ArrayList<>();
        Set<IncidentCategory> categories = new LinkedHashSet<>();
        for (String c : new LinkedHashSet<>(body.categories())) {
            Enums.find(IncidentCategory.class, c).ifPresentOrElse(categories::add,
                    () -> v.add(new Problem.Violation("categories", SanctionTexts.unknownCategory(c))));
        }
        PoliceReason policeReason = Enums.find(PoliceReason.class, body.policeReason()).orElse(null);
        if (body.policeReason() != null && policeReason == null) {
            v.add(new Problem.Violation("policeReason", SanctionTexts.unknownPoliceReason(body.policeReason())));
        }
        for (UUID p : body.personIds()) {
            // the residents involved must be ones the caller sees at the facility (R-ACC-3)
            if (!access.atFacility(p, body.facilityId())) v.add(new Problem.Violation("personIds", SanctionTexts.personNotAtFacility(p)));
        }
        if (!v.isEmpty()) {
            throw ProblemException.of(ProblemType.VALIDATION, String.join("; ", v.stream().map(Problem.Violation::message).toList()), v);
        }
        List<Integer> numbers = body.ruleNumbers() == null ? List.of() : body.ruleNumbers();
        RulesVersion rules = citedRules(body.facilityId(), new LinkedHashSet<>(body.personIds()), numbers);
        UUID id = UUID.randomUUID();
        queries.insert(id, new IncidentQueries.NewIncidentRow(body.facilityId(), body.occurredAt(), categories,
                Boolean.TRUE.equals(body.serious()), rules.id(), numbers, body.description().strip(), policeReason, user.describe(),
                new LinkedHashSet<>(body.personIds())));
        return queries.byId(id).orElseThrow();
    }

    /**
     * R-FAC-2: an incident cites rule numbers from the house-rules version on each involved resident's agreement (the
     * facility's version in force for one with no signed agreement there, and for an incident with no residents). Every
     * number must exist in every such version (422 naming {@code ruleNumbers[i]}). The incident records the newest of
     * them.
     */
    private RulesVersion citedRules(String facility, Set<UUID> persons, List<Integer> numbers) {
        RulesVersion inForce = queries.rulesInForce(facility).orElseThrow();
        Set<RulesVersion> versions = new LinkedHashSet<>();
        for (UUID p : persons) versions.add(queries.signedRules(p, facility).orElse(inForce));
        if (versions.isEmpty()) versions.add(inForce);
        for (int i = 0; i < numbers.size(); i++) {
            for (RulesVersion v : versions) {
                if (!queries.ruleExists(v.id(), numbers.get(i))) {
                    String message = persons.isEmpty() ? SanctionTexts.ruleNotInForce(numbers.get(i))
                            : SanctionTexts.ruleNotInSignedVersion(numbers.get(i), v.version());
                    throw ProblemException.of(ProblemType.RULE_NOT_IN_SIGNED_VERSION, "ruleNumbers[" + i + "]", message);
                }
            }
        }
        return versions.stream().max(Comparator.comparingInt(RulesVersion::version)).orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IncidentView> list(String facility, UUID personId, int limit, int offset) {
        scope.requireOwnFilter(facility);
        return queries.page(scope.facilityIds(), access.scope(), facility, personId, limit, offset);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String facility, UUID personId) {
        return queries.count(scope.facilityIds(), access.scope(), facility, personId);
    }
}
