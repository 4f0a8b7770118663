package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

/**
 * R-STA-1: the recorded facts the statistics are computed from (agreements, applications, reservations,
 * sanctions, entries and charges) for a set of facilities and a period. No counters are kept on the side.
 * <p>
 * Each query answers for every facility asked for at once, grouped by facility, so a request costs the same
 * number of statements for one facility as for two thousand. A facility without rows is absent from a result.
 */
@ApplicationScoped
public class StatisticsQueries {

    /**
     * The facilities asked for. Some of them (a member of staff's own, a few) are written into the statement
     * ({@link Sql#inlinedIds}), so that the plan kept for it is made for them: for an array bound beside it the
     * planner guessed ten facilities, and for one facility's stays then walked every successor in the database to its
     * predecessor (1 100 lookups, 2.7 ms at national scale, where the facility's own agreements take 0.6 ms), and for
     * its waiting list read every waiting application (9.9 ms against 0.5 ms). Each set of facilities asked for is a
     * statement of its own, planned once on each connection. Every facility ({@code every}) needs no condition, since
     * each row names an existing facility: the planner then sees whole tables, as they are.
     */
    public record Facilities(List<String> ids, boolean every) {
        /** The condition that {@code column} is one of the facilities. */
        String in(String column) {
            return every ? "true" : column + " IN (:fs)";
        }

        Sql bound(Sql sql) {
            return every ? sql : sql.bind("fs", Sql.inlinedIds(ids));
        }
    }

    /** Residents who moved out in the period to a destination on a termination ground (NONE: their own wish). */
    public record MoveOuts(String destination, String terminationGround, long count) {
    }

    /**
     * The stays of a facility (or of several together) that overlap the period, counted and measured. A stay is an
     * agreement chain of a person: a successor made by a conversion (R-FAC-3) continues its predecessor's stay, which
     * starts at the chain's first move-in (with the first agreement's application and facility) and ends where the
     * chain's last agreement ends (its move-out, destination and ground), so it is counted once and the predecessor,
     * ended CONVERTED without a move-out, does not stay open. A stay's days run from the move-in to the move-out, or
     * to the end of the period; a wait from the application's receipt to a move-in in the period. The medians are
     * PostgreSQL's {@code percentile_cont(0.5)}: the middle value, or the mean of the two middle values.
     */
    public record Stays(long stays, long served, long moveIns, long stillLiving, long stayDays, Double medianStayDays,
                        List<Long> buckets, long waits, Double medianWaitingDays, List<MoveOuts> moveOuts) {
        public static final Stays NONE = new Stays(0, 0, 0, 0, 0, null,
                Collections.nCopies(StayStatistics.LABELS.size(), 0L), 0, null, List.of());
    }

    /** The stays of each facility, and of all of them together (residents served counted once). */
    public record StaysByFacility(Map<String, Stays> byFacility, Stays together) {
    }

    /** The level of a row of {@link #stays}: the move-outs of a facility of one kind, a facility's stays, all of them together. */
    private static final int MOVE_OUTS = 0;
    private static final int FACILITY = 3;
    private static final int TOGETHER = 7;

    /** Local (Europe/Oslo) days {@code :from} to {@code :to} of a timestamp column, as a range an index can use. */
    private static String inPeriod(String column) {
        return column + " >= CAST(:from AS timestamp) AT TIME ZONE 'Europe/Oslo' AND " + column
                + " < CAST(CAST(:to AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Oslo'";
    }

    @Inject
    EntityManager em;

    public String facilityName(String facilityId) {
        return Sql.of(em, "SELECT name AS facility_name FROM facility WHERE id = :f").bind("f", facilityId)
                .first(r -> r.str("facility_name")).orElseThrow();
    }

    /** Every facility by id with its name, for figures that are worked out for all of them together (R-STA-2). */
    public Map<String, String> facilities() {
        Map<String, String> out = new LinkedHashMap<>();
        Sql.of(em, "SELECT id AS facility_id, name AS facility_name FROM facility ORDER BY id")
                .rows().forEach(r -> out.put(r.str("facility_id"), r.str("facility_name")));
        return out;
    }

