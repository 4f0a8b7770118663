package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;

/**
 * R-STA-1: what happened to the residents of a facility in a period, computed by SQL over the
 * recorded agreements, applications, sanctions and charges — no counters kept on the side.
 */
@ApplicationScoped
public class StatisticsService {
    static final List<String> DESTINATIONS = List.of("MUNICIPAL_RENTAL", "PRIVATE_RENTAL", "OWN_HOME", "TREATMENT",
            "OTHER_FACILITY", "PRISON", "HOSPITAL", "DECEASED", "UNKNOWN");
    static final List<String> PERMANENT = List.of("MUNICIPAL_RENTAL", "PRIVATE_RENTAL", "OWN_HOME");

    public record Count(String key, long count) {
    }

    public record Statistics(String facilityId, String facilityName, LocalDate from, LocalDate to, long residentsServed,
                             long moveIns, long moveOuts, List<Count> moveOutsByDestination, List<Count> moveOutsByReason,
                             long stillLiving, Long meanStayDays, Long medianStayDays, List<Count> stayBuckets,
                             Double permanentHousingShare, double occupancy, long occupiedUnitDays, long availableUnitDays,
                             Long medianWaitingDays, long waitingListAtEnd, List<Count> sanctionsByType, long exclusions,
                             long entriesWithoutConsent, long terminations, long arrearsAtEndOre, String summary) {
    }

    @Inject
    EntityManager em;

    @Inject
    FacilityScope scope;

