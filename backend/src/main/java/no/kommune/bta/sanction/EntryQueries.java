package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.EntryView;

/** Entries without consent (R-SAN-8): the unit an entry is into, and the log as views. */
@ApplicationScoped
public class EntryQueries {

    /** The unit with its facility's kind and the grounds the facility lists for entering (in the facility's order). */
    public record EntryUnit(String facilityId, AgreementKind kind, List<EntryGround> grounds, String label) {
    }

    @Inject
    EntityManager em;

    public Optional<EntryUnit> unit(UUID unitId) {
        return Sql.of(em, """
                        SELECT u.facility_id, f.agreement_kind, f.entry_grounds, u.label AS unit_label
                        FROM unit u JOIN facility f ON f.id = u.facility_id WHERE u.id = :u""")
                .bind("u", unitId)
                .first(r -> new EntryUnit(r.str("facility_id"), r.enumOf("agreement_kind", AgreementKind.class),
                        r.strings("entry_grounds").stream().map(EntryGround::valueOf).toList(), r.str("unit_label")));
    }

    /** Logs the entry (R-SAN-8: ground, time and staff); {@code created_at} is the database's. */
    public void insert(EntryView e, String createdBy) {
        Sql.of(em, """
                        INSERT INTO entry_log (id, facility_id, unit_id, ground, entered_at, staff, present, found, created_by)
                        VALUES (:id, :f, :u, :g, :at, :staff, :present, :found, :by)""")
                .bind("id", e.id()).bind("f", e.facilityId()).bind("u", e.unitId()).bind("g", e.ground())
                .bind("at", e.enteredAt()).bind("staff", e.staff()).bind("present", e.present()).bind("found", e.found())
                .bind("by", createdBy).execute();
    }

    /** Every entry at the facilities in the period (Oslo dates), oldest first. */
    public List<EntryView> between(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, """
                        SELECT e.id AS entry_id, e.facility_id, e.unit_id, u.label AS unit_label, e.ground, e.entered_at,
                               e.staff, e.present, e.found
                        FROM entry_log e JOIN unit u ON u.id = e.unit_id WHERE e.facility_id IN (:fs)
                          AND (e.entered_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to ORDER BY e.entered_at""")
                .bind("fs", facilities).bind("from", from).bind("to", to).list(EntryQueries::view);
    }

    /** One page of the entries at the facilities, the newest first (an index on facility and time serves it). */
    public List<EntryView> page(Collection<String> facilities, int limit, int offset) {
        return Sql.of(em, """
                        SELECT e.id AS entry_id, e.facility_id, e.unit_id, u.label AS unit_label, e.ground, e.entered_at,
                               e.staff, e.present, e.found
                        FROM entry_log e JOIN unit u ON u.id = e.unit_id WHERE e.facility_id IN (:fs)
                        ORDER BY e.entered_at DESC, e.id LIMIT :limit OFFSET :offset""")
                .bind("fs", facilities).bind("limit", limit).bind("offset", offset).list(EntryQueries::view);
    }

    public long count(Collection<String> facilities) {
        return Sql.of(em, "SELECT count(*) FROM entry_log WHERE facility_id IN (:fs)").bind("fs", facilities).number();
    }

    private static EntryView view(Row r) {
        return new EntryView(r.uuid("entry_id"), r.str("facility_id"), r.uuid("unit_id"), r.str("unit_label"),
                r.enumOf("ground", EntryGround.class), r.instant("entered_at"), r.str("staff"), r.str("present"), r.str("found"));
    }
}
