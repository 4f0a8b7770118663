package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

/**
 * What the monthly charge run and the corrections of a charged month read (agreements, their days and fees,
 * what each month has booked) and write (charge lines), set-based.
 */
@ApplicationScoped
public class ChargeQueries {

    /**
     * The days an agreement is charged for: from move-in (or its start, if later) until move-out, or
     * until it ended; an open end while it runs on.
     */
    private static final String CHARGED_FROM = "greatest(a.moved_in_on, a.start_date)";
    private static final String CHARGED_TO = "coalesce(a.moved_out_on, a.ended_on)";

    @Inject
    EntityManager em;

    /**
     * An agreement's days and fees, what {@link ChargeCalculator} needs for a month, and whether its unit collects
     * egenbetaling (R-PAY-8).
     */
    public record ChargeBasis(UUID agreementId, LocalDate from, LocalDate to, NavigableMap<LocalDate, Long> fees, boolean collects) {
    }

    /**
     * R-PAY-8: the agreement's facility collects egenbetaling. An agreement of the facility's kind follows the
     * facility's setting; one of the other kind (ended by a conversion of the facility) follows its own kind's
     * default (BTA collects, LEASE does not), so the month of a conversion is charged the same whenever the run comes.
     */
    static final String COLLECTED = "(CASE WHEN f.agreement_kind = a.kind THEN f.collects_egenbetaling ELSE a.kind = 'BTA' END)";

    /** The agreement {@code a} with its facility {@code f}, which {@link #COLLECTED} reads (joined, not asked per row). */
    private static final String AGREEMENT_AND_FACILITY = "agreement a JOIN facility f ON f.id = a.facility_id";

    /**
     * The agreements a month's run covers: moved in, not moved out or ended before the month, at a facility that
     * collects egenbetaling ({@link #COLLECTED}); and every agreement that already has lines for the month (its
     * basis may have changed since: R-PAY-7). Only those whose id comes after {@code after}, when given: a resumed run
     * goes on from there.
     */
    public List<UUID> eligible(YearMonth month, UUID after) {
        return Sql.of(em, "SELECT a.id AS agreement_id FROM " + AGREEMENT_AND_FACILITY
                        + " WHERE a.moved_in_on IS NOT NULL AND " + CHARGED_FROM + " <= :last AND (" + CHARGED_TO + " IS NULL OR "
                        + CHARGED_TO + " >= :first) AND " + COLLECTED + " AND a.id > :after"
                        + " UNION SELECT c.agreement_id FROM charge c WHERE c.period = :first AND c.agreement_id > :after"
                        + " ORDER BY agreement_id")
                .bind("first", month.atDay(1)).bind("last", month.atEndOfMonth())
                .bind("after", after == null ? new UUID(0, 0) : after).list(r -> r.uuid("agreement_id"));
    }

    /**
     * Locks the agreements until the transaction ends, so that a run and a move-out, move-in or fee change
     * never compute the same month from two different bases at once.
     */
    public void lock(List<UUID> agreementIds) {
        Sql.of(em, "SELECT id AS agreement_id FROM agreement WHERE id = ANY (CAST(:ids AS uuid[])) ORDER BY id FOR UPDATE")
                .bind("ids", agreementIds.toArray(UUID[]::new)).rows();
    }

    /**
     * The days and fees of the agreements given, each with the fees in force by the end of the month and whether it is
     * collected; the days start at null for an agreement nobody moved in under.
     */
    public List<ChargeBasis> bases(List<UUID> agreementIds, YearMonth month) {
        List<Row> rows = Sql.of(em, "SELECT a.id AS agreement_id, CASE WHEN a.moved_in_on IS NULL THEN NULL ELSE " + CHARGED_FROM
                        + " END AS charged_from, " + CHARGED_TO + " AS charged_to, " + COLLECTED + " AS collects,"
                        + " fee.effective_from AS fee_from, fee.monthly_fee_ore AS fee_ore"
                        + " FROM " + AGREEMENT_AND_FACILITY
                        + " LEFT JOIN agreement_fee fee ON fee.agreement_id = a.id AND fee.effective_from <= :last"
                        + " WHERE a.id = ANY (CAST(:ids AS uuid[]))")
                .bind("ids", agreementIds.toArray(UUID[]::new)).bind("last", month.atEndOfMonth()).rows();
        Map<UUID, ChargeBasis> byAgreement = new LinkedHashMap<>();
        for (Row r : rows) {
            ChargeBasis basis = byAgreement.computeIfAbsent(r.uuid("agreement_id"),
                    id -> new ChargeBasis(id, r.date("charged_from"), r.date("charged_to"), new TreeMap<>(), r.isTrue("collects")));
            if (!r.isNull("fee_from")) basis.fees().put(r.date("fee_from"), r.lngOr0("fee_ore"));
        }
        return new ArrayList<>(byAgreement.values());
    }

