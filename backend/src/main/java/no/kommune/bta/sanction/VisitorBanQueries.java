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

    /**
     * R-ACC-5, called by retention: the visitor's name and the reason of every ban that ended before the cutoff are
     * forgotten; the ban's dates and who issued it stay for the control report. A ban without an end is kept.
     *
     * @return how many bans were anonymised now
     */
    public int anonymiseEndedBefore(LocalDate cutoff) {
        return Sql.of(em, """
                        UPDATE visitor_ban SET visitor = forgotten(visitor), reason = forgotten(reason)
                        WHERE to_date < :cutoff AND (visitor IS DISTINCT FROM forgotten(visitor)
                                                     OR reason IS DISTINCT FROM forgotten(reason))""")
                .bind("cutoff", cutoff).execute();
    }

    private static VisitorBanView view(Row r) {
        return new VisitorBanView(r.uuid("ban_id"), r.str("facility_id"), r.enumOf("issued_by", IssuedBy.class),
                r.str("visitor"), r.date("from_date"), r.date("to_date"), r.str("reason"), r.str("created_by"));
    }
}
