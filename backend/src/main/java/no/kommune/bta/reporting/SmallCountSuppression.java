package no.kommune.bta.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * A figure is named by its scope (a facility, the whole municipality, or "" for a figure named by id alone) and a
     * name within it (a field, or field|key). Both are numbered once, so that the whole municipality's 2 000 facilities
     * with some 60 figures each are held as numbers, not as 120 000 names and records (issue 16: the live set of one
     * request for the whole municipality's statistics, which the collector otherwise promotes).
     */
    private final Numbered scopes = new Numbered();
    private final Numbered names = new Numbered();
    /** Per scope, the figure of each name number (-1: none). */
    private final List<int[]> figureOf = new ArrayList<>();

    /** The figures, numbered in the order they were first named: a count (weight = the count), a measure of a group
     * (weight = the group) or a figure derived from others ({@code from}, hidden with any of them). */
    private Kind[] kinds = new Kind[64];
    private long[] weights = new long[64];
    private int[] scopeOf = new int[64];
    private int[] nameOf = new int[64];
    private long[][] from = new long[64][];
    private int size;

    /** {@code total} = the sum of {@code parts}, as keys (scope, name); the total is a figure, or a name for a sum
     * anyone can add up. */
    private record Table(long total, long[] parts) {
    }

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
        return count(scope(""), id, value);
    }

    /** A mean, median or sum computed from a group of {@code builtFrom} persons or agreements. */
    SmallCountSuppression measure(String id, long builtFrom) {
        return measure(scope(""), id, builtFrom);
    }

    /** A share or ratio of a group of {@code builtFrom}, computed from the figures {@code from}: hidden with any of them. */
    SmallCountSuppression derived(String id, long builtFrom, List<String> from) {
        return derived(scope(""), id, builtFrom, from);
    }

    /** {@code total} is the sum of {@code parts} (parts that are no figure are left out). */
    SmallCountSuppression table(String total, List<String> parts) {
        return table(scope(""), total, parts);
    }

    /** The hidden figures and why, in the order they were named (a figure of a scope as scope|name). */
    Map<String, Reason> hidden() {
        Reason[] reasons = reasons();
        Map<String, Reason> out = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            if (reasons[i] == null) continue;
            String scope = scopes.text(scopeOf[i]);
            String name = names.text(nameOf[i]);
            out.put(scope.isEmpty() ? name : scope + SEP + name, reasons[i]);
        }
        return out;
    }

    private SmallCountSuppression count(int scope, String name, long value) {
        return figure(scope, name, Kind.COUNT, value, NO_KEYS);
    }

    private SmallCountSuppression measure(int scope, String name, long builtFrom) {
        return figure(scope, name, Kind.MEASURE, builtFrom, NO_KEYS);
    }

    private SmallCountSuppression derived(int scope, String name, long builtFrom, List<String> from) {
        return figure(scope, name, Kind.DERIVED, builtFrom, keys(scope, from));
    }

    private SmallCountSuppression table(int scope, String total, List<String> parts) {
        tables.add(new Table(key(scope, name(total)), keys(scope, parts)));
        return this;
    }

    private static final long[] NO_KEYS = new long[0];

    /** Texts numbered in the order they first come. */
    private static final class Numbered {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        int number(String text) {
            return numbers.computeIfAbsent(text, t -> {
                texts.add(t);
                return texts.size() - 1;
            });
        }

        /** The number of a text already numbered, or -1. */
        int find(String text) {
            return numbers.getOrDefault(text, -1);
        }

        String text(int number) {
            return texts.get(number);
        }
    }

    private int scope(String scope) {
        int n = scopes.number(scope);
        while (figureOf.size() <= n) figureOf.add(new int[0]);
        return n;
    }

    private int name(String name) {
        return names.number(name);
    }

    private static long key(int scope, int name) {
        return (long) scope << 32 | name;
    }

    private long[] keys(int scope, List<String> ids) {
        long[] out = new long[ids.size()];
        for (int i = 0; i < out.length; i++) out[i] = key(scope, name(ids.get(i)));
        return out;
    }

    /** The figure of a key, or -1. */
    private int figureAt(long key) {
        int[] of = figureOf.get((int) (key >>> 32));
        int name = (int) key;
        return name < of.length ? of[name] : -1;
    }

    /** Names a figure; naming one again replaces it in its place. */
    private SmallCountSuppression figure(int scope, String name, Kind kind, long weight, long[] sources) {
        int n = name(name);
        int at = figureAt(key(scope, n));
        if (at < 0) {
            if (size == kinds.length) {
                int grown = size * 2;
                kinds = Arrays.copyOf(kinds, grown);
                weights = Arrays.copyOf(weights, grown);
                scopeOf = Arrays.copyOf(scopeOf, grown);
                nameOf = Arrays.copyOf(nameOf, grown);
                from = Arrays.copyOf(from, grown);
            }
            at = size++;
            int[] of = figureOf.get(scope);
            if (n >= of.length) {
                int old = of.length;
                of = Arrays.copyOf(of, Math.max(n + 1, old * 2));
                Arrays.fill(of, old, of.length, -1);
                figureOf.set(scope, of);
            }
            of[n] = at;
            scopeOf[at] = scope;
            nameOf[at] = n;
        }
        kinds[at] = kind;
        weights[at] = weight;
        from[at] = sources;
        return this;
    }

    /** A table with its total's figure (-1 when the total is a sum that is no figure) and its parts that are figures. */
    private record Resolved(long total, int totalFigure, int[] parts) {
    }

    /** Why each figure (by number) is hidden; null where it is shown. */
    private Reason[] reasons() {
        boolean[] hidden = new boolean[size];
        for (int i = 0; i < size; i++) hidden[i] = kinds[i] != Kind.DERIVED && small(weights[i]);
        // each table with its parts that are figures, and the tables by the total they head (looked up, not searched)
        List<Resolved> resolved = new ArrayList<>(tables.size());
        Map<Long, List<Resolved>> byTotal = new HashMap<>();
        for (Table t : tables) {
            Resolved r = new Resolved(t.total(), figureAt(t.total()), figures(t.parts()));
            resolved.add(r);
            byTotal.computeIfAbsent(t.total(), k -> new ArrayList<>()).add(r);
        }
        boolean changed;
        do {
            changed = false;
            for (Resolved t : resolved) changed |= protect(t, byTotal, hidden);
        } while (changed);
        Reason[] out = new Reason[size];
        for (int i = 0; i < size; i++) {
            if (kinds[i] == Kind.COUNT && hidden[i]) out[i] = Reason.SMALL_COUNT;
            if (kinds[i] == Kind.MEASURE && hidden[i]) out[i] = Reason.SMALL_GROUP;
            if (kinds[i] == Kind.DERIVED && (small(weights[i]) || anyHidden(figures(from[i]), hidden))) {
                out[i] = Reason.SMALL_GROUP;
            }
        }
        return out;
    }

    /** The keys that name figures, as figure numbers, in their order. */
    private int[] figures(long[] keys) {
        int[] out = new int[keys.length];
        int n = 0;
        for (long k : keys) {
            int f = figureAt(k);
            if (f >= 0) out[n++] = f;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static boolean anyHidden(int[] figures, boolean[] hidden) {
        for (int f : figures) if (hidden[f]) return true;
        return false;
    }

    /**
     * Hides at most one more figure so that the table (its parts all figures; {@code byTotal} the tables so resolved,
     * by total) gives no hidden figure away; true when it did.
     */
    private boolean protect(Resolved t, Map<Long, List<Resolved>> byTotal, boolean[] hidden) {
        int[] parts = t.parts();
        int unknown = 0;
        long unknownWeight = 0;
        for (int p : parts) {
            if (hidden[p]) {
                unknown++;
                unknownWeight += weights[p];
            }
        }
        boolean figure = t.totalFigure() >= 0;
        if (figure ? hidden[t.totalFigure()] : !addsUp(byTotal.get(t.total()), hidden)) {
            // the total is not known: it must not be known from its parts either
            return figure && unknown == 0 && hideSmallest(parts, hidden);
        }
        if (unknown == 0 || unknown >= 2 && unknownWeight >= THRESHOLD) return false;
        return hideSmallest(parts, hidden) || hideTotal(t, byTotal.get(t.total()), hidden);
    }

    /** A total that is no figure is known when one of the tables it heads ({@code headed}) shows every part. */
    private static boolean addsUp(List<Resolved> headed, boolean[] hidden) {
        for (Resolved t : headed) if (!anyHidden(t.parts(), hidden)) return true;
        return false;
    }

    /** Hides the smallest part still shown (not 0; the first of equals); true when there was one. */
    private boolean hideSmallest(int[] parts, boolean[] hidden) {
        int smallest = -1;
        for (int p : parts) {
            if (!hidden[p] && weights[p] > 0 && (smallest < 0 || weights[p] < weights[smallest])) smallest = p;
        }
        if (smallest < 0) return false;
        hidden[smallest] = true;
        return true;
    }

    /** Hides the total of {@code t}; {@code headed} are the tables with that total, {@code t} among them. */
    private boolean hideTotal(Resolved t, List<Resolved> headed, boolean[] hidden) {
        if (t.totalFigure() >= 0) {
            if (hidden[t.totalFigure()]) return false;
            hidden[t.totalFigure()] = true;
            return true;
        }
        boolean changed = false; // a sum that is no figure: no table may show every part of it any more
        for (Resolved other : headed) {
            if (!anyHidden(other.parts(), hidden)) changed |= hideSmallest(other.parts(), hidden);
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

    /** A figure's name within its scope: a field, or a field's row. */
    private static String name(String field, String key) {
        return field + SEP + key;
    }

    private static List<String> rows(String field, List<Count> counts) {
        return counts.stream().map(c -> name(field, c.key())).toList();
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
        scopes.forEach((scope, s) -> register(cells, cells.scope(scope), s));
        if (scopes.containsKey(whole)) {
            int all = cells.scope(whole);
            long[] facilities = scopes.keySet().stream().filter(s -> !s.equals(whole)).mapToLong(cells::scope).toArray();
            int named = cells.size;
            for (int i = 0; i < named; i++) {
                if (cells.scopeOf[i] != all) continue;
                int name = cells.nameOf[i];
                if (NOT_ADDITIVE.contains(cells.names.text(name).split("\\" + SEP)[0])) continue;
                long[] parts = new long[facilities.length];
                for (int f = 0; f < parts.length; f++) parts[f] = key((int) facilities[f], name);
                cells.tables.add(new Table(key(all, name), parts));
            }
        }
        Statistics view = cells.view(scopes.get(requested).figures(), cells.scope(requested), cells.reasons());
        return view.withSummary(StatisticsTexts.hiddenSummary(view, requested.equals(whole)));
    }

    private static void register(SmallCountSuppression c, int scope, Scope s) {
        Statistics f = s.figures();
        long stays = f.moveOuts() + f.stillLiving();
        List<String> destinations = rows("moveOutsByDestination", f.moveOutsByDestination());
        c.count(scope, "residentsServed", f.residentsServed());
        c.count(scope, "moveIns", f.moveIns());
        c.count(scope, "moveOuts", f.moveOuts());
        f.moveOutsByDestination().forEach(r -> c.count(scope, name("moveOutsByDestination", r.key()), r.count()));
        f.moveOutsByReason().forEach(r -> c.count(scope, name("moveOutsByReason", r.key()), r.count()));
        c.count(scope, "stillLiving", f.stillLiving());
        c.measure(scope, "meanStayDays", stays);
        c.measure(scope, "medianStayDays", stays);
        f.stayBuckets().forEach(r -> c.count(scope, name("stayBuckets", r.key()), r.count()));
        long deceased = f.moveOutsByDestination().stream().filter(r -> r.key().equals(Destination.DECEASED.name()))
                .mapToLong(Count::count).sum();
        List<String> shareFrom = new ArrayList<>(destinations);
        shareFrom.add("moveOuts");
        c.derived(scope, "permanentHousingShare", f.moveOuts() - deceased, shareFrom);
        c.derived(scope, "occupancy", s.occupancies(), List.of("occupiedUnitDays"));
        c.measure(scope, "occupiedUnitDays", s.occupancies());
        c.measure(scope, "medianWaitingDays", s.waits());
        c.count(scope, "waitingListAtEnd", f.waitingListAtEnd());
        f.sanctionsByType().forEach(r -> c.count(scope, name("sanctionsByType", r.key()), r.count()));
        c.count(scope, "exclusions", f.exclusions());
        c.count(scope, "entriesWithoutConsent", f.entriesWithoutConsent());
        c.count(scope, "terminations", f.terminations());
        c.measure(scope, "arrearsAtEndOre", s.agreementsInArrears());

        c.table(scope, "moveOuts", destinations);
        c.table(scope, "moveOuts", f.moveOutsByReason().stream().filter(r -> !r.key().equals(CONVERTED))
                .map(r -> name("moveOutsByReason", r.key())).toList());
        c.table(scope, "stays", rows("stayBuckets", f.stayBuckets()));
        c.table(scope, "stays", List.of("moveOuts", "stillLiving"));
        c.table(scope, "terminations", SanctionPolicy.TERMINATIONS.stream()
                .map(t -> name("sanctionsByType", t.name())).toList());
        c.table(scope, "exclusions", List.of(name("sanctionsByType", SanctionType.EXCLUSION.name())));
    }

    /** Why the figure of that name in that scope is hidden; null when it is shown or no figure. */
    private Reason reason(Reason[] reasons, int scope, String name) {
        int n = names.find(name);
        int f = n < 0 ? -1 : figureAt(key(scope, n));
        return f < 0 ? null : reasons[f];
    }

    /** The figures of one scope with the hidden ones null, and the list of them. */
    private Statistics view(Statistics f, int scope, Reason[] reasons) {
        List<Suppressed> suppressed = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (scopeOf[i] != scope || reasons[i] == null) continue;
            String[] parts = names.text(nameOf[i]).split("\\" + SEP);
            suppressed.add(new Suppressed(parts[0], parts.length > 1 ? parts[1] : null, reasons[i]));
        }
        Predicate<String> off = field -> reason(reasons, scope, field) != null;
        BiFunction<String, List<Count>, List<Count>> rows = (field, counts) -> counts.stream()
                .map(r -> new Count(r.key(), reason(reasons, scope, name(field, r.key())) != null ? null : r.count()))
                .toList();
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
