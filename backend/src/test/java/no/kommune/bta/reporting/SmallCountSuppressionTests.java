package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.reporting.SmallCountSuppression.Reason;
import no.kommune.bta.reporting.SmallCountSuppression.Scope;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import no.kommune.bta.reporting.StatisticsDtos.Suppressed;
import no.kommune.bta.security.Roles;
import org.junit.jupiter.api.Test;

/** R-STA-2: which statistics esikt and kontroll see, in {@link SmallCountSuppression}. */
class SmallCountSuppressionTests {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final List<String> DESTINATIONS = List.of("MUNICIPAL_RENTAL", "PRIVATE_RENTAL", "OWN_HOME", "TREATMENT",
            "OTHER_FACILITY", "PRISON", "HOSPITAL", "DECEASED", "UNKNOWN");
    static final List<String> BUCKETS = List.of("0-30", "31-60", "61-90", "91-180", "181-365", "366-730", "731-");

    /** The figures of one facility, each settable; the defaults are all at least 5 (or 0), so nothing is hidden. */
    static final class Figures {
        String facility = "bakklandet";
        long served = 40;
        long moveIns = 10;
        long[] destinations = {0, 10, 0, 10, 0, 0, 0, 0, 0};
        long ownWish = 20;
        long breaches = 0;
        long arrears = 0;
        long converted = 0;
        long still = 20;
        long[] buckets = {0, 0, 0, 0, 20, 20, 0};
        Map<String, Long> sanctions = new LinkedHashMap<>(Map.of("WRITTEN_WARNING", 6L));
        long exclusions = 0;
        long entries = 0;
        long terminations = 0;
        long waiting = 9;
        long waits = 10;
        long occupancies = 40;
        long agreementsInArrears = 5;
        long arrearsOre = 1_250_000;

        Figures at(String id) {
            facility = id;
            return this;
        }

        /** {@code n} moved out, all of their own accord to {@code destination}; {@code stillLiving} still live there. */
        Figures movedOut(String destination, long n, long stillLiving) {
            served = n + stillLiving;
            destinations = new long[DESTINATIONS.size()];
            destinations[DESTINATIONS.indexOf(destination)] = n;
            ownWish = n;
            still = stillLiving;
            return this;
        }

        long moveOuts() {
            long n = 0;
            for (long d : destinations) n += d;
            return n;
        }

        Scope scope() {
            List<Count> dest = new ArrayList<>();
            for (int i = 0; i < DESTINATIONS.size(); i++) dest.add(new Count(DESTINATIONS.get(i), destinations[i]));
            List<Count> buck = new ArrayList<>();
            for (int i = 0; i < BUCKETS.size(); i++) buck.add(new Count(BUCKETS.get(i), buckets[i]));
            List<Count> reasons = List.of(new Count("ARREARS", arrears), new Count("BREACHES", breaches),
                    new Count("CONVERTED", converted), new Count("OWN_WISH", ownWish));
            List<Count> sanc = sanctions.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
            long leftAlive = moveOuts() - destinations[7];
            Double share = leftAlive == 0 ? null : StayStatistics.share(destinations[0] + destinations[1] + destinations[2], leftAlive);
            Statistics s = new Statistics(facility, facility, FROM, TO, served, moveIns, moveOuts(), dest, reasons, still,
                    200L, 180L, buck, share, 0.7, 6300, 9000, 40L, waiting, sanc, exclusions, entries, terminations,
                    arrearsOre, "exakt");
            return new Scope(s, waits, occupancies, agreementsInArrears);
        }
    }

    /** One facility, which is also the whole municipality. */
    static Statistics seenBy(Figures f) {
        Map<String, Scope> scopes = new LinkedHashMap<>();
        scopes.put(f.facility, f.scope());
        Scope all = f.scope();
        scopes.put("alle", new Scope(rename(all.figures(), "alle"), all.waits(), all.occupancies(), all.agreementsInArrears()));
        return SmallCountSuppression.hide(f.facility, "alle", scopes);
    }

