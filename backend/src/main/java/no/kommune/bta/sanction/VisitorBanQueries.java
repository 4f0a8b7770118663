package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;

/** Visitor bans (R-SAN-9) as views, and the facility's kind that decides who may issue one. */
@ApplicationScoped
public class VisitorBanQueries {

    @Inject
    EntityManager em;

    public Optional<AgreementKind> facilityKind(String facility) {
        return Sql.of(em, "SELECT agreement_kind FROM facility WHERE id = :f").bind("f", facility)
                .first(r -> r.enumOf("agreement_kind", AgreementKind.class));
    }

    /** Records the ban as the view shows it; {@code created_at} is the database's. */
    public void insert(VisitorBanView b) {
        Sql.of(em, """
                        INSERT INTO visitor_ban (id, facility_id, issued_by, visitor, from_date, to_date, reason, created_by)
                        VALUES (:id, :f, :i, :v, :from, CAST(:to AS date), :r, :by)""")
                .bind("id", b.id()).bind("f", b.facilityId()).bind("i", b.issuedBy()).bind("v", b.visitor())
                .bind("from", b.fromDate()).bind("to", b.toDate()).bind("r", b.reason()).bind("by", b.createdBy()).execute();
    }

    /** Every ban at the facilities in force at some time in the period, by start date. */
    public List<VisitorBanView> overlapping(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT id AS ban_id, facility_id, issued_by, visitor, from_date, to_date, reason, created_by
                        FROM visitor_ban
                        WHERE facility_id IN (:fs) AND from_date <= :to AND (to_date IS NULL OR to_date >= :from) ORDER BY from_date""")
                .bind("fs", facilities).bind("from", from).bind("to", to).list(VisitorBanQueries::view);
    }

    /** In force today or later: not lifted and not ended before {@code :today}. */
    private static final String ACTIVE = "(b.lifted_at IS NULL AND (b.to_date IS NULL OR b.to_date >= :today))";

    /**
     * One page of the bans at the facilities: those in force (today or later) first, each group newest first; with
     * {@code activeOnly}, only those in force.
     */
    public List<VisitorBanView> page(Collection<String> facilities, boolean activeOnly, LocalDate today, int limit, int offset) {
        return Sql.of(em, SELECT + " WHERE b.facility_id IN (:fs)" + (activeOnly ? " AND " + ACTIVE : "")
                        + " ORDER BY " + ACTIVE + " DESC, b.from_date DESC, b.id LIMIT :limit OFFSET :offset")
                .bind("fs", facilities).bind("today", today).bind("limit", limit).bind("offset", offset)
                .list(VisitorBanQueries::listed);
    }

    public Optional<VisitorBanView> find(java.util.UUID id, LocalDate today) {
        return Sql.of(em, SELECT + " WHERE b.id = :id").bind("id", id).bind("today", today).first(VisitorBanQueries::listed);
    }

    private static final String SELECT = "SELECT b.id AS ban_id, b.facility_id, b.issued_by, b.visitor, b.from_date, b.to_date,"
            + " b.reason, b.created_by, " + ACTIVE + " AS active, b.lifted_at, b.lifted_by, b.lift_reason FROM visitor_ban b";

    private static VisitorBanView listed(Row r) {
        return new VisitorBanView(r.uuid("ban_id"), r.str("facility_id"), r.enumOf("issued_by", IssuedBy.class),
                r.str("visitor"), r.date("from_date"), r.date("to_date"), r.str("reason"), r.str("created_by"),
                r.isTrue("active"), r.instant("lifted_at"), r.str("lifted_by"), r.str("lift_reason"));
    }

    public long count(Collection<String> facilities, boolean activeOnly, LocalDate today) {
        Sql sql = Sql.of(em, "SELECT count(*) FROM visitor_ban b WHERE b.facility_id IN (:fs)" + (activeOnly ? " AND " + ACTIVE : ""))
                .bind("fs", facilities);
        return (activeOnly ? sql.bind("today", today) : sql).number();
    }

    /** The ban's facility, and whether it is in force today or later, under its row lock until the transaction ends. */
    public record Lockable(String facilityId, boolean active) {
    }

    public Optional<Lockable> lock(java.util.UUID id, LocalDate today) {
        return Sql.of(em, "SELECT b.facility_id, " + ACTIVE + " AS active FROM visitor_ban b WHERE b.id = :id FOR UPDATE")
                .bind("id", id).bind("today", today).first(r -> new Lockable(r.str("facility_id"), r.isTrue("active")));
    }

    /** The ban ends today (or on its first day, if that is later), lifted by {@code by} for {@code reason}. */
    public void lift(java.util.UUID id, LocalDate today, String reason, String by) {
        Sql.of(em, """
                        UPDATE visitor_ban SET to_date = greatest(from_date, least(coalesce(to_date, :today), :today)),
                               lifted_at = now(), lifted_by = :by, lift_reason = :reason
                        WHERE id = :id""")
                .bind("id", id).bind("today", today).bind("by", by).bind("reason", reason).execute();
    }

    /**
     * R-ACC-5, called by retention: the visitor's name and the reason of every ban that ended before the cutoff are
     * forgotten; the ban's dates and who issued it stay for the control report. A ban without an end is kept.
     *
     * @return how many bans were anonymised now
     */
    public int anonymiseEndedBefore(LocalDate cutoff) {
        return Sql.of(em, """
                        UPDATE visitor_ban SET visitor = forgotten(visitor), reason = forgotten(reason),
                                               lift_reason = forgotten(lift_reason)
                        WHERE to_date < :cutoff AND (visitor IS DISTINCT FROM forgotten(visitor)
                                                     OR reason IS DISTINCT FROM forgotten(reason)
                                                     OR lift_reason IS DISTINCT FROM forgotten(lift_reason))""")
                .bind("cutoff", cutoff).execute();
    }

    private static VisitorBanView view(Row r) {
        return new VisitorBanView(r.uuid("ban_id"), r.str("facility_id"), r.enumOf("issued_by", IssuedBy.class),
                r.str("visitor"), r.date("from_date"), r.date("to_date"), r.str("reason"), r.str("created_by"));
    }
}