    /** What the agreements have booked for the month: whether each has its CHARGE, and the sum of its lines. */
    public Map<UUID, ChargeCorrections.Booked> booked(List<UUID> agreementIds, YearMonth month) {
        Map<UUID, ChargeCorrections.Booked> out = new HashMap<>();
        Sql.of(em, """
                        SELECT agreement_id, bool_or(kind = 'CHARGE') AS charged, sum(amount_ore) AS sum_ore FROM charge
                        WHERE agreement_id = ANY (CAST(:ids AS uuid[])) AND period = :period GROUP BY agreement_id""")
                .bind("ids", agreementIds.toArray(UUID[]::new)).bind("period", month.atDay(1)).rows()
                .forEach(r -> out.put(r.uuid("agreement_id"), new ChargeCorrections.Booked(r.isTrue("charged"), r.lngOr0("sum_ore"))));
        return out;
    }

    /** What one agreement has booked, by month. */
    public Map<YearMonth, ChargeCorrections.Booked> bookedByMonth(UUID agreementId) {
        Map<YearMonth, ChargeCorrections.Booked> out = new TreeMap<>();
        Sql.of(em, """
                        SELECT period, bool_or(kind = 'CHARGE') AS charged, sum(amount_ore) AS sum_ore FROM charge
                        WHERE agreement_id = :a GROUP BY period""")
                .bind("a", agreementId).rows()
                .forEach(r -> out.put(YearMonth.from(r.date("period")),
                        new ChargeCorrections.Booked(r.isTrue("charged"), r.lngOr0("sum_ore"))));
        return out;
    }

    /** The months a charge run has been started for: the months that count as charged (R-PAY-7). */
    public List<YearMonth> runMonths() {
        return Sql.of(em, "SELECT DISTINCT period FROM charge_run ORDER BY period").list(r -> YearMonth.from(r.date("period")));
    }

    /** A line to write for an agreement and month. */
    public record NewLine(UUID agreementId, YearMonth month, ChargeCorrections.Line line, LocalDate dueDate) {
    }

    /**
     * Writes the lines, each money line with a new KID (MOD10), booked today in the month itself or, when
     * that month is closed, in the first open month; returns how many it wrote. A second CHARGE for an
     * agreement and month is never written (a concurrent writer got there first).
     */
    public int insert(UUID run, ChargeCause cause, LocalDate today, List<NewLine> lines) {
        if (lines.isEmpty()) return 0;
        return Sql.of(em, """
                        INSERT INTO charge (id, agreement_id, period, kind, amount_ore, days, due_date, kid, run_id, cause, booked_on,
                                            booked_period)
                        SELECT uuid_in_time_order(), x.agreement_id, x.period, x.kind, x.amount_ore, x.days, x.due_date,
                               CASE WHEN x.kind = 'CHARGE' OR x.amount_ore > 0 THEN kid_mod10(lpad(nextval('kid_seq')::text, 9, '0')) END,
                               CAST(:run AS uuid), :cause, CAST(:today AS date), booked_month(x.period, (SELECT first_open_month()))
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:periods AS date[]), CAST(:kinds AS text[]), CAST(:amounts AS bigint[]),
                                    CAST(:days AS integer[]), CAST(:dues AS date[]))
                             AS x (agreement_id, period, kind, amount_ore, days, due_date)
                        ON CONFLICT (agreement_id, period) WHERE kind = 'CHARGE' DO NOTHING""")
                .bind("run", run).bind("cause", cause).bind("today", today)
                .bind("ids", lines.stream().map(NewLine::agreementId).toArray(UUID[]::new))
                .bind("periods", lines.stream().map(l -> l.month().atDay(1)).toArray(LocalDate[]::new))
                .bind("kinds", lines.stream().map(l -> l.line().kind().name()).toArray(String[]::new))
                .bind("amounts", lines.stream().map(l -> l.line().amountOre()).toArray(Long[]::new))
                .bind("days", lines.stream().map(l -> l.line().days()).toArray(Integer[]::new))
                .bind("dues", lines.stream().map(NewLine::dueDate).toArray(LocalDate[]::new))
                .execute();
    }
}
