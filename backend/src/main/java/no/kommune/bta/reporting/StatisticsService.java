package no.kommune.bta.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.kommune.bta.agreement.Destination;
import no.kommune.bta.sanction.SanctionPolicy;
import no.kommune.bta.sanction.SanctionType;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.db.Plans;
import no.kommune.bta.reporting.StatisticsDtos.Count;
import no.kommune.bta.reporting.StatisticsDtos.Statistics;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;
import no.kommune.bta.security.Roles;
import org.jboss.logging.Logger;

/**
 * R-STA-1: what happened to the residents of a facility in a period, computed from the recorded agreements,
 * applications, sanctions and charges ({@link StatisticsQueries}) — no counters kept on the side.
 */
@ApplicationScoped
public class StatisticsService {
    private static final Logger LOG = Logger.getLogger(StatisticsService.class);
    /** Where residents moved (the agreement's destination), in the order the statistics list them. */
    static final List<String> DESTINATIONS = Arrays.stream(Destination.values()).map(Enum::name).toList();
    static final String DECEASED = Destination.DECEASED.name();
    /** Termination grounds as reasons for moving out; a move without a termination is the resident's own wish. */
    static final String NO_TERMINATION = "NONE";
    static final String OWN_WISH = "OWN_WISH";
    static final List<String> REASONS = List.of(OWN_WISH, "BREACHES", "ARREARS");
    static final String CONVERTED = "CONVERTED";
    /**
     * ESIKT allocates to every facility and internal control oversees them: both see every facility's figures and
     * the total; staff see their own facilities (R-STA-2).
     */
    static final Set<String> WHOLE_MUNICIPALITY_ROLES = Set.of(Roles.ESIKT, Roles.KONTROLL);

    /** The facility code that asks for the whole municipality: every facility together. */
    public static final String ALL = FacilityScope.WHOLE_MUNICIPALITY;

    @Inject
    StatisticsQueries queries;

    @Inject
    FacilityScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Plans plans;

    /**
     * Where the stays over every facility (the whole municipality, and any facility for esikt and kontroll, whose
     * small counts are hidden across all facilities) are worked out while the request's own connection reads the
     * other facts: the stays are the longest statement (about 1.5 s at national scale, the other facts together
     * about 1.2 s), and PostgreSQL gives one statement one core. At most {@link #ASIDE_THREADS} such statements run aside at
     * once in an instance (and so at most that many connections more than its requests hold); when both are busy, or
     * the instance is stopping, the request reads its stays
     * itself, as for one facility, where the statements are short and a second connection would cost more than it
     * saves. Each statement is its own snapshot either way (READ COMMITTED, also where they share a transaction).
     */
    static final int ASIDE_THREADS = 2;

