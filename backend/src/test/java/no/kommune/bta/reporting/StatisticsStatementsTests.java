package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.reporting.StatisticsQueries.Arrears;
import no.kommune.bta.reporting.StatisticsQueries.Facilities;
import no.kommune.bta.reporting.StatisticsQueries.Occupancy;
import no.kommune.bta.reporting.StatisticsQueries.Recorded;
import no.kommune.bta.reporting.StatisticsQueries.SanctionCount;
import no.kommune.bta.reporting.StatisticsQueries.MoveOuts;
import no.kommune.bta.reporting.StatisticsQueries.Stays;
import no.kommune.bta.reporting.StatisticsQueries.StaysByFacility;
import no.kommune.bta.reporting.StatisticsQueries.Waiting;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the statistics cost the same statements for one facility as for two thousand ("no N+1"). Each method of
 * {@link StatisticsQueries} sends one statement (the stays one, every other fact together one); here they are counted,
 * not run, so the service is shown to ask each of them once per request however many facilities there are.
 */
class StatisticsStatementsTests {
    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    /** Every query asked for, in order; the facts are the same few rows at each facility. */
    static class CountingQueries extends StatisticsQueries {
        final List<String> sent = new ArrayList<>();
        final List<String> all;

        CountingQueries(int facilities) {
            all = IntStream.range(0, facilities).mapToObj("f%04d"::formatted).toList();
        }

        private <T> Map<String, T> each(Facilities fs, String query, T value) {
            sent.add(query);
            Map<String, T> out = new LinkedHashMap<>();
            fs.ids().forEach(f -> out.put(f, value));
            return out;
        }

        @Override
        public String facilityName(String facilityId) {
            sent.add("facilityName");
            return facilityId;
        }

        @Override
        public Map<String, String> facilities() {
            return each(new Facilities(all, true), "facilities", "Botiltak");
        }

        @Override
        public StaysByFacility stays(Facilities fs, LocalDate from, LocalDate to) {
            Stays each = new Stays(6, 6, 6, 3, 900, 150.0, List.of(0L, 0L, 1L, 5L, 0L, 0L, 0L), 6, 30.0,
                    List.of(new MoveOuts("OWN_HOME", "NONE", 3)));
            return new StaysByFacility(each(fs, "stays", each), each);
        }

        @Override
        public void withoutParallelWorkers() {
            sent.add("withoutParallelWorkers");
        }

        @Override
        public Recorded recorded(Facilities fs, LocalDate from, LocalDate to) {
            sent.add("recorded");
            Map<String, Long> units = new LinkedHashMap<>();
            Map<String, Occupancy> occupancy = new LinkedHashMap<>();
            Map<String, Long> waiting = new LinkedHashMap<>();
            Map<String, Arrears> arrears = new LinkedHashMap<>();
            fs.ids().forEach(f -> {
                units.put(f, 8L);
                occupancy.put(f, new Occupancy(500, 6));
                waiting.put(f, 5L);
                arrears.put(f, new Arrears(0, 0));
            });
            return new Recorded(Map.of(), units, occupancy, new Waiting(waiting, fs.every() ? 5L * fs.ids().size() : null),
                    fs.ids().stream().map(f -> new SanctionCount(f, "ORAL_WARNING", 7)).toList(), Map.of(), arrears);
        }
    }

    /**
     * The caller: esikt, or botiltak at the first facility; the scope answers as {@link FacilityScope} does. What the
     * service does aside (the stays over every facility) runs here at once, so the statements are counted in order,
     * and its transactions are left out (no database here).
     */
    static StatisticsService service(CountingQueries queries, String role) {
        StatisticsService s = new StatisticsService() {
            @Override
            <T> CompletableFuture<T> aside(Supplier<T> work) {
                return CompletableFuture.supplyAsync(work, Runnable::run);
            }

            @Override
            <T> T inNewTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        s.queries = queries;
        s.plans = new Plans() {
            @Override
            public void keptFromHere() {
                queries.sent.add("plansKept");
            }
        };
        s.user = new CurrentUser() {
            @Override
            public Set<String> roles() {
                return new TreeSet<>(Set.of(role));
            }

            @Override
            public Set<String> facilities() {
                return role.equals(Roles.BOTILTAK) ? Set.of(queries.all.get(0)) : Set.of();
            }
        };
        s.scope = new FacilityScope() {
            @Override
            public List<String> reportFacilities(String facility, Set<String> wide, String refusal) {
                queries.sent.add("reportFacilities");
                return StatisticsService.ALL.equals(facility) ? queries.all : List.of(facility);
            }

            @Override
            public boolean worksAt(String facilityId) {
                return s.user.facilities().contains(facilityId);
            }
        };
        return s;
    }

    static List<String> sent(int facilities, String role, boolean everywhere) {
        CountingQueries queries = new CountingQueries(facilities);
        StatisticsService s = service(queries, role);
        s.compute(everywhere ? StatisticsService.ALL : queries.all.get(0), FROM, TO);
        return queries.sent;
    }

    /** Over every facility the stays are read aside, and the others after one core each is asked for. */
    static final List<String> EVERY_FACILITY = List.of("reportFacilities", "facilities", "stays", "withoutParallelWorkers",
            "recorded");

    @Test
    void the_whole_municipality_costs_the_same_statements_for_one_facility_as_for_two_thousand() {
        for (int n : new int[] {1, 10, 2000}) {
            assertEquals(EVERY_FACILITY, sent(n, Roles.ESIKT, true), n + " facilities");
        }
    }

    @Test
    void one_facility_for_esikt_is_worked_out_with_all_of_them_in_the_same_statements() {
        for (int n : new int[] {1, 10, 2000}) {
            assertEquals(EVERY_FACILITY, sent(n, Roles.ESIKT, false), n + " facilities");
        }
    }

    @Test
    void a_failure_of_the_stays_read_aside_reaches_the_caller_as_it_was() {
        CountingQueries queries = new CountingQueries(3) {
            @Override
            public StaysByFacility stays(Facilities fs, LocalDate from, LocalDate to) {
                throw new IllegalStateException("the stays failed");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> service(queries, Roles.ESIKT).compute(StatisticsService.ALL, FROM, TO));
        assertEquals("the stays failed", e.getMessage());
    }

    @Test
    void a_facility_s_own_staff_get_its_exact_figures_from_the_same_statements_for_that_facility_alone() {
        // every statement with its plan kept (the waiting list's has its facilities in its text), in the order of the
        // whole municipality's
        List<String> expected = List.of("reportFacilities", "plansKept", "stays", "recorded", "facilityName");
        for (int n : new int[] {1, 2000}) {
            assertEquals(expected, sent(n, Roles.BOTILTAK, false), n + " facilities");
        }
    }
}