    /**
     * The stays that overlap the period, for each facility and for all of them together, in one statement: only the
     * figures leave the database. A first agreement without a successor (nearly all: only conversions make one) is
     * its own stay; the walk from predecessor to successor runs only from those that have one, through the index on
     * predecessor_id. The rows: one per facility (level 3) and one for all together (level 7), measured; and one per
     * facility and kind of move-out in the period (destination and ground, level 0), only counted, so that the
     * ordered aggregates (medians, residents counted once) sort the stays by facility alone. The application's receipt
     * is joined, not looked up stay by stay (at national scale 278 000 lookups, 0.8 of 2.1 s).
     */
    public StaysByFacility stays(Facilities fs, LocalDate from, LocalDate to) {
        Sql sql = Sql.of(em, """
                        WITH RECURSIVE chain AS (
                            SELECT a.id AS first_id, s.id AS agreement_id, 1 AS depth
                            FROM agreement a JOIN agreement s ON s.predecessor_id = a.id
                            WHERE s.predecessor_id IS NOT NULL
                              AND %1$s AND a.moved_in_on IS NOT NULL
                              AND a.predecessor_id IS NULL AND a.moved_in_on <= :to
                            UNION ALL
                            SELECT c.first_id, s.id, c.depth + 1
                            FROM chain c JOIN agreement s ON s.predecessor_id = c.agreement_id
                            WHERE s.predecessor_id IS NOT NULL
                        ), last_of_chain AS (
                            SELECT DISTINCT ON (first_id) first_id, agreement_id AS last_id
                            FROM chain ORDER BY first_id, depth DESC
                        ), stay AS (
                            SELECT f.facility_id, f.person_id, f.moved_in_on, f.intake_id,
                                   CASE WHEN c.last_id IS NULL THEN f.moved_out_on ELSE l.moved_out_on END AS moved_out_on,
                                   CASE WHEN c.last_id IS NULL THEN f.destination ELSE l.destination END AS destination,
                                   CASE WHEN c.last_id IS NULL THEN f.termination_ground ELSE l.termination_ground END
                                       AS termination_ground
                            FROM agreement f
                            LEFT JOIN last_of_chain c ON c.first_id = f.id
                            LEFT JOIN agreement l ON l.id = c.last_id
                            WHERE %2$s AND f.moved_in_on IS NOT NULL
                              AND f.predecessor_id IS NULL AND f.moved_in_on <= :to
                        ), measured AS (
                            SELECT s.facility_id, s.person_id, s.moved_in_on,
                                   s.moved_out_on IS NULL OR s.moved_out_on > :to AS still_living,
                                   CASE WHEN s.moved_out_on <= :to THEN s.moved_out_on ELSE CAST(:to AS date) END
                                       - s.moved_in_on + 1 AS days,
                                   CASE WHEN s.moved_in_on >= :from THEN s.moved_in_on - i.received_on END AS waiting_days,
                                   CASE WHEN s.moved_out_on BETWEEN :from AND :to THEN s.destination END AS destination,
                                   CASE WHEN s.moved_out_on BETWEEN :from AND :to THEN s.termination_ground END
                                       AS termination_ground
                            FROM stay s LEFT JOIN intake i ON i.id = s.intake_id
                            WHERE coalesce(s.moved_out_on, :to) >= :from
                        )
                        SELECT facility_id, NULL AS destination, NULL AS termination_ground,
                               CASE GROUPING(facility_id) WHEN 0 THEN %4$d ELSE %5$d END AS level,
                               count(*) AS stays, count(DISTINCT person_id) AS served,
                               count(*) FILTER (WHERE moved_in_on >= :from) AS move_ins,
                               count(*) FILTER (WHERE still_living) AS still_living,
                               sum(days) AS stay_days, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_stay_days,
                               %3$s,
                               count(waiting_days) AS waits,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY waiting_days) AS median_waiting_days
                        FROM measured
                        GROUP BY ROLLUP (facility_id)
                        UNION ALL
                        SELECT facility_id, destination, termination_ground, %6$d, count(*)%7$s
                        FROM measured WHERE destination IS NOT NULL
                        GROUP BY facility_id, destination, termination_ground""".formatted(
                        fs.in("a.facility_id"), fs.in("f.facility_id"), StayStatistics.bucketCounts("days", "bucket_"), FACILITY,
                        TOGETHER, MOVE_OUTS, ", NULL".repeat(7 + StayStatistics.LABELS.size())));
        List<Row> rows = fs.bound(sql).bind("from", from).bind("to", to).rows();
        Map<String, List<MoveOuts>> outs = new HashMap<>();
        Map<List<String>, Long> allOuts = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.intOr0("level") != MOVE_OUTS) continue;
            MoveOuts o = new MoveOuts(r.str("destination"), r.str("termination_ground"), r.lngOr0("stays"));
            outs.computeIfAbsent(r.str("facility_id"), f -> new ArrayList<>()).add(o);
            allOuts.merge(List.of(o.destination(), o.terminationGround()), o.count(), Long::sum);
        }
        Map<String, Stays> byFacility = new HashMap<>();
        Stays together = Stays.NONE;
        for (Row r : rows) {
            int level = r.intOr0("level");
            if (level == FACILITY) {
                byFacility.put(r.str("facility_id"), stays(r, outs.getOrDefault(r.str("facility_id"), List.of())));
            } else if (level == TOGETHER) {
                together = stays(r, allOuts.entrySet().stream()
                        .map(e -> new MoveOuts(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList());
            }
        }
        return new StaysByFacility(byFacility, together);
    }

    private static Stays stays(Row r, List<MoveOuts> moveOuts) {
        List<Long> buckets = new ArrayList<>();
        for (int i = 0; i < StayStatistics.LABELS.size(); i++) buckets.add(r.lngOr0("bucket_" + i));
        return new Stays(r.lngOr0("stays"), r.lngOr0("served"), r.lngOr0("move_ins"), r.lngOr0("still_living"),
                r.lngOr0("stay_days"), r.dbl("median_stay_days"), buckets, r.lngOr0("waits"), r.dbl("median_waiting_days"),
                moveOuts);
    }

    /**
     * For the rest of the transaction each statement runs in one process, without parallel workers: for the
     * statements read beside the whole municipality's stays, which then keep a core of their own (on two cores a
     * parallel plan beside them slowed both by half).
     */
    public void withoutParallelWorkers() {
        Sql.of(em, "SELECT set_config('max_parallel_workers_per_gather', '0', true)").scalar();
    }

    /** Occupied unit-days in the period, and how many occupancies they come from. */
    public record Occupancy(long unitDays, long occupancies) {
        public static final Occupancy NONE = new Occupancy(0, 0);

        Occupancy plus(Occupancy o) {
            return new Occupancy(unitDays + o.unitDays, occupancies + o.occupancies);
        }
    }

    /** Applications on the waiting list at a day: for each facility those wishing it, and (if asked) every one. */
    public record Waiting(Map<String, Long> byFacility, Long everywhere) {
    }

    /** How many sanctions of a type a facility proposed. */
    public record SanctionCount(String facilityId, String type, long count) {
    }

    /** What was due by the end of the period and not paid by then, in øre, and how many agreements owe it. */
    public record Arrears(long openOre, long agreements) {
        public static final Arrears NONE = new Arrears(0, 0);

        Arrears plus(Arrears a) {
            return new Arrears(openOre + a.openOre, agreements + a.agreements);
        }
    }

    /**
     * The recorded facts besides the stays, by facility (a facility without rows is absent from each map):
     * <ul>
     *   <li>{@code converted}: agreements that ended in the period because their facility changed kind (R-FAC-3);</li>
     *   <li>{@code units}: the facility's units;</li>
     *   <li>{@code occupancy}: occupied unit-days in the period (an open occupancy counts to the period's end), and
     *       how many occupancies they come from;</li>
     *   <li>{@code waiting}: applications on the waiting list at the period's end ({@link #WAITING}); for a facility
     *       those wishing it, for the whole municipality (every facility asked for) every application;</li>
     *   <li>{@code sanctions}: sanctions proposed in the period by facility and type, ordered by type and facility;
     *       those reversed on appeal or sent back left out;</li>
     *   <li>{@code entries}: entries into a unit without the resident's consent (R-SAN-8) in the period;</li>
     *   <li>{@code arrears}: what was due by the period's end and not covered then ({@link #arrears}).</li>
     * </ul>
     */
    public record Recorded(Map<String, Long> converted, Map<String, Long> units, Map<String, Occupancy> occupancy,
                           Waiting waiting, List<SanctionCount> sanctions, Map<String, Long> entries,
                           Map<String, Arrears> arrears) {
    }

    /** The kinds of fact in {@link #recorded}'s rows (its column {@code fact}). */
    private static final String CONVERTED = "converted", UNITS = "units", OCCUPANCY = "occupancy", WAITING_LIST = "waiting",
            SANCTIONS = "sanctions", ENTRIES = "entries", ARREARS = "arrears";

    /**
     * {@link Recorded}: every fact but the stays in one statement, each kind of fact its own branch of a UNION ALL,
     * planned on its own as it was as a statement of its own. Rows: {@code fact}, {@code facility_id} (null for the
     * waiting list of the whole municipality), {@code label} (a sanction's type), {@code n} (the count or sum) and
     * {@code m} (occupancies; agreements in arrears). One round trip and not seven (issue 16: most of the small
     * statements ran in about 0.05 ms each at national scale; bench/HISTORY.md, "One facility's statistics in ten
     * statements").
     */
    public Recorded recorded(Facilities fs, LocalDate from, LocalDate to) {
        String waitingCte = fs.every()
                ? "WITH waiting AS (SELECT i.id, i.facility_wishes FROM intake i WHERE " + WAITING + ")\n" : "";
        String sql = waitingCte + String.join("\nUNION ALL\n",
                """
                SELECT '%s' AS fact, facility_id, CAST(NULL AS text) AS label, count(*) AS n, CAST(NULL AS bigint) AS m
                FROM agreement WHERE %s AND end_reason = 'CONVERTED' AND ended_on BETWEEN :from AND :to
                GROUP BY facility_id""".formatted(CONVERTED, fs.in("facility_id")),
                """
                SELECT '%s', facility_id, NULL, count(*), NULL FROM unit WHERE %s
                GROUP BY facility_id""".formatted(UNITS, fs.in("facility_id")),
                """
                SELECT '%s', u.facility_id, NULL,
                       coalesce(sum(least(coalesce(upper(r.period) - 1, CAST(:to AS date)), CAST(:to AS date))
                                    - greatest(lower(r.period), CAST(:from AS date)) + 1), 0),
                       count(*)
                FROM unit_reservation r JOIN unit u ON u.id = r.unit_id
                WHERE %s AND r.kind = 'OCCUPANCY' AND r.released_at IS NULL
                  AND r.period && daterange(CAST(:from AS date), CAST(:to AS date), '[]')
                GROUP BY u.facility_id""".formatted(OCCUPANCY, fs.in("u.facility_id")),
                waiting(fs),
                """
                SELECT '%s', facility_id, type, count(*), NULL FROM sanction
                WHERE %s AND %s AND appeal_outcome IS DISTINCT FROM 'REVERSED' AND returned_at IS NULL
                GROUP BY type, facility_id""".formatted(SANCTIONS, fs.in("facility_id"), inPeriod("proposed_at")),
                """
                SELECT '%s', facility_id, NULL, count(*), NULL FROM entry_log WHERE %s AND %s
                GROUP BY facility_id""".formatted(ENTRIES, fs.in("facility_id"), inPeriod("entered_at")),
                arrears(fs));
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Occupancy> occupancy = new HashMap<>();
        Map<String, Long> waiting = new HashMap<>();
        Long waitingEverywhere = null;
        List<SanctionCount> sanctions = new ArrayList<>();
        Map<String, Arrears> arrears = new HashMap<>();
        for (Row r : fs.bound(Sql.of(em, sql)).bind("from", from).bind("to", to).rows()) {
            String fact = r.str("fact");
            String facility = r.str("facility_id");
            switch (fact) {
                case CONVERTED, UNITS, ENTRIES -> counts.computeIfAbsent(fact, k -> new HashMap<>()).put(facility, r.lngOr0("n"));
                case OCCUPANCY -> occupancy.put(facility, new Occupancy(r.lngOr0("n"), r.lngOr0("m")));
                case WAITING_LIST -> {
                    if (facility == null) waitingEverywhere = r.lngOr0("n");
                    else waiting.put(facility, r.lngOr0("n"));
                }
                case SANCTIONS -> sanctions.add(new SanctionCount(facility, r.str("label"), r.lngOr0("n")));
                case ARREARS -> arrears.put(facility, new Arrears(r.lngOr0("n"), r.lngOr0("m")));
                default -> throw new IllegalStateException("a fact the statistics do not know: " + fact);
            }
        }
        sanctions.sort(Comparator.comparing(SanctionCount::type).thenComparing(SanctionCount::facilityId));
        return new Recorded(counts.getOrDefault(CONVERTED, Map.of()), counts.getOrDefault(UNITS, Map.of()), occupancy,
                new Waiting(waiting, waitingEverywhere), List.copyOf(sanctions), counts.getOrDefault(ENTRIES, Map.of()),
                arrears);
    }

    /**
     * An application {@code i} on the waiting list at the end of the period: prioritised, not yet allocated, withdrawn
     * or rejected.
     */
    private static final String WAITING = """
            i.prioritised_at IS NOT NULL AND (i.prioritised_at AT TIME ZONE 'Europe/Oslo')::date <= :to
              AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.intake_id = i.id AND (a.created_at AT TIME ZONE 'Europe/Oslo')::date <= :to)
              AND (i.withdrawn_at IS NULL OR (i.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date > :to)
              AND (i.rejected_at IS NULL OR (i.rejected_at AT TIME ZONE 'Europe/Oslo')::date > :to)""";

    /**
     * {@link #recorded}'s branch of the applications on the waiting list at the end of the period. For some
     * facilities the applications are found through the index on their wishes, with the facilities written into the
     * statement ({@link Facilities}). For every facility all of them are read once (the statement's {@code waiting},
     * ahead of its branches), and a row without a facility counts every one: a wish without a facility (the column
     * allows a null among its elements) is left out of the facilities' rows, so that it cannot be taken for that one.
     */
    private static String waiting(Facilities fs) {
        String byFacility = """
                SELECT '%s', w.facility_id, NULL, count(DISTINCT i.id), NULL
                FROM %s i CROSS JOIN LATERAL unnest(i.facility_wishes) AS w (facility_id)
                WHERE %s
                GROUP BY w.facility_id""";
        return fs.every()
                ? byFacility.formatted(WAITING_LIST, "waiting", "w.facility_id IS NOT NULL")
                        + "\nUNION ALL\nSELECT '%s', NULL, NULL, count(*), NULL FROM waiting".formatted(WAITING_LIST)
                : byFacility.formatted(WAITING_LIST, "intake", fs.in("w.facility_id")
                        + "\n  AND i.facility_wishes && ARRAY[:fs]::text[] AND " + WAITING);
    }

    /**
     * {@link #recorded}'s branch of what was due by the end of the period and not covered by then, in øre, by
     * facility, with the agreements that owe it: the one balance definition (charge_open_at) as it stood that day,
     * read from the kept sums less what was written after the day: for some facilities agreement by agreement
     * ({@link #OPEN_AT_OF_AGREEMENT}, the later lines found through the indexes on the agreement id; for one facility at
     * national scale 1.6 ms against 2.7 ms working out each agreement's months), for every facility from the later
     * lines found by their dates ({@link #OPEN_AT_FROM_SUMS}). Both give the amounts of charge_open_at without grouping
     * each agreement's months: {@code LedgerSumsTests} holds them to it.
     */
    private static String arrears(Facilities fs) {
        String perAgreement = fs.every() ? "(" + OPEN_AT_FROM_SUMS + ") x JOIN agreement a ON a.id = x.agreement_id"
                : "agreement a CROSS JOIN LATERAL (" + OPEN_AT_OF_AGREEMENT + ") x";
        return """
                SELECT '%s', a.facility_id, NULL, CAST(coalesce(sum(x.open_ore), 0) AS bigint),
                       count(*) FILTER (WHERE x.open_ore > 0)
                FROM %s
                WHERE %s
                GROUP BY a.facility_id""".formatted(ARREARS, perAgreement, fs.in("a.facility_id"));
    }

    /**
     * An agreement's amount due by {@code :to} and not covered then, from its kept sums (V43 agreement_ledger {@code l})
     * less what was written after the day ({@code t}: charged_after, covered_after, summed from {@link #linesAfter}).
     * This equals charge_open_at's months due by the day because a month's lines share its due date, due dates follow
     * the months, and a month's lines never add up below zero (a correction brings a month to its new amount): the
     * open amount of the months due is then what they came to less what was covered, and never below nothing.
     */
    private static final String OPEN_FROM_SUMS = """
            greatest(0, l.charged_ore - coalesce(t.charged_after, 0)
                        - greatest(0, l.paid_ore - l.refunded_ore - coalesce(t.covered_after, 0)))""";

    /**
     * The ledger lines written after the day {@code :to}, as {@code agreement_id, charged, covered}: a charge line
     * counts from the later of its booking and its due date, a payment from the day it was paid, a refund (less
     * covered) from the day it was paid out. {@code whose} is a condition on the line's agreement id, put in for
     * {@code %s} with each table's column.
     */
    private static String linesAfter(String whose) {
        return """
                SELECT c.agreement_id, c.amount_ore AS charged, 0 AS covered FROM charge c
                WHERE %s AND greatest(c.booked_on, c.due_date) > :to
                UNION ALL
                SELECT p.agreement_id, 0, p.amount_ore FROM payment p WHERE %s AND p.paid_on > :to
                UNION ALL
                SELECT r.agreement_id, 0, -r.amount_ore FROM credit_refund r WHERE %s AND r.refunded_on > :to""".formatted(
                whose.formatted("c.agreement_id"), whose.formatted("p.agreement_id"), whose.formatted("r.agreement_id"));
    }

    /** {@link #OPEN_FROM_SUMS} for every agreement with a ledger: the later lines found by their dates (V43's indexes). */
    public static final String OPEN_AT_FROM_SUMS = """
            SELECT l.agreement_id, %s AS open_ore
            FROM agreement_ledger l
            LEFT JOIN (SELECT y.agreement_id, sum(y.charged) AS charged_after, sum(y.covered) AS covered_after
                       FROM (%s) y
                       GROUP BY y.agreement_id) t ON t.agreement_id = l.agreement_id""".formatted(OPEN_FROM_SUMS,
            linesAfter("%s IS NOT NULL"));

    /**
     * {@link #OPEN_FROM_SUMS} for agreement {@code a} alone (a LATERAL subquery): its later lines found through the
     * indexes on their agreement id, for a few facilities' agreements, and looked for only when the ledger's latest
     * line day (V58, an upper bound) lies after the day: PostgreSQL then skips the three index searches of every
     * agreement whose lines all count from the day or before, most of a facility's ten years (a ledger without the day
     * is looked through). No row when the agreement has no ledger (nothing charged, nothing open).
     */
    public static final String OPEN_AT_OF_AGREEMENT = """
            SELECT l.agreement_id, %s AS open_ore
            FROM agreement_ledger l
            CROSS JOIN LATERAL (SELECT sum(y.charged) AS charged_after, sum(y.covered) AS covered_after FROM (%s) y) t
            WHERE l.agreement_id = a.id""".formatted(OPEN_FROM_SUMS, linesAfter("%s = a.id AND coalesce(l.latest_line_on, 'infinity') > :to"));
}