    private final ThreadPoolExecutor aside = new ThreadPoolExecutor(0, ASIDE_THREADS, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), Thread.ofPlatform().name("statistics-aside").daemon().factory(),
            (work, pool) -> work.run()); // busy or stopped: the request runs it itself (never left unanswered)

    @PreDestroy
    void stop() {
        aside.shutdownNow();
    }

    /**
     * The statistics of a facility, or with {@link #ALL} of every facility together. Facility staff get the exact
     * figures of their own facilities for any period; esikt and kontroll get whole calendar months with small counts
     * hidden ({@link SmallCountSuppression}, R-STA-2), worked out over every facility and the total together.
     * Either way the request costs the same few statements: each query answers for all the facilities at once.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Statistics compute(String facility, LocalDate from, LocalDate to) {
        boolean everywhere = ALL.equals(facility);
        List<String> fs = scope.reportFacilities(facility, WHOLE_MUNICIPALITY_ROLES,
                StatisticsTexts.WHOLE_MUNICIPALITY_REFUSAL);
        if (to.isBefore(from)) throw ProblemException.badRequest("to", "kan ikke være før from");
        if (SmallCountSuppression.exactFor(user.roles(), scope.worksAt(facility), everywhere)) {
            return inNewTransaction(() -> {
                Facts facts = facts(new StatisticsQueries.Facilities(fs, false), from, to).get(facility);
                return exact(facility, queries.facilityName(facility), facts, from, to, true).figures();
            });
        }
        SmallCountSuppression.requireWholeMonths(from, to);
        Map<String, String> names = queries.facilities();
        Map<String, Facts> facts = facts(new StatisticsQueries.Facilities(List.copyOf(names.keySet()), true), from, to);
        Map<String, SmallCountSuppression.Scope> scopes = new LinkedHashMap<>();
        names.forEach((f, name) -> scopes.put(f, exact(f, name, facts.get(f), from, to, false)));
        scopes.put(ALL, exact(ALL, StatisticsTexts.WHOLE_MUNICIPALITY_NAME, facts.get(ALL), from, to, false));
        return SmallCountSuppression.hide(facility, ALL, scopes);
    }

    /** The recorded facts behind one scope's figures (R-STA-1). */
    private record Facts(StatisticsQueries.Stays stays, long converted, long units, StatisticsQueries.Occupancy occupancy,
                         long waiting, List<Count> sanctions, long entries, StatisticsQueries.Arrears arrears) {
    }

    /**
     * The facts of each facility asked for, and when that is every facility under {@link #ALL} of them together, from
     * two statements: the stays, and every other fact ({@link StatisticsQueries#recorded}). The whole is the sum of
     * its facilities, as every agreement, unit, sanction and entry belongs to one facility (a stay to its first
     * agreement's), except: the stays of all together are counted and measured by the database (a person who lived at
     * two facilities is served once, the medians are over every stay), the waiting list counts every application
     * (one may wish several facilities or none), and the sanction types keep their order (by type). For every
     * facility the stays are read aside ({@link #aside}) meanwhile.
     * <p>
     * For some facilities (a transaction is open) the statements keep their plans, made for the facilities written
     * into them ({@link StatisticsQueries.Facilities}, bench/README.md).
     */
    private Map<String, Facts> facts(StatisticsQueries.Facilities fs, LocalDate from, LocalDate to) {
        if (!fs.every()) {
            plans.keptFromHere();
            return facts(fs, queries.stays(fs, from, to), queries.recorded(fs, from, to));
        }
        CompletableFuture<StatisticsQueries.StaysByFacility> stays = aside(() -> queries.stays(fs, from, to));
        StatisticsQueries.Recorded others;
        try {
            others = besideAside(() -> queries.recorded(fs, from, to));
        } catch (RuntimeException | Error e) {
            // none of the request's statements is left running after its answer (the stays end by their statement timeout)
            stays.handle((done, failed) -> {
                if (failed != null) LOG.warnf("Statistics: the stays read aside failed too: %s", failed.getMessage());
                return null;
            }).join();
            throw e;
        }
        return facts(fs, joined(stays), others);
    }

    /** The facts of each facility (and of all together, for every facility) from the stays and the other facts. */
    private Map<String, Facts> facts(StatisticsQueries.Facilities fs, StatisticsQueries.StaysByFacility stays,
                                     StatisticsQueries.Recorded o) {
        Map<String, List<Count>> sanctionsOf = new HashMap<>();
        Map<String, Long> allSanctions = new LinkedHashMap<>();
        for (StatisticsQueries.SanctionCount c : o.sanctions()) {
            sanctionsOf.computeIfAbsent(c.facilityId(), f -> new ArrayList<>()).add(new Count(c.type(), c.count()));
            allSanctions.merge(c.type(), c.count(), Long::sum);
        }
        Map<String, Facts> out = new HashMap<>();
        for (String f : fs.ids()) {
            out.put(f, new Facts(stays.byFacility().getOrDefault(f, StatisticsQueries.Stays.NONE),
                    o.converted().getOrDefault(f, 0L), o.units().getOrDefault(f, 0L),
                    o.occupancy().getOrDefault(f, StatisticsQueries.Occupancy.NONE), o.waiting().byFacility().getOrDefault(f, 0L),
                    sanctionsOf.getOrDefault(f, List.of()), o.entries().getOrDefault(f, 0L),
                    o.arrears().getOrDefault(f, StatisticsQueries.Arrears.NONE)));
        }
        if (!fs.every()) return out;
        List<Facts> each = List.copyOf(out.values());
        out.put(ALL, new Facts(stays.together(), each.stream().mapToLong(Facts::converted).sum(),
                each.stream().mapToLong(Facts::units).sum(),
                each.stream().map(Facts::occupancy).reduce(StatisticsQueries.Occupancy.NONE, StatisticsQueries.Occupancy::plus),
                o.waiting().everywhere(), allSanctions.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList(),
                each.stream().mapToLong(Facts::entries).sum(),
                each.stream().map(Facts::arrears).reduce(StatisticsQueries.Arrears.NONE, StatisticsQueries.Arrears::plus)));
        return out;
    }

    /** {@code work} in a transaction of its own on a thread of {@link #aside}, or on this one when both are busy. */
    <T> CompletableFuture<T> aside(Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> inNewTransaction(work), aside);
    }

    /** {@code work} in a transaction of its own (the statement-counting test runs it as it is). */
    <T> T inNewTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    /**
     * {@code work} in a transaction of its own whose statements use no parallel workers, while the stays are read
     * aside, so that the stays keep a core; the transaction ends before the request waits for the stays. National
     * scale, one connection: 3.3 s a request with parallel plans beside the stays, 2.2-2.7 s without (bench/README.md).
     * When the request read its stays itself (both threads busy), the others run so too: the cores are busy then.
     */
    private <T> T besideAside(Supplier<T> work) {
        return inNewTransaction(() -> {
            queries.withoutParallelWorkers();
            return work.get();
        });
    }

    /** The result of work done aside, its failure thrown as it was. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The exact figures of a facility (or {@link #ALL}) and the groups behind its measures; with the summary that reads
     * them only when they are shown as they are ({@code summarised}): the hidden view writes its own.
     */
    private SmallCountSuppression.Scope exact(String facility, String name, Facts facts, LocalDate from, LocalDate to,
                                              boolean summarised) {
        boolean everywhere = ALL.equals(facility);
        StatisticsQueries.Stays stays = facts.stays();
        Map<String, Long> byDest = new LinkedHashMap<>();
        DESTINATIONS.forEach(d -> byDest.put(d, 0L));
        Map<String, Long> byReason = new LinkedHashMap<>();
        REASONS.forEach(r -> byReason.put(r, 0L));
        Map<String, Long> ownDest = new LinkedHashMap<>();
        long moveOuts = 0;
        long leftAlive = 0;
        long permanent = 0;
        for (StatisticsQueries.MoveOuts o : stays.moveOuts()) {
            moveOuts += o.count();
            byDest.merge(o.destination(), o.count(), Long::sum);
            boolean ownWish = NO_TERMINATION.equals(o.terminationGround());
            if (ownWish) ownDest.merge(o.destination(), o.count(), Long::sum);
            byReason.merge(ownWish ? OWN_WISH : o.terminationGround(), o.count(), Long::sum);
            if (!DECEASED.equals(o.destination())) leftAlive += o.count();
            if (Destination.valueOf(o.destination()).permanentHousing()) permanent += o.count();
        }
        byReason.put(CONVERTED, facts.converted());
        List<Count> bucketCounts = new ArrayList<>();
        for (int i = 0; i < stays.buckets().size(); i++) {
            bucketCounts.add(new Count(StayStatistics.LABELS.get(i), stays.buckets().get(i)));
        }
        Double share = leftAlive == 0 ? null : StayStatistics.share(permanent, leftAlive);
        long available = facts.units() * (ChronoUnit.DAYS.between(from, to) + 1);
        StatisticsQueries.Occupancy occupied = facts.occupancy();
        double occupancy = available == 0 ? 0 : StayStatistics.share(occupied.unitDays(), available);
        long waitingAtEnd = facts.waiting();
        List<Count> sanctions = facts.sanctions();
        long entries = facts.entries();
        StatisticsQueries.Arrears arrears = facts.arrears();
        long exclusions = sanctions.stream().filter(c -> c.key().equals(SanctionType.EXCLUSION.name())).mapToLong(Count::count).sum();
        long terminations = sanctions.stream().filter(c -> SanctionPolicy.TERMINATIONS.stream().anyMatch(t -> t.name().equals(c.key())))
                .mapToLong(Count::count).sum();
        List<Count> dest = byDest.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        List<Count> reason = byReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        Statistics s = new Statistics(facility, name, from, to, stays.served(), stays.moveIns(), moveOuts, dest, reason,
                stays.stillLiving(), StayStatistics.mean(stays.stayDays(), stays.stays()),
                StayStatistics.median(stays.medianStayDays()), bucketCounts, share, occupancy, occupied.unitDays(), available,
                StayStatistics.median(stays.medianWaitingDays()), waitingAtEnd, sanctions, exclusions, entries, terminations,
                arrears.openOre(), null);
        long afterBreach = byReason.getOrDefault("BREACHES", 0L) + byReason.getOrDefault("ARREARS", 0L);
        return new SmallCountSuppression.Scope(
                summarised ? s.withSummary(StatisticsTexts.summary(s, everywhere, ownDest, afterBreach)) : s,
                stays.waits(), occupied.occupancies(), arrears.agreements());
    }
}
