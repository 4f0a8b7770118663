package no.kommune.bta.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.reporting.StatisticsDtos.Count;

/**
 * R-STA-1: the recorded facts the statistics are computed from (agreements, applications, reservations,
 * sanctions, entries and charges) for a set of facilities and a period. No counters are kept on the side.
 */
@ApplicationScoped
public class StatisticsQueries {

    /**
     * One stay: an agreement chain of a person that overlaps the period. A successor made by a conversion (R-FAC-3)
     * continues its predecessor's stay: the stay starts at the chain's first move-in ({@code agreementId},
     * {@code movedInOn} and the application are the first agreement's) and ends where the chain's last agreement
     * ends (move-out, destination, ground and end are the last one's), so it is counted once and the predecessor,
     * ended CONVERTED without a move-out, does not stay open.
     */
    public record Stay(UUID agreementId, UUID personId, LocalDate movedInOn, LocalDate movedOutOn, String destination,
                       String terminationGround, String endReason, LocalDate endedOn, LocalDate applicationReceivedOn) {
    }

    @Inject
    EntityManager em;

    public String facilityName(String facilityId) {
        return Sql.of(em, "SELECT name AS facility_name FROM facility WHERE id = :f").bind("f", facilityId)
                .first(r -> r.str("facility_name")).orElseThrow();
    }

    public List<Stay> stays(List<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        WITH RECURSIVE chain AS (
                            SELECT a.id AS first_id, a.id AS agreement_id, 0 AS depth
                            FROM agreement a
                            WHERE a.facility_id IN (:fs) AND a.moved_in_on IS NOT NULL AND a.predecessor_id IS NULL
                              AND a.moved_in_on <= :to
                            UNION ALL
                            SELECT c.first_id, s.id, c.depth + 1
                            FROM chain c JOIN agreement s ON s.predecessor_id = c.agreement_id
                        ), last_of_chain AS (
                            SELECT DISTINCT ON (first_id) first_id, agreement_id AS last_id
                            FROM chain ORDER BY first_id, depth DESC
                        )
                        SELECT f.id AS agreement_id, f.person_id, f.moved_in_on, l.moved_out_on, l.destination,
                               l.termination_ground, l.end_reason, l.ended_on, i.received_on
                        FROM last_of_chain c
                        JOIN agreement f ON f.id = c.first_id
                        JOIN agreement l ON l.id = c.last_id
                        LEFT JOIN intake i ON i.id = f.intake_id
                        WHERE coalesce(l.moved_out_on, :to) >= :from""")
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .list(r -> new Stay(r.uuid("agreement_id"), r.uuid("person_id"), r.date("moved_in_on"),
                        r.date("moved_out_on"), r.str("destination"), r.str("termination_ground"), r.str("end_reason"),
                        r.date("ended_on"), r.date("received_on")));
    }

    /** Agreements that ended in the period because their facility changed kind (R-FAC-3). */
    public long endedByConversion(List<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT count(*) AS n FROM agreement
                        WHERE facility_id IN (:fs) AND end_reason = 'CONVERTED' AND ended_on BETWEEN :from AND :to""")
                .bind("fs", facilities).bind("from", from).bind("to", to).number();
    }

    public long units(List<String> facilities) {
        return Sql.of(em, "SELECT count(*) AS n FROM unit WHERE facility_id IN (:fs)").bind("fs", facilities).number();
    }

    /** Occupied unit-days in the period, and how many occupancies they come from. */
    public record Occupancy(long unitDays, long occupancies) {
    }

    /** Occupied unit-days in the period; an open occupancy has no upper bound and counts to the end of the period. */
    public Occupancy occupancy(List<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT coalesce(sum(least(coalesce(upper(r.period) - 1, CAST(:to AS date)), CAST(:to AS date))
                                            - greatest(lower(r.period), CAST(:from AS date)) + 1), 0) AS unit_days,
                               count(*) AS occupancies
                        FROM unit_reservation r JOIN unit u ON u.id = r.unit_id
                        WHERE u.facility_id IN (:fs) AND r.kind = 'OCCUPANCY' AND r.released_at IS NULL
                          AND r.period && daterange(CAST(:from AS date), CAST(:to AS date), '[]')""")
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .first(r -> new Occupancy(r.lngOr0("unit_days"), r.lngOr0("occupancies"))).orElseThrow();
    }

    /**
     * Applications on the waiting list at the end of the period: prioritised, not yet allocated, withdrawn or
     * rejected. With {@code everywhere} every application counts, else those wishing one of the facilities.
     */
    public long waitingAt(boolean everywhere, List<String> facilities, LocalDate to) {
        return Sql.of(em, """
                        SELECT count(*) AS n FROM intake i
                        WHERE i.prioritised_at IS NOT NULL AND (i.prioritised_at AT TIME ZONE 'Europe/Oslo')::date <= :to
                          AND (:all = true OR EXISTS (SELECT 1 FROM unnest(i.facility_wishes) w WHERE w IN (:fs)))
                          AND NOT EXISTS (SELECT 1 FROM allocation a WHERE a.intake_id = i.id AND (a.created_at AT TIME ZONE 'Europe/Oslo')::date <= :to)
                          AND (i.withdrawn_at IS NULL OR (i.withdrawn_at AT TIME ZONE 'Europe/Oslo')::date > :to)
                          AND (i.rejected_at IS NULL OR (i.rejected_at AT TIME ZONE 'Europe/Oslo')::date > :to)""")
                .bind("all", everywhere).bind("fs", facilities).bind("to", to).number();
    }

    /** Sanctions proposed in the period by type, those reversed on appeal left out. */
    public List<Count> sanctionsByType(List<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT type AS sanction_type, count(*) AS n FROM sanction WHERE facility_id IN (:fs)
                          AND (proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to
                          AND appeal_outcome IS DISTINCT FROM 'REVERSED' GROUP BY type ORDER BY type""")
                .bind("fs", facilities).bind("from", from).bind("to", to)
                .list(r -> new Count(r.str("sanction_type"), r.lngOr0("n")));
    }

    /** Entries into a unit without the resident's consent (R-SAN-8) in the period. */
    public long entries(List<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT count(*) AS n FROM entry_log
                        WHERE facility_id IN (:fs) AND (entered_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to""")
                .bind("fs", facilities).bind("from", from).bind("to", to).number();
    }

    /** What was due by the end of the period and not paid by then, in øre, and how many agreements owe it. */
    public record Arrears(long openOre, long agreements) {
    }

    /**
     * What was due by the end of the period and not covered by then, in øre: the one balance definition
     * (charge_open_at) as it stood that day.
     */
    public Arrears arrearsAt(List<String> facilities, LocalDate to) {
        return Sql.of(em, """
                        SELECT coalesce(sum(o.open_ore), 0) AS open_ore,
                               count(DISTINCT o.agreement_id) FILTER (WHERE o.open_ore > 0) AS agreements
                        FROM charge_open_at(:to) o JOIN agreement a ON a.id = o.agreement_id
                        WHERE a.facility_id IN (:fs) AND o.due_date <= :to""")
                .bind("fs", facilities).bind("to", to)
                .first(r -> new Arrears(r.lngOr0("open_ore"), r.lngOr0("agreements"))).orElseThrow();
    }

    /** Every facility, for figures that are worked out for all of them together (R-STA-2). */
    public List<String> facilityIds() {
        return Sql.of(em, "SELECT id AS facility_id FROM facility ORDER BY id").list(r -> r.str("facility_id"));
    }
}
