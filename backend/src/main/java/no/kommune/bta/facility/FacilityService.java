package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.facility.FacilityDtos.EgenbetalingSetting;
import no.kommune.bta.facility.FacilityDtos.FacilitySummary;
import no.kommune.bta.facility.FacilityDtos.FacilityView;
import no.kommune.bta.facility.FacilityDtos.HouseRulesHistory;
import no.kommune.bta.facility.FacilityDtos.HouseRulesVersionView;
import no.kommune.bta.facility.FacilityDtos.NewHouseRulesVersion;
import no.kommune.bta.facility.FacilityDtos.Rule;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.facility.FacilityDtos.UnitCounts;
import no.kommune.bta.facility.FacilityDtos.UnitView;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

@ApplicationScoped
public class FacilityService {
    private static final UnitCounts NO_UNITS = new UnitCounts(0, 0, 0, 0);

    @Inject
    FacilityRepository facilities;

    @Inject
    HouseRulesVersionRepository rulesVersions;

    @Inject
    FacilityQueries queries;

    @Inject
    Plans plans;

    @Inject
    Clock clock;

    @Inject
    FacilityScope scope;

    @Inject
    CurrentUser user;

    /**
     * A page of facilities with their units per status. Its three reads run in one transaction whose statements are
     * planned once per connection: a page of facilities, the same one plan for any of them (the unit counts were
     * planned anew on every call, 0.34 ms of PostgreSQL's 2.3 ms a request at national scale, issue 16).
     */
    @Transactional
    public PageResult<FacilitySummary> list(String kind, Paging paging) {
        AgreementKind k = AgreementKind.fromQuery(kind);
        plans.keptFromHere();
        List<FacilitySummary> page = queries.page(k, paging);
        Map<String, UnitCounts> counts = queries.unitCounts(page.stream().map(FacilitySummary::id).toList());
        List<FacilitySummary> items = page.stream().map(f -> f.withUnitCounts(counts.getOrDefault(f.id(), NO_UNITS))).toList();
        return new PageResult<>(items, paging.page(), paging.size(), queries.count(k));
    }