    static Statistics rename(Statistics s, String id) {
        return new Statistics(id, id, s.from(), s.to(), s.residentsServed(), s.moveIns(), s.moveOuts(),
                s.moveOutsByDestination(), s.moveOutsByReason(), s.stillLiving(), s.meanStayDays(), s.medianStayDays(),
                s.stayBuckets(), s.permanentHousingShare(), s.occupancy(), s.occupiedUnitDays(), s.availableUnitDays(),
                s.medianWaitingDays(), s.waitingListAtEnd(), s.sanctionsByType(), s.exclusions(), s.entriesWithoutConsent(),
                s.terminations(), s.arrearsAtEndOre(), s.summary(), s.suppressed(), s.suppressionThreshold());
    }

    static Long row(List<Count> rows, String key) {
        return rows.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().count();
    }

    @Test
    void R_STA_2_counts_1_to_4_are_hidden_for_municipality_wide_readers() {
        Figures f = new Figures();
        f.moveIns = 3;
        f.waiting = 4;
        f.entries = 1;
        f.sanctions.put("EXCLUSION", 2L);
        f.exclusions = 2;
        Statistics s = seenBy(f);
        assertNull(s.moveIns());
        assertNull(s.waitingListAtEnd());
        assertNull(s.entriesWithoutConsent());
        assertNull(row(s.sanctionsByType(), "EXCLUSION"));
        assertNull(s.exclusions());
        assertEquals(40L, s.residentsServed());
        assertEquals(5, s.suppressionThreshold());
        assertTrue(s.suppressed().contains(new Suppressed("moveIns", null, Reason.SMALL_COUNT)), s.suppressed().toString());
        assertTrue(s.suppressed().contains(new Suppressed("sanctionsByType", "EXCLUSION", Reason.SMALL_COUNT)));
        assertEquals(List.of(), smallCounts(s), "no count from 1 to 4 is left");
    }

    @Test
    void R_STA_2_zero_and_5_are_shown() {
        Figures f = new Figures();
        f.moveIns = 5;
        Statistics s = seenBy(f);
        assertEquals(5L, s.moveIns());
        assertEquals(0L, s.entriesWithoutConsent());
        assertEquals(0L, row(s.moveOutsByDestination(), "OWN_HOME"));
        assertEquals(List.of(), s.suppressed());
        assertEquals(5, s.suppressionThreshold(), "the threshold is told even when nothing needed hiding");
    }

    @Test
    void R_STA_2_when_one_part_of_a_table_is_hidden_the_next_smallest_is_hidden_too() {
        Figures f = new Figures();
        f.destinations = new long[] {0, 2, 9, 6, 0, 0, 0, 0, 0}; // 17 moved out, 2 of them to a private rental
        f.ownWish = 17;
        f.still = 23;
        Statistics s = seenBy(f);
        assertEquals(17L, s.moveOuts(), "the total stays");
        assertNull(row(s.moveOutsByDestination(), "PRIVATE_RENTAL"));
        assertNull(row(s.moveOutsByDestination(), "TREATMENT"), "6, the next smallest, is hidden with the 2");
        assertEquals(9L, row(s.moveOutsByDestination(), "OWN_HOME"));
        assertEquals(0L, row(s.moveOutsByDestination(), "PRISON"), "a zero is never hidden");
        assertTrue(s.suppressed().contains(new Suppressed("moveOutsByDestination", "TREATMENT", Reason.SMALL_COUNT)),
                "a count hidden with a small one has the same reason, so the two cannot be told apart");
        assertNull(s.permanentHousingShare(), "the share would give the hidden destinations away");
        assertTrue(s.suppressed().contains(new Suppressed("permanentHousingShare", null, Reason.SMALL_GROUP)));
    }

    @Test
    void R_STA_2_the_hidden_parts_of_a_table_add_up_to_at_least_5() {
        Map<String, Reason> hidden = new SmallCountSuppression().count("t", 12).count("a", 1).count("b", 1).count("c", 10)
                .table("t", List.of("a", "b", "c")).hidden();
        assertEquals(Set.of("a", "b", "c"), hidden.keySet(), "1 and 1 alone would both be known to be 1");
        Map<String, Reason> enough = new SmallCountSuppression().count("t", 20).count("a", 2).count("b", 3).count("c", 15)
                .table("t", List.of("a", "b", "c")).hidden();
        assertEquals(Set.of("a", "b"), enough.keySet());
    }

