package no.kommune.bta.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import no.kommune.bta.agreement.Destination;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import no.kommune.bta.reporting.StatisticsDtos.Suppressed;
import no.kommune.bta.sanction.SanctionPolicy;
import no.kommune.bta.sanction.SanctionType;
import no.kommune.bta.security.Roles;

/**
 * R-STA-2: statistics without re-identification. Facility staff (botiltak, fagleder) get the exact figures of their
 * own facilities for any period; everyone else who reads statistics (esikt and kontroll, for any facility and the
 * whole municipality) gets them for whole calendar months only, with these figures hidden ({@code null}, and named in
 * {@code suppressed} with the reason):
 * <ol>
 *   <li><b>Small counts</b> ({@link Reason#SMALL_COUNT}): every count from 1 to 4. Zero is shown.</li>
 *   <li><b>Small groups</b> ({@link Reason#SMALL_GROUP}): a mean, median, share or sum (øre, unit-days) computed from
 *   1 to 4 persons, stays or agreements, or from a hidden count.</li>
 *   <li><b>Secondary suppression</b>: where parts add up to a total that is shown or can be added up (the tables in
 *   {@link #hide}), no hidden figure may be worked out from the total and the other parts. In such a table, as long as
 *   fewer than two parts are hidden, or the hidden parts add up to less than 5, the smallest part still shown (not 0)
 *   is hidden too; when no part is left, the total is hidden. A hidden total needs one hidden part. A figure hidden
 *   in one table is hidden in every table it belongs to, and the tables are gone through again until nothing more is
 *   hidden. For a measure (a mean or a sum), "adds up to" counts the persons or agreements behind it.</li>
 *   <li>The whole municipality is a table of the facilities: the total minus the other facilities never gives a
 *   hidden figure of one facility, so every facility and the total are worked out together.</li>
 * </ol>
 * A hidden count and a count hidden with it are deliberately not told apart: both are {@code SMALL_COUNT} and both
 * read "&lt;5" in texts, or the difference would give the first away.
 */
public final class SmallCountSuppression {
    /** Counts below this (and above 0) are hidden. */
    public static final int THRESHOLD = 5;
    /** How a hidden figure reads in the summary, the CSV and the SPA. */
    public static final String MARK = "<" + THRESHOLD;

    /** Why a figure is hidden. */
    public enum Reason {
        /** A count from 1 to 4, or a count hidden with one so that it cannot be worked out from a total. */
        SMALL_COUNT,
        /** A mean, median, share or sum computed from 1 to 4 persons or agreements, or from hidden counts. */
        SMALL_GROUP
    }

    private enum Kind { COUNT, MEASURE, DERIVED }

    /** A figure: a count (weight = the count), a measure of a group (weight = the group) or a figure derived from others. */
    private record Figure(Kind kind, long weight, List<String> from) {
    }

    /** {@code total} = the sum of {@code parts}; the total is a figure, or a name for a sum anyone can add up. */
    private record Table(String total, List<String> parts) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();

    static boolean small(long n) {
        return n > 0 && n < THRESHOLD;
    }

    /** Whether the caller gets exact figures: facility staff, for one facility they work at. */
    public static boolean exactFor(Set<String> roles, boolean worksAtFacility, boolean wholeMunicipality) {
        boolean staff = roles.contains(Roles.BOTILTAK) || roles.contains(Roles.FAGLEDER);
        return staff && worksAtFacility && !wholeMunicipality;
    }

