package no.kommune.bta.facility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.FacilityDtos.UnitCounts;
import no.kommune.bta.facility.FacilityDtos.UnitView;

/** A facility's units with their status today (view {@code unit_current_status}) and the counts per status. */
@ApplicationScoped
public class FacilityQueries {

    @Inject
    EntityManager em;

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
