package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

/** What the monthly charge run reads (agreements, their days and fees) and writes (charges), set-based. */
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

    /** An agreement's days and fees, what {@link ChargeCalculator} needs for a month. */
    public record ChargeBasis(UUID agreementId, LocalDate from, LocalDate to, NavigableMap<LocalDate, Long> fees) {
    }

    /** A charge to create: the agreement, the days charged and the amount. */
    public record NewCharge(UUID agreementId, int days, long amountOre) {
    }

    /**
     * R-PAY-8: the agreement's facility collects egenbetaling. An agreement of the facility's kind follows the
     * facility's setting; one of the other kind (ended by a conversion of the facility) follows its own kind's
     * default (BTA collects, LEASE does not), so the month of a conversion is charged the same whenever the run comes.
     */
    static final String COLLECTED = "(SELECT CASE WHEN f.agreement_kind = a.kind THEN f.collects_egenbetaling ELSE a.kind = 'BTA' END"
            + " FROM facility f WHERE f.id = a.facility_id)";

    /**
     * The agreements a month's run covers: moved in, not moved out or ended before the month, at a facility that
     * collects egenbetaling ({@link #COLLECTED}).
     */
    public List<UUID> eligible(YearMonth month) {
        return Sql.of(em, "SELECT a.id AS agreement_id FROM agreement a WHERE a.moved_in_on IS NOT NULL AND " + CHARGED_FROM
                        + " <= :last AND coalesce(" + CHARGED_TO + ", :last) >= :first AND " + COLLECTED + " ORDER BY a.id")
                .bind("first", month.atDay(1)).bind("last", month.atEndOfMonth()).list(r -> r.uuid("agreement_id"));
    }

    /** The days and fees of the agreements given, each with the fees in force by the end of the month. */
    public List<ChargeBasis> bases(List<UUID> agreementIds, YearMonth month) {
        List<Row> rows = Sql.of(em, "SELECT a.id AS agreement_id, " + CHARGED_FROM + " AS charged_from, " + CHARGED_TO
                        + " AS charged_to, f.effective_from AS fee_from, f.monthly_fee_ore AS fee_ore"
                        + " FROM agreement a JOIN agreement_fee f ON f.agreement_id = a.id"
                        + " WHERE a.id = ANY (CAST(:ids AS uuid[])) AND f.effective_from <= :last")
                .bind("ids", agreementIds.toArray(UUID[]::new)).bind("last", month.atEndOfMonth()).rows();
        Map<UUID, ChargeBasis> byAgreement = new LinkedHashMap<>();
        for (Row r : rows) {
            byAgreement.computeIfAbsent(r.uuid("agreement_id"),
                            id -> new ChargeBasis(id, r.date("charged_from"), r.date("charged_to"), new TreeMap<>()))
                    .fees().put(r.date("fee_from"), r.lngOr0("fee_ore"));
        }
        return new ArrayList<>(byAgreement.values());
    }

    /**
     * Creates the charges that are not there yet, each with a new KID (MOD10), and returns how many it
     * created: an agreement charged for the month already keeps its charge.
     */
    public int insert(UUID run, YearMonth month, LocalDate dueDate, List<NewCharge> charges) {
        if (charges.isEmpty()) return 0;
        return Sql.of(em, """
                        INSERT INTO charge (id, agreement_id, period, amount_ore, days, due_date, kid, run_id)
                        SELECT gen_random_uuid(), x.agreement_id, CAST(:period AS date), x.amount_ore, x.days, CAST(:due AS date),
                               kid_mod10(lpad(nextval('kid_seq')::text, 9, '0')), :run
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:amounts AS bigint[]), CAST(:days AS integer[]))
                             AS x (agreement_id, amount_ore, days)
                        ON CONFLICT (agreement_id, period) DO NOTHING""")
                .bind("period", month.atDay(1)).bind("due", dueDate).bind("run", run)
                .bind("ids", charges.stream().map(NewCharge::agreementId).toArray(UUID[]::new))
                .bind("amounts", charges.stream().map(NewCharge::amountOre).toArray(Long[]::new))
                .bind("days", charges.stream().map(NewCharge::days).toArray(Integer[]::new))
                .execute();
    }
}