    /** The facility code that asks for the whole municipality: every facility together. */
    public static final String ALL = FacilityScope.WHOLE_MUNICIPALITY;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics compute(String facility, LocalDate from, LocalDate to) {
        boolean everywhere = ALL.equals(facility);
        // ESIKT allocates to every facility and internal control oversees them: both see every facility's figures
        // and the total; staff see their own facilities
        List<String> fs = scope.reportFacilities(facility, Set.of(Roles.ESIKT, Roles.KONTROLL),
                "Tall for hele kommunen er for ESIKT og internkontrollen");
        if (to.isBefore(from)) throw ProblemException.badRequest("to", "kan ikke være før from");
        String name = everywhere ? "Hele kommunen"
                : (String) em.createNativeQuery("SELECT name FROM facility WHERE id = :f").setParameter("f", facility).getSingleResult();
        // stays: one per person and agreement chain; a successor made by conversion continues its predecessor's stay
        String stays = """
                SELECT a.id, a.person_id, a.moved_in_on, a.moved_out_on, a.destination, a.termination_ground,
                       a.end_reason, a.ended_on, i.received_on
                FROM agreement a LEFT JOIN intake i ON i.id = a.intake_id
                WHERE a.facility_id IN (:fs) AND a.moved_in_on IS NOT NULL AND a.predecessor_id IS NULL
                  AND a.moved_in_on <= :to AND coalesce(a.moved_out_on, :to) >= :from""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(stays).setParameter("fs", fs).setParameter("from", from)
                .setParameter("to", to).getResultList();
        long served = rows.stream().map(r -> r[1]).distinct().count();
        long moveIns = rows.stream().filter(r -> !date(r[2]).isBefore(from)).count();
        List<Object[]> outs = rows.stream().filter(r -> r[3] != null && !date(r[3]).isAfter(to) && !date(r[3]).isBefore(from)).toList();
        Map<String, Long> byDest = new LinkedHashMap<>();
        DESTINATIONS.forEach(d -> byDest.put(d, 0L));
        Map<String, Long> byReason = new LinkedHashMap<>(Map.of("OWN_WISH", 0L, "BREACHES", 0L, "ARREARS", 0L));
        Map<String, Long> ownDest = new LinkedHashMap<>();
        for (Object[] r : outs) {
            byDest.merge((String) r[4], 1L, Long::sum);
            if ("NONE".equals(r[5])) ownDest.merge((String) r[4], 1L, Long::sum);
            String g = (String) r[5];
            byReason.merge("NONE".equals(g) ? "OWN_WISH" : g, 1L, Long::sum);
        }
        long converted = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM agreement WHERE facility_id IN (:fs) AND end_reason = 'CONVERTED' AND ended_on BETWEEN :from AND :to""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
        byReason.put("CONVERTED", converted);
        long still = rows.stream().filter(r -> r[3] == null || date(r[3]).isAfter(to)).count();
        // stay = move-out (or end of period) + 1 day − move-in
        List<Long> stayDays = rows.stream().map(r -> {
            LocalDate end = r[3] != null && !date(r[3]).isAfter(to) ? date(r[3]) : to;
            return ChronoUnit.DAYS.between(date(r[2]), end) + 1;
        }).toList();
        long[] buckets = StayStatistics.buckets(stayDays);
        List<Count> bucketCounts = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) bucketCounts.add(new Count(StayStatistics.LABELS.get(i), buckets[i]));
        long leftAlive = outs.stream().filter(r -> !"DECEASED".equals(r[4])).count();
        long permanent = outs.stream().filter(r -> PERMANENT.contains((String) r[4])).count();
        Double share = leftAlive == 0 ? null : Math.round(1000.0 * permanent / leftAlive) / 1000.0;
        long available = ((Number) em.createNativeQuery("SELECT count(*) FROM unit WHERE facility_id IN (:fs)")
                .setParameter("fs", fs).getSingleResult()).longValue() * (ChronoUnit.DAYS.between(from, to) + 1);
        // an open occupancy has no upper bound: count it to the end of the period
        long occupied = ((Number) em.createNativeQuery("""
                        SELECT coalesce(sum(least(coalesce(upper(r.period) - 1, CAST(:to AS date)), CAST(:to AS date))
                                            - greatest(lower(r.period), CAST(:from AS date)) + 1), 0)
                        FROM unit_reservation r JOIN unit u ON u.id = r.unit_id
                        WHERE u.facility_id IN (:fs) AND r.kind = 'OCCUPANCY' AND r.released_at IS NULL
                          AND r.period && daterange(CAST(:from AS date), CAST(:to AS date), '[]')""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
        double occupancy = available == 0 ? 0 : Math.round(1000.0 * occupied / available) / 1000.0;
        List<Long> waits = rows.stream().filter(r -> r[8] != null && !date(r[2]).isBefore(from))
                .map(r -> ChronoUnit.DAYS.between(date(r[8]), date(r[2]))).toList();
        long waitingAtEnd = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM intake i
                        WHERE i.prioritised_at IS NOT NULL AND (i.prioritised_at AT TIME ZONE 'Europe/Oslo')::date <= :to
                          AND (:all = true OR EXISTS (SELECT 1 FROM unnest(i.facility_wishes) w WHERE w IN (:fs)))
                          AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.intake_id = i.id AND (a.created_at AT TIME ZONE 'Europe/Oslo')::date <= :to)
                          AND (i.withdrawn_at IS NULL OR (i.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date > :to)
                          AND (i.rejected_at IS NULL OR (i.rejected_at AT TIME ZONE 'Europe/Oslo')::date > :to)""")
                .setParameter("all", everywhere).setParameter("fs", fs).setParameter("to", to).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> sanctionRows = em.createNativeQuery("""
                        SELECT type, count(*) FROM sanction WHERE facility_id IN (:fs)
                          AND (proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to
                          AND appeal_outcome IS DISTINCT FROM 'REVERSED' GROUP BY type ORDER BY type""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getResultList();
        List<Count> sanctions = sanctionRows.stream().map(r -> new Count((String) r[0], ((Number) r[1]).longValue())).toList();
        long entries = ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM entry_log WHERE facility_id IN (:fs) AND (entered_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to""")
                .setParameter("fs", fs).setParameter("from", from).setParameter("to", to).getSingleResult()).longValue();
        long arrears = ((Number) em.createNativeQuery("""
                        SELECT coalesce(sum(greatest(0, c.amount_ore - coalesce((SELECT sum(pa.amount_ore) FROM payment_allocation pa
                                JOIN payment p ON p.id = pa.payment_id WHERE pa.charge_id = c.id AND p.paid_on <= :to), 0))), 0)
                        FROM charge c JOIN agreement a ON a.id = c.agreement_id WHERE a.facility_id IN (:fs) AND c.due_date <= :to""")
                .setParameter("fs", fs).setParameter("to", to).getSingleResult()).longValue();
        long exclusions = sanctions.stream().filter(c -> c.key().equals("EXCLUSION")).mapToLong(Count::count).sum();
        long terminations = sanctions.stream().filter(c -> c.key().startsWith("TERMINATION")).mapToLong(Count::count).sum();
        List<Count> dest = byDest.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        List<Count> reason = byReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        Statistics s = new Statistics(facility, name, from, to, served, moveIns, outs.size(), dest, reason, still,
                StayStatistics.mean(stayDays), StayStatistics.median(stayDays), bucketCounts, share, occupancy, occupied,
                available, StayStatistics.median(waits), waitingAtEnd, sanctions, exclusions, entries, terminations, arrears, null);
        return withSummary(s, ownDest, byReason);
    }

    /** The figures as a short text in the style of the report's chapter 11. */
    static Statistics withSummary(Statistics s, Map<String, Long> dest, Map<String, Long> reason) {
        Locale nb = Locale.forLanguageTag("nb");
        String fromText = s.from().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, nb) + " " + s.from().getYear();
        String toText = s.to().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, nb) + " " + s.to().getYear();
        List<String> parts = new ArrayList<>();
        long afterBreach = reason.getOrDefault("BREACHES", 0L) + reason.getOrDefault("ARREARS", 0L);
        if (afterBreach > 0) parts.add(afterBreach + " flyttet etter oppsigelse for brudd eller restanse");
        add(parts, dest, "MUNICIPAL_RENTAL", "til kommunal utleiebolig");
        add(parts, dest, "PRIVATE_RENTAL", "til privat leid bolig");
        add(parts, dest, "OWN_HOME", "til egen eid bolig");
        add(parts, dest, "TREATMENT", "til behandling");
        add(parts, dest, "OTHER_FACILITY", "til et annet botiltak");
        add(parts, dest, "PRISON", "til fengsel");
        add(parts, dest, "HOSPITAL", "til sykehus");
        add(parts, dest, "DECEASED", "er døde");
        String who = ALL.equals(s.facilityId()) ? "botiltakene i kommunen" : s.facilityName();
        String text = "Fra " + fromText + " til " + toText + " har " + who + " hatt i alt " + s.residentsServed()
                + " beboere."
                + (parts.isEmpty() ? "" : " Av dem har " + join(parts) + ".")
                + " " + s.stillLiving() + " bor der fortsatt.";
        return new Statistics(s.facilityId(), s.facilityName(), s.from(), s.to(), s.residentsServed(), s.moveIns(), s.moveOuts(),
                s.moveOutsByDestination(), s.moveOutsByReason(), s.stillLiving(), s.meanStayDays(), s.medianStayDays(),
                s.stayBuckets(), s.permanentHousingShare(), s.occupancy(), s.occupiedUnitDays(), s.availableUnitDays(),
                s.medianWaitingDays(), s.waitingListAtEnd(), s.sanctionsByType(), s.exclusions(), s.entriesWithoutConsent(),
                s.terminations(), s.arrearsAtEndOre(), text);
    }

    /** Destinations of those who left without a termination; breaches and arrears are told once, by reason. */
    private static void add(List<String> parts, Map<String, Long> dest, String key, String text) {
        long n = dest.getOrDefault(key, 0L);
        if (n > 0) parts.add(n + " " + text);
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) return parts.get(0);
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }

    private static LocalDate date(Object o) {
        return no.kommune.bta.common.SqlValues.date(o);
    }
}