    @Test
    void R_STA_2_a_total_of_1_to_4_is_hidden_with_its_parts() {
        Statistics s = seenBy(new Figures().movedOut("TREATMENT", 3, 37));
        assertNull(s.moveOuts());
        assertNull(row(s.moveOutsByDestination(), "TREATMENT"));
        assertNull(row(s.moveOutsByReason(), "OWN_WISH"));
        assertNull(s.stillLiving(), "the stays can be added up from the buckets, so moveOuts + stillLiving must not give moveOuts");
        assertEquals(List.of(), smallCounts(s));
    }

    @Test
    void R_STA_2_a_hidden_total_is_not_given_away_by_its_parts() {
        // x = a + b is known (a sum anyone adds up from y); b is small, so a is hidden with it; a = c, so c is hidden too
        Map<String, Reason> hidden = new SmallCountSuppression().count("a", 9).count("b", 2).count("c", 9).count("d", 11)
                .table("x", List.of("a", "b")).table("x", List.of("d")).table("a", List.of("c")).hidden();
        assertEquals(Set.of("a", "b", "c"), hidden.keySet());
    }

    @Test
    void R_STA_2_a_total_whose_hidden_part_cannot_be_protected_is_hidden() {
        // y = p + q with q small hides p; t = p alone (every other part 0) would then give p away: t is hidden
        Map<String, Reason> hidden = new SmallCountSuppression().count("y", 10).count("p", 9).count("q", 1)
                .count("t", 9).count("z", 0).table("y", List.of("p", "q")).table("t", List.of("p", "z")).hidden();
        assertEquals(Set.of("p", "q", "t"), hidden.keySet());
    }

    @Test
    void R_STA_2_the_stays_are_protected_only_where_they_can_be_added_up() {
        Figures f = new Figures().movedOut("TREATMENT", 1, 8);
        f.buckets = new long[] {0, 0, 0, 0, 0, 9, 0}; // all shown: the 9 stays can be added up
        assertNull(seenBy(f).stillLiving(), "9 stays − 8 still living would give the 1 who moved out");
        f.buckets = new long[] {1, 0, 0, 0, 0, 8, 0}; // a hidden bucket: the stays cannot be added up
        Statistics s = seenBy(f);
        assertEquals(8L, s.stillLiving());
        assertNull(row(s.stayBuckets(), "0-30"));
        assertNull(s.moveOuts());
    }

    @Test
    void R_STA_2_means_medians_and_shares_of_1_to_4_persons_are_hidden() {
        Figures f = new Figures().movedOut("MUNICIPAL_RENTAL", 1, 2);
        f.buckets = new long[] {0, 0, 0, 0, 1, 2, 0};
        f.waits = 2;
        f.occupancies = 3;
        Statistics s = seenBy(f);
        assertNull(s.meanStayDays());
        assertNull(s.medianStayDays());
        assertNull(s.medianWaitingDays());
        assertNull(s.permanentHousingShare());
        assertNull(s.occupancy());
        assertNull(s.occupiedUnitDays());
        assertEquals(9000L, s.availableUnitDays(), "the units and days the facility has are no one's");
        assertTrue(s.suppressed().contains(new Suppressed("meanStayDays", null, Reason.SMALL_GROUP)));
        assertTrue(s.suppressed().contains(new Suppressed("occupancy", null, Reason.SMALL_GROUP)));
    }

    @Test
    void R_STA_2_money_owed_by_1_to_4_agreements_is_hidden() {
        Figures f = new Figures();
        f.agreementsInArrears = 2;
        assertNull(seenBy(f).arrearsAtEndOre());
        f.agreementsInArrears = 5;
        assertEquals(1_250_000L, seenBy(f).arrearsAtEndOre());
        f.agreementsInArrears = 0;
        f.arrearsOre = 0;
        assertEquals(0L, seenBy(f).arrearsAtEndOre());
    }

