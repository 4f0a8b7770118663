package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.FacilityDtos.FacilitySummary;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.facility.FacilityDtos.UnitCounts;
import no.kommune.bta.facility.FacilityDtos.UnitView;
import no.kommune.bta.person.Sex;

/** A facility's units with their status today (view {@code unit_current_status}) and the counts per status. */
@ApplicationScoped
public class FacilityQueries {

    @Inject
    EntityManager em;

    /**
     * A page of facilities by name, of one kind or (kind null) of every kind, as the list shows them (unit counts
     * left empty: {@link #unitCounts} adds them). Read as rows, not entities: a list of 50 loaded through Hibernate
     * spent a quarter of the request's CPU on entity loading and on translating its count query anew each time
     * (issue 16, JFR of {@code GET /api/facilities} at national scale).
     */
    public List<FacilitySummary> page(AgreementKind kind, Paging paging) {
        Filters filters = ofKind(kind);
        return filters.bindTo(Sql.of(em, """
                        SELECT id, name, agreement_kind, address, operator, collects_egenbetaling,
                               target_sexes, target_min_age, target_max_age, target_description
                        FROM facility WHERE true""" + filters.and() + " ORDER BY name LIMIT :size OFFSET :off"))
                .bind("size", paging.size()).bind("off", paging.offset())
                .list(r -> new FacilitySummary(r.str("id"), r.str("name"), r.enumOf("agreement_kind", AgreementKind.class),
                        r.str("address"), r.str("operator"), targetGroup(r), null, r.isTrue("collects_egenbetaling")));
    }

    /** How many facilities {@link #page} pages through. */
    public long count(AgreementKind kind) {
        Filters filters = ofKind(kind);
        return filters.bindTo(Sql.of(em, "SELECT count(*) FROM facility WHERE true" + filters.and())).number();
    }

    private static Filters ofKind(AgreementKind kind) {
        return new Filters().given(kind, "agreement_kind = :kind", "kind");
    }

    /** A facility's target group from the columns of its row ({@code target_sexes}, {@code target_min_age}, …). */
    public static TargetGroup targetGroup(Row r) {
        return new TargetGroup(r.strings("target_sexes").stream().map(Sex::valueOf).toList(), r.integer("target_min_age"),
                r.integer("target_max_age"), r.str("target_description"));
    }

    public List<UnitView> units(String facilityId, Paging paging) {
        return Sql.of(em, """
                        SELECT u.id AS unit_id, u.label AS unit_label, u.unit_type, u.floor AS unit_floor,
                               s.status AS unit_status
                        FROM unit u JOIN unit_current_status s ON s.unit_id = u.id
                        WHERE u.facility_id = :f
                        ORDER BY u.label
                        LIMIT :size OFFSET :off""")
                .bind("f", facilityId).bind("size", paging.size()).bind("off", paging.offset())
                .list(r -> new UnitView(r.uuid("unit_id"), r.str("unit_label"), r.enumOf("unit_type", UnitType.class),
                        r.integer("unit_floor"), r.enumOf("unit_status", UnitStatus.class)));
    }

    public long countUnits(String facilityId) {
        return Sql.of(em, "SELECT count(*) AS n FROM unit WHERE facility_id = :f").bind("f", facilityId).number();
    }

    /**
     * Units per status of each facility given; a facility without units is absent. The status is worked out once per
     * unit ({@code OFFSET 0} keeps the view's subqueries from being run again for each count).
     */
    public Map<String, UnitCounts> unitCounts(Collection<String> facilityIds) {
        if (facilityIds.isEmpty()) return Map.of();
        return Sql.of(em, """
                        SELECT facility_id, count(*) AS total,
                               count(*) FILTER (WHERE status = :vacant) AS vacant,
                               count(*) FILTER (WHERE status = :allocated) AS allocated,
                               count(*) FILTER (WHERE status = :occupied) AS occupied
                        FROM (SELECT facility_id, status FROM unit_current_status WHERE facility_id IN (:ids)
                              OFFSET 0) s
                        GROUP BY facility_id""")
                .bind("ids", facilityIds).bind("vacant", UnitStatus.VACANT).bind("allocated", UnitStatus.ALLOCATED)
                .bind("occupied", UnitStatus.OCCUPIED)
                .rows().stream().collect(Collectors.toMap(r -> r.str("facility_id"), r -> new UnitCounts(r.intOr0("total"),
                        r.intOr0("vacant"), r.intOr0("allocated"), r.intOr0("occupied"))));
    }
}