    /** A facility by id, for the features that act on one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Facility> lookup(String id) {
        return facilities.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityView get(String id) {
        Facility f = find(id);
        UnitCounts counts = queries.unitCounts(List.of(id)).getOrDefault(id, NO_UNITS);
        return new FacilityView(f.id, f.name, f.agreementKind, f.address, f.operator, f.description, target(f), counts,
                f.substancePolicy, f.substancePolicyNote, f.monthlyFeeOre, f.collectsEgenbetaling, list(f.feeIncludes), f.noticeDays,
                f.exclusionDays, f.maxContinuousStayDays, list(f.entryGrounds), rulesVersions.currentNumber(id));
    }

    /**
     * R-PAY-8: whether the unit collects egenbetaling at the facility; økonomi sets it. A BTA facility collects and a
     * LEASE facility does not (the owner collects rent) unless set otherwise here. The monthly charge run reads it.
     */
    @Transactional
    public FacilityView setEgenbetaling(String facilityId, EgenbetalingSetting body) {
        Facility f = facilities.findByIdOptional(facilityId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Botiltaket", facilityId));
        f.collectsEgenbetaling = body.collectsEgenbetaling();
        facilities.flush();
        return get(facilityId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<UnitView> units(String facilityId, Paging paging) {
        find(facilityId);
        return new PageResult<>(queries.units(facilityId, paging), paging.page(), paging.size(),
                queries.countUnits(facilityId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseRulesHistory houseRules(String facilityId) {
        find(facilityId);
        List<HouseRulesVersion> versions = rulesVersions.history(facilityId);
        int current = versions.isEmpty() ? 0 : versions.get(0).version;
        return new HouseRulesHistory(facilityId, current, versions.stream().map(v -> view(v, current)).toList());
    }

    /**
     * R-FAC-2: a new version is added; earlier versions stay as they were for the agreements signed under them.
     * Only a fagleder at the facility adopts rules (R-ACC-1).
     */
    @Transactional
    public HouseRulesVersionView adoptHouseRules(String facilityId, NewHouseRulesVersion body) {
        scope.requireRoleAt(Roles.FAGLEDER, facilityId);
        Facility f = facilities.findByIdOptional(facilityId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Botiltaket", facilityId));
        HouseRulesVersion current = rulesVersions.findCurrent(facilityId).orElse(null);
        int currentNo = current == null ? 0 : current.version;
        if (body.basedOnVersion() != currentNo) {
            throw ProblemException.staleVersion("Gjeldende versjon er " + currentNo + ", endringen bygger på versjon "
                    + body.basedOnVersion());
        }
        List<Problem.Violation> violations = new ArrayList<>();
        uniqueNumbers("houseRules", body.houseRules(), violations);
        uniqueNumbers("hmsRules", body.hmsRules(), violations);
        if (current != null && body.validFrom().isBefore(current.validFrom)) {
            violations.add(new Problem.Violation("validFrom",
                    "kan ikke være før gjeldende versjon (" + current.validFrom + ")"));
        }
        if (!violations.isEmpty()) throw ProblemException.invalid(ProblemType.HOUSE_RULES_INVALID, violations);
        // R-FAC-3: a tenancy facility's rules keep no BTA-only restriction, whether it converted or always was one
        if (f.agreementKind == AgreementKind.LEASE) reviewForTenancy(body.houseRules(), body.hmsRules());
        HouseRulesVersion v = addVersion(facilityId, body.validFrom(), user.describe(), body.changeNote(),
                rulesText(body.houseRules(), body.hmsRules()));
        return view(v, v.version);
    }

    /**
     * R-FAC-2: the facility's next rules version, from a date; earlier versions stay as they were. The caller holds
     * the facility's lock and has reviewed the rules.
     */
    HouseRulesVersion addVersion(String facilityId, LocalDate validFrom, String by, String changeNote,
                                 List<HouseRulesVersion.RuleText> rules) {
        HouseRulesVersion v = new HouseRulesVersion();
        v.id = UUID.randomUUID();
        v.facilityId = facilityId;
        v.version = rulesVersions.currentNumber(facilityId) + 1;
        v.validFrom = validFrom;
        v.createdAt = clock.instant();
        v.createdBy = by;
        v.changeNote = changeNote;
        rules.forEach(r -> v.rules.add(new HouseRulesVersion.RuleText(r.category, r.number, r.text)));
        rulesVersions.persist(v);
        rulesVersions.flush();
        return v;
    }

    /** The two lists as rows of a rules version, the texts trimmed. */
    static List<HouseRulesVersion.RuleText> rulesText(List<Rule> houseRules, List<Rule> hmsRules) {
        List<HouseRulesVersion.RuleText> out = new ArrayList<>();
        houseRules.forEach(r -> out.add(new HouseRulesVersion.RuleText(HouseRuleCategory.HOUSE, r.number(), r.text().strip())));
        hmsRules.forEach(r -> out.add(new HouseRulesVersion.RuleText(HouseRuleCategory.HMS, r.number(), r.text().strip())));
        return out;
    }

    /** R-FAC-3: 422 naming every rule that keeps a restriction only a BTA may have. */
    static void reviewForTenancy(List<Rule> houseRules, List<Rule> hmsRules) {
        List<Problem.Violation> unlawful = new ArrayList<>(TenancyHouseRules.review("houseRules", "Husordensregel", houseRules));
        unlawful.addAll(TenancyHouseRules.review("hmsRules", "HMS-regel", hmsRules));
        if (!unlawful.isEmpty()) throw ProblemException.invalid(ProblemType.RULE_NOT_LAWFUL_IN_TENANCY, unlawful);
    }

    Facility find(String id) {
        return facilities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Botiltaket", id));
    }

    static void uniqueNumbers(String field, List<Rule> rules, List<Problem.Violation> out) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!seen.add(rules.get(i).number())) {
                out.add(new Problem.Violation(field + "[" + i + "].number", "nummeret er brukt før i listen"));
            }
        }
    }

    private static HouseRulesVersionView view(HouseRulesVersion v, int current) {
        return new HouseRulesVersionView(v.version, v.validFrom, v.createdAt, v.createdBy, v.changeNote,
                v.version == current, rules(v.rules, HouseRuleCategory.HOUSE), rules(v.rules, HouseRuleCategory.HMS));
    }

    static List<Rule> rules(List<HouseRulesVersion.RuleText> all, HouseRuleCategory category) {
        return all.stream().filter(r -> r.category == category)
                .sorted(Comparator.comparingInt(r -> r.number)).map(r -> new Rule(r.number, r.text)).toList();
    }

    private static TargetGroup target(Facility f) {
        return new TargetGroup(list(f.targetSexes), f.targetMinAge, f.targetMaxAge, f.targetDescription);
    }

    private static <T> List<T> list(T[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }
}