    @Test
    void R_STA_2_the_municipality_total_minus_the_other_facilities_gives_no_hidden_figure() {
        Figures a = new Figures().at("a");
        Figures b = new Figures().at("b");
        Figures c = new Figures().at("c");
        a.moveIns = 2;
        b.moveIns = 7;
        c.moveIns = 20;
        a.agreementsInArrears = 1;
        Figures all = new Figures().at("alle");
        all.moveIns = 29;
        all.agreementsInArrears = 11;
        all.arrearsOre = 3 * 1_250_000;
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Figures f : List.of(a, b, c, all)) scopes.put(f.facility, f.scope());
        assertNull(SmallCountSuppression.hide("a", "alle", scopes).moveIns());
        assertNull(SmallCountSuppression.hide("b", "alle", scopes).moveIns(), "7 is hidden with a's 2");
        assertEquals(20L, SmallCountSuppression.hide("c", "alle", scopes).moveIns());
        assertEquals(29L, SmallCountSuppression.hide("alle", "alle", scopes).moveIns());
        assertNull(SmallCountSuppression.hide("a", "alle", scopes).arrearsAtEndOre());
        assertNull(SmallCountSuppression.hide("b", "alle", scopes).arrearsAtEndOre(), "a's arrears are not the total minus c's");
        assertEquals(1_250_000L, SmallCountSuppression.hide("c", "alle", scopes).arrearsAtEndOre());
    }

    @Test
    void R_STA_2_no_hidden_count_can_be_worked_out_from_a_shown_total() {
        Random random = new Random(12);
        for (int round = 0; round < 400; round++) {
            Map<String, Scope> scopes = new LinkedHashMap<>();
            Figures all = new Figures().at("alle");
            all.destinations = new long[DESTINATIONS.size()];
            all.moveIns = 0;
            for (String id : List.of("a", "b", "c")) {
                Figures f = new Figures().at(id);
                for (int i = 0; i < f.destinations.length; i++) {
                    f.destinations[i] = random.nextInt(3) == 0 ? random.nextInt(9) : 0;
                    all.destinations[i] += f.destinations[i];
                }
                f.moveIns = random.nextInt(12);
                all.moveIns += f.moveIns;
                f.ownWish = f.moveOuts();
                scopes.put(id, f.scope());
            }
            all.ownWish = all.moveOuts();
            scopes.put("alle", all.scope());
            Map<String, Statistics> seen = new LinkedHashMap<>();
            for (String scope : scopes.keySet()) {
                Statistics s = SmallCountSuppression.hide(scope, "alle", scopes);
                seen.put(scope, s);
                assertEquals(List.of(), smallCounts(s), "round " + round + ", " + scope);
                if (s.moveOuts() != null) {
                    assertProtected(s.moveOutsByDestination().stream().map(Count::count).toList(),
                            exact(scopes.get(scope).figures().moveOutsByDestination()), "round " + round + " " + scope);
                }
            }
            if (seen.get("alle").moveIns() != null) {
                List<Long> shown = new ArrayList<>();
                List<Long> exact = new ArrayList<>();
                for (String id : List.of("a", "b", "c")) {
                    shown.add(seen.get(id).moveIns());
                    exact.add(scopes.get(id).figures().moveIns());
                }
                assertProtected(shown, exact, "round " + round + " moveIns across facilities");
            }
        }
    }

    /** Under a shown total: no hidden cell, or at least two that add up to at least 5. */
    static void assertProtected(List<Long> shown, List<Long> exact, String where) {
        long hidden = 0;
        long sum = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == null) {
                hidden++;
                sum += exact.get(i);
            }
        }
        assertTrue(hidden == 0 || hidden >= 2 && sum >= 5, where + ": " + shown + " of " + exact);
    }

    static List<Long> exact(List<Count> rows) {
        return rows.stream().map(Count::count).toList();
    }

    /** Every count of 1 to 4 left in the figures. */
    static List<String> smallCounts(Statistics s) {
        List<String> out = new ArrayList<>();
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("residentsServed", s.residentsServed());
        figures.put("moveIns", s.moveIns());
        figures.put("moveOuts", s.moveOuts());
        figures.put("stillLiving", s.stillLiving());
        figures.put("waitingListAtEnd", s.waitingListAtEnd());
        figures.put("exclusions", s.exclusions());
        figures.put("entriesWithoutConsent", s.entriesWithoutConsent());
        figures.put("terminations", s.terminations());
        figures.forEach((k, v) -> {
            if (SmallCountSuppression.small(v == null ? 0 : v)) out.add(k);
        });
        for (List<Count> rows : List.of(s.moveOutsByDestination(), s.moveOutsByReason(), s.stayBuckets(), s.sanctionsByType())) {
            rows.forEach(c -> {
                if (SmallCountSuppression.small(c.count() == null ? 0 : c.count())) out.add(c.key());
            });
        }
        return out;
    }

    @Test
    void R_STA_2_the_shortest_period_for_esikt_and_kontroll_is_one_calendar_month() {
        SmallCountSuppression.requireWholeMonths(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        SmallCountSuppression.requireWholeMonths(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        SmallCountSuppression.requireWholeMonths(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 6, 30));
        ProblemException week = assertThrows(ProblemException.class,
                () -> SmallCountSuppression.requireWholeMonths(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11)));
        Problem p = week.toProblem("/api/statistics");
        assertEquals(422, p.status());
        assertEquals(Problem.BASE + "r-sta-2-whole-months", p.type());
        assertEquals("R-STA-2", p.rule());
        assertEquals(List.of("from", "to"), p.violations().stream().map(Problem.Violation::field).toList());
        ProblemException shifted = assertThrows(ProblemException.class,
                () -> SmallCountSuppression.requireWholeMonths(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14)));
        assertEquals(2, shifted.toProblem(null).violations().size(), "a month, but not a calendar month");
        ProblemException leap = assertThrows(ProblemException.class,
                () -> SmallCountSuppression.requireWholeMonths(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28)));
        assertEquals(List.of("to"), leap.toProblem(null).violations().stream().map(Problem.Violation::field).toList());
    }

    @Test
    void R_STA_2_facility_staff_keep_exact_figures_for_their_own_facility() {
        assertTrue(SmallCountSuppression.exactFor(Set.of(Roles.BOTILTAK), true, false));
        assertTrue(SmallCountSuppression.exactFor(Set.of(Roles.FAGLEDER, Roles.BOTILTAK), true, false));
        assertTrue(SmallCountSuppression.exactFor(Set.of(Roles.ESIKT, Roles.FAGLEDER), true, false), "staff at their own facility");
        assertFalse(SmallCountSuppression.exactFor(Set.of(Roles.ESIKT, Roles.FAGLEDER), false, false), "another facility");
        assertFalse(SmallCountSuppression.exactFor(Set.of(Roles.ESIKT, Roles.FAGLEDER), true, true), "the whole municipality");
        assertFalse(SmallCountSuppression.exactFor(Set.of(Roles.ESIKT), false, false));
        assertFalse(SmallCountSuppression.exactFor(Set.of(Roles.KONTROLL), false, true));
    }

    private static final Pattern SMALL = Pattern.compile("(?<![\\d.,-])[1-4](?![\\d.,])");

    @Test
    void R_STA_2_the_summary_and_the_csv_show_hidden_figures_as_under_5() {
        Figures f = new Figures().movedOut("UNKNOWN", 0, 3);
        f.buckets = new long[] {0, 0, 0, 0, 3, 0, 0};
        f.moveIns = 2;
        Statistics s = seenBy(f);
        assertEquals("Fra januar 2026 til mars 2026 har bakklandet hatt i alt <5 beboere. <5 bor der fortsatt.", s.summary());
        String csv = StatisticsTexts.csv(s);
        assertTrue(csv.contains("nøkkeltall;beboere;<5\n"), csv);
        assertTrue(csv.contains("botid (dager);181-365;<5\n"), csv);
        assertTrue(csv.contains("nøkkeltall;gjennomsnittlig botid (dager);<5\n"), csv);
        assertTrue(csv.endsWith("merknad;<5;" + StatisticsTexts.HIDDEN_NOTE + "\n"), csv);
        for (String line : csv.split("\n")) {
            Matcher m = SMALL.matcher(line.substring(line.lastIndexOf(';') + 1));
            assertFalse(m.find(), "a count from 1 to 4 in: " + line);
        }
        assertFalse(SMALL.matcher(s.summary()).find(), s.summary());
    }
}