    /** The shortest period without exact figures is one calendar month: whole months, from the 1st to a month's last day. */
    public static void requireWholeMonths(LocalDate from, LocalDate to) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (from.getDayOfMonth() != 1) violations.add(new Problem.Violation("from", "må være den første dagen i en måned"));
        if (!to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            violations.add(new Problem.Violation("to", "må være den siste dagen i en måned"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.of(ProblemType.STATISTICS_WHOLE_MONTHS, "Statistikk for hele kommunen og for botiltak du "
                    + "ikke arbeider ved, gis for hele kalendermåneder (R-STA-2): from må være den første og to den "
                    + "siste dagen i en måned", violations);
        }
    }

    // --- the general rule, over named figures and tables ---

    SmallCountSuppression count(String id, long value) {
        figures.put(id, new Figure(Kind.COUNT, value, List.of()));
        return this;
    }

    /** A mean, median or sum computed from a group of {@code builtFrom} persons or agreements. */
    SmallCountSuppression measure(String id, long builtFrom) {
        figures.put(id, new Figure(Kind.MEASURE, builtFrom, List.of()));
        return this;
    }

    /** A share or ratio of a group of {@code builtFrom}, computed from the figures {@code from}: hidden with any of them. */
    SmallCountSuppression derived(String id, long builtFrom, List<String> from) {
        figures.put(id, new Figure(Kind.DERIVED, builtFrom, from));
        return this;
    }

    /** {@code total} is the sum of {@code parts} (parts that are no figure are left out). */
    SmallCountSuppression table(String total, List<String> parts) {
        tables.add(new Table(total, parts));
        return this;
    }

    /** The hidden figures and why, in the order they were named. */
    Map<String, Reason> hidden() {
        Set<String> hidden = new LinkedHashSet<>();
        figures.forEach((id, f) -> {
            if (f.kind() != Kind.DERIVED && small(f.weight())) hidden.add(id);
        });
        // each table with its parts that are figures, and the tables by the total they head (looked up, not searched)
        List<Table> resolved = tables.stream().map(t -> new Table(t.total(), parts(t))).toList();
        Map<String, List<Table>> byTotal = new HashMap<>();
        resolved.forEach(t -> byTotal.computeIfAbsent(t.total(), k -> new ArrayList<>()).add(t));
        boolean changed;
        do {
            changed = false;
            for (Table t : resolved) changed |= protect(t, byTotal, hidden);
        } while (changed);
        Map<String, Reason> out = new LinkedHashMap<>();
        figures.forEach((id, f) -> {
            if (f.kind() == Kind.COUNT && hidden.contains(id)) out.put(id, Reason.SMALL_COUNT);
            if (f.kind() == Kind.MEASURE && hidden.contains(id)) out.put(id, Reason.SMALL_GROUP);
            if (f.kind() == Kind.DERIVED && (small(f.weight()) || f.from().stream().anyMatch(hidden::contains))) {
                out.put(id, Reason.SMALL_GROUP);
            }
        });
        return out;
    }

    /**
     * Hides at most one more figure so that the table (its parts all figures; {@code byTotal} the tables so resolved,
     * by total) gives no hidden figure away; true when it did.
     */
    private boolean protect(Table t, Map<String, List<Table>> byTotal, Set<String> hidden) {
        List<String> parts = t.parts();
        List<String> unknown = parts.stream().filter(hidden::contains).toList();
        boolean figure = figures.containsKey(t.total());
        if (figure ? hidden.contains(t.total()) : !addsUp(byTotal.get(t.total()), hidden)) {
            // the total is not known: it must not be known from its parts either
            return figure && unknown.isEmpty() && hideSmallest(parts, hidden);
        }
        if (unknown.isEmpty() || unknown.size() >= 2 && weight(unknown) >= THRESHOLD) return false;
        return hideSmallest(parts, hidden) || hideTotal(t, byTotal.get(t.total()), hidden);
    }

    private List<String> parts(Table t) {
        return t.parts().stream().filter(figures::containsKey).toList();
    }

    private long weight(List<String> ids) {
        return ids.stream().mapToLong(id -> figures.get(id).weight()).sum();
    }

    /** A total that is no figure is known when one of the tables it heads ({@code headed}) shows every part. */
    private static boolean addsUp(List<Table> headed, Set<String> hidden) {
        return headed.stream().anyMatch(t -> t.parts().stream().noneMatch(hidden::contains));
    }

    private boolean hideSmallest(List<String> parts, Set<String> hidden) {
        return parts.stream().filter(p -> !hidden.contains(p) && figures.get(p).weight() > 0)
                .reduce((a, b) -> figures.get(b).weight() < figures.get(a).weight() ? b : a)
                .map(hidden::add).orElse(false);
    }

    /** Hides the total of {@code t}; {@code headed} are the tables with that total, {@code t} among them. */
    private boolean hideTotal(Table t, List<Table> headed, Set<String> hidden) {
        if (figures.containsKey(t.total())) return hidden.add(t.total());
        boolean changed = false; // a sum that is no figure: no table may show every part of it any more
        for (Table other : headed) {
            if (other.parts().stream().noneMatch(hidden::contains)) {
                changed |= hideSmallest(other.parts(), hidden);
            }
        }
        return changed;
    }

    // --- the statistics (R-STA-1) ---

    /** The exact figures of one scope (a facility or the whole municipality) and the groups behind its measures. */
    public record Scope(Statistics figures, long waits, long occupancies, long agreementsInArrears) {
    }

    private static final String SEP = "|";
    /** Figures that are not sums over the facilities: a waiting application may wish several, a median does not add up. */
    private static final Set<String> NOT_ADDITIVE = Set.of("waitingListAtEnd", "medianStayDays", "medianWaitingDays",
            "permanentHousingShare", "occupancy");
    private static final String CONVERTED = "CONVERTED";

    private static String id(String scope, String field) {
        return scope + SEP + field;
    }

    private static String id(String scope, String field, String key) {
        return id(scope, field) + SEP + key;
    }

    private static List<String> rows(String scope, String field, List<Count> counts) {
        return counts.stream().map(c -> id(scope, field, c.key())).toList();
    }

    /**
     * The figures of {@code requested} as esikt and kontroll see them. {@code scopes} holds the exact figures, for the
     * same period, of every facility and (under {@code whole}) of the whole municipality. The tables, in each scope:
     * <ul>
     *   <li>moveOuts = the sum of moveOutsByDestination, and = the sum of moveOutsByReason without CONVERTED;</li>
     *   <li>the stays in the period (a sum, no field) = the sum of stayBuckets = moveOuts + stillLiving;</li>
     *   <li>terminations = the termination types in sanctionsByType; exclusions = sanctionsByType EXCLUSION;</li>
     * </ul>
     * and across scopes: each count, mean stay, occupied unit-days and arrears of the whole municipality = the sum over
     * the facilities (residents served counted as if no one lived at two facilities).
     */
    static Statistics hide(String requested, String whole, Map<String, Scope> scopes) {
        SmallCountSuppression cells = new SmallCountSuppression();
        scopes.forEach((scope, s) -> register(cells, scope, s));
        Scope all = scopes.get(whole);
        if (all != null) {
            List<String> facilities = scopes.keySet().stream().filter(s -> !s.equals(whole)).toList();
            for (String figure : List.copyOf(cells.figures.keySet())) {
                if (!figure.startsWith(whole + SEP)) continue;
                String suffix = figure.substring(whole.length());
                if (!NOT_ADDITIVE.contains(suffix.split("\\" + SEP)[1])) {
                    cells.table(figure, facilities.stream().map(f -> f + suffix).toList());
                }
            }
        }
        Statistics view = view(scopes.get(requested).figures(), requested, cells.hidden());
        return view.withSummary(StatisticsTexts.hiddenSummary(view, requested.equals(whole)));
    }

    private static void register(SmallCountSuppression c, String scope, Scope s) {
        Statistics f = s.figures();
        long stays = f.moveOuts() + f.stillLiving();
        List<String> destinations = rows(scope, "moveOutsByDestination", f.moveOutsByDestination());
        c.count(id(scope, "residentsServed"), f.residentsServed());
        c.count(id(scope, "moveIns"), f.moveIns());
        c.count(id(scope, "moveOuts"), f.moveOuts());
        f.moveOutsByDestination().forEach(r -> c.count(id(scope, "moveOutsByDestination", r.key()), r.count()));
        f.moveOutsByReason().forEach(r -> c.count(id(scope, "moveOutsByReason", r.key()), r.count()));
        c.count(id(scope, "stillLiving"), f.stillLiving());
        c.measure(id(scope, "meanStayDays"), stays);
        c.measure(id(scope, "medianStayDays"), stays);
        f.stayBuckets().forEach(r -> c.count(id(scope, "stayBuckets", r.key()), r.count()));
        long deceased = f.moveOutsByDestination().stream().filter(r -> r.key().equals(Destination.DECEASED.name()))
                .mapToLong(Count::count).sum();
        List<String> shareFrom = new ArrayList<>(destinations);
        shareFrom.add(id(scope, "moveOuts"));
        c.derived(id(scope, "permanentHousingShare"), f.moveOuts() - deceased, shareFrom);
        c.derived(id(scope, "occupancy"), s.occupancies(), List.of(id(scope, "occupiedUnitDays")));
        c.measure(id(scope, "occupiedUnitDays"), s.occupancies());
        c.measure(id(scope, "medianWaitingDays"), s.waits());
        c.count(id(scope, "waitingListAtEnd"), f.waitingListAtEnd());
        f.sanctionsByType().forEach(r -> c.count(id(scope, "sanctionsByType", r.key()), r.count()));
        c.count(id(scope, "exclusions"), f.exclusions());
        c.count(id(scope, "entriesWithoutConsent"), f.entriesWithoutConsent());
        c.count(id(scope, "terminations"), f.terminations());
        c.measure(id(scope, "arrearsAtEndOre"), s.agreementsInArrears());

        c.table(id(scope, "moveOuts"), destinations);
        c.table(id(scope, "moveOuts"), f.moveOutsByReason().stream().filter(r -> !r.key().equals(CONVERTED))
                .map(r -> id(scope, "moveOutsByReason", r.key())).toList());
        c.table(id(scope, "stays"), rows(scope, "stayBuckets", f.stayBuckets()));
        c.table(id(scope, "stays"), List.of(id(scope, "moveOuts"), id(scope, "stillLiving")));
        c.table(id(scope, "terminations"), SanctionPolicy.TERMINATIONS.stream()
                .map(t -> id(scope, "sanctionsByType", t.name())).toList());
        c.table(id(scope, "exclusions"), List.of(id(scope, "sanctionsByType", SanctionType.EXCLUSION.name())));
    }

    /** The figures of one scope with the hidden ones null, and the list of them. */
    private static Statistics view(Statistics f, String scope, Map<String, Reason> hidden) {
        List<Suppressed> suppressed = new ArrayList<>();
        String prefix = scope + SEP;
        hidden.forEach((id, reason) -> {
            if (!id.startsWith(prefix)) return;
            String[] parts = id.substring(prefix.length()).split("\\" + SEP);
            suppressed.add(new Suppressed(parts[0], parts.length > 1 ? parts[1] : null, reason));
        });
        Predicate<String> off = field -> hidden.containsKey(id(scope, field));
        BiFunction<String, List<Count>, List<Count>> rows = (field, counts) -> counts.stream()
                .map(r -> new Count(r.key(), hidden.containsKey(id(scope, field, r.key())) ? null : r.count())).toList();
        return new Statistics(f.facilityId(), f.facilityName(), f.from(), f.to(),
                off.test("residentsServed") ? null : f.residentsServed(),
                off.test("moveIns") ? null : f.moveIns(),
                off.test("moveOuts") ? null : f.moveOuts(),
                rows.apply("moveOutsByDestination", f.moveOutsByDestination()),
                rows.apply("moveOutsByReason", f.moveOutsByReason()),
                off.test("stillLiving") ? null : f.stillLiving(),
                off.test("meanStayDays") ? null : f.meanStayDays(),
                off.test("medianStayDays") ? null : f.medianStayDays(),
                rows.apply("stayBuckets", f.stayBuckets()),
                off.test("permanentHousingShare") ? null : f.permanentHousingShare(),
                off.test("occupancy") ? null : f.occupancy(),
                off.test("occupiedUnitDays") ? null : f.occupiedUnitDays(),
                f.availableUnitDays(),
                off.test("medianWaitingDays") ? null : f.medianWaitingDays(),
                off.test("waitingListAtEnd") ? null : f.waitingListAtEnd(),
                rows.apply("sanctionsByType", f.sanctionsByType()),
                off.test("exclusions") ? null : f.exclusions(),
                off.test("entriesWithoutConsent") ? null : f.entriesWithoutConsent(),
                off.test("terminations") ? null : f.terminations(),
                off.test("arrearsAtEndOre") ? null : f.arrearsAtEndOre(),
                null, List.copyOf(suppressed), THRESHOLD);
    }
}
