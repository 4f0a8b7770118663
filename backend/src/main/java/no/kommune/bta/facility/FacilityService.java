package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.facility.FacilityDtos.FacilitySummary;
import no.kommune.bta.facility.FacilityDtos.FacilityView;
import no.kommune.bta.facility.FacilityDtos.HouseRulesHistory;
import no.kommune.bta.facility.FacilityDtos.HouseRulesVersionView;
import no.kommune.bta.facility.FacilityDtos.NewHouseRulesVersion;
import no.kommune.bta.facility.FacilityDtos.Rule;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.facility.FacilityDtos.UnitCounts;
import no.kommune.bta.facility.FacilityDtos.UnitView;

@ApplicationScoped
public class FacilityService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<FacilitySummary> list(String kind, Paging paging) {
        if (kind != null && !Set.of("BTA", "LEASE").contains(kind)) {
            throw ProblemException.badRequest("kind", "må være BTA eller LEASE");
        }
        List<Facility> facilities = em.createQuery(
                        "from Facility f where (:kind is null or f.agreementKind = :kind) order by f.name", Facility.class)
                .setParameter("kind", kind)
                .setFirstResult(paging.offset()).setMaxResults(paging.size())
                .getResultList();
        long total = em.createQuery("select count(f) from Facility f where (:kind is null or f.agreementKind = :kind)",
                Long.class).setParameter("kind", kind).getSingleResult();
        Map<String, UnitCounts> counts = unitCounts(facilities.stream().map(f -> f.id).toList());
        List<FacilitySummary> items = facilities.stream()
                .map(f -> new FacilitySummary(f.id, f.name, f.agreementKind, f.address, f.operator, target(f),
                        counts.getOrDefault(f.id, new UnitCounts(0, 0, 0, 0))))
                .toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityView get(String id) {
        Facility f = find(id);
        UnitCounts counts = unitCounts(List.of(id)).getOrDefault(id, new UnitCounts(0, 0, 0, 0));
        return new FacilityView(f.id, f.name, f.agreementKind, f.address, f.operator, f.description, target(f), counts,
                f.substancePolicy, f.substancePolicyNote, f.monthlyFeeOre, list(f.feeIncludes), f.noticeDays,
                f.exclusionDays, f.maxContinuousStayDays, list(f.entryGrounds), currentVersion(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<UnitView> units(String facilityId, Paging paging) {
        find(facilityId);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT u.id, u.label, u.unit_type, u.floor, s.status
                        FROM unit u JOIN unit_current_status s ON s.unit_id = u.id
                        WHERE u.facility_id = :f
                        ORDER BY u.label
                        LIMIT :size OFFSET :off""", Tuple.class)
                .setParameter("f", facilityId).setParameter("size", paging.size()).setParameter("off", paging.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM unit WHERE facility_id = :f")
                .setParameter("f", facilityId).getSingleResult()).longValue();
        List<UnitView> items = rows.stream().map(t -> new UnitView((UUID) t.get(0), (String) t.get(1),
                (String) t.get(2), t.get(3) == null ? null : ((Number) t.get(3)).intValue(), (String) t.get(4))).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HouseRulesHistory houseRules(String facilityId) {
        find(facilityId);
        List<HouseRulesVersion> versions = em.createQuery(
                        "select distinct v from HouseRulesVersion v left join fetch v.rules where v.facilityId = :f order by v.version desc",
                        HouseRulesVersion.class)
                .setParameter("f", facilityId).getResultList();
        int current = versions.isEmpty() ? 0 : versions.get(0).version;
        return new HouseRulesHistory(facilityId, current, versions.stream().map(v -> view(v, current)).toList());
    }

    /** R-FAC-2: a new version is added; earlier versions stay as they were for the agreements signed under them. */
    @Transactional
    public HouseRulesVersionView adoptHouseRules(String facilityId, NewHouseRulesVersion body, String createdBy) {
        Facility f = em.find(Facility.class, facilityId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null) throw ProblemException.notFound("Botiltaket", facilityId);
        HouseRulesVersion current = em.createQuery(
                        "from HouseRulesVersion v where v.facilityId = :f order by v.version desc", HouseRulesVersion.class)
                .setParameter("f", facilityId).setMaxResults(1).getResultStream().findFirst().orElse(null);
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
        if (!violations.isEmpty()) {
            throw new ProblemException(422, "validation", "Ugyldige felt",
                    violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    "R-FAC-2", violations);
        }
        HouseRulesVersion v = new HouseRulesVersion();
        v.id = UUID.randomUUID();
        v.facilityId = facilityId;
        v.version = currentNo + 1;
        v.validFrom = body.validFrom();
        v.createdAt = clock.instant();
        v.createdBy = createdBy;
        v.changeNote = body.changeNote();
        body.houseRules().forEach(r -> v.rules.add(new HouseRulesVersion.RuleText("HOUSE", r.number(), r.text().strip())));
        body.hmsRules().forEach(r -> v.rules.add(new HouseRulesVersion.RuleText("HMS", r.number(), r.text().strip())));
        em.persist(v);
        em.flush();
        return view(v, v.version);
    }

    Facility find(String id) {
        Facility f = em.find(Facility.class, id);
        if (f == null) throw ProblemException.notFound("Botiltaket", id);
        return f;
    }

    private int currentVersion(String facilityId) {
        Integer v = em.createQuery("select max(v.version) from HouseRulesVersion v where v.facilityId = :f", Integer.class)
                .setParameter("f", facilityId).getSingleResult();
        return v == null ? 0 : v;
    }

    private Map<String, UnitCounts> unitCounts(List<String> facilityIds) {
        Map<String, UnitCounts> out = new HashMap<>();
        if (facilityIds.isEmpty()) return out;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT facility_id, count(*), count(*) FILTER (WHERE status = 'VACANT'),
                               count(*) FILTER (WHERE status = 'ALLOCATED'), count(*) FILTER (WHERE status = 'OCCUPIED')
                        FROM unit_current_status WHERE facility_id IN (:ids) GROUP BY facility_id""")
                .setParameter("ids", facilityIds).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], new UnitCounts(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        return out;
    }

    private static void uniqueNumbers(String field, List<Rule> rules, List<Problem.Violation> out) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!seen.add(rules.get(i).number())) {
                out.add(new Problem.Violation(field + "[" + i + "].number", "nummeret er brukt før i listen"));
            }
        }
    }

    private static HouseRulesVersionView view(HouseRulesVersion v, int current) {
        List<Rule> house = v.rules.stream().filter(r -> r.category.equals("HOUSE"))
                .sorted((a, b) -> Integer.compare(a.number, b.number)).map(r -> new Rule(r.number, r.text)).toList();
        List<Rule> hms = v.rules.stream().filter(r -> r.category.equals("HMS"))
                .sorted((a, b) -> Integer.compare(a.number, b.number)).map(r -> new Rule(r.number, r.text)).toList();
        return new HouseRulesVersionView(v.version, v.validFrom, v.createdAt, v.createdBy, v.changeNote,
                v.version == current, house, hms);
    }

    private static TargetGroup target(Facility f) {
        return new TargetGroup(list(f.targetSexes), f.targetMinAge, f.targetMaxAge, f.targetDescription);
    }

    private static List<String> list(String[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }
}
