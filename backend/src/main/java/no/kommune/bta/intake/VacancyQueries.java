package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.facility.FacilityQueries;
import no.kommune.bta.facility.UnitType;
import no.kommune.bta.intake.IntakeDtos.VacancyView;

/**
 * Units with no reservation from a date on: the vacancy list. A live reservation stands in the way when it ends after
 * the date (an open end never ends), so a unit is vacant from the date exactly when the latest end of its live
 * reservations, kept on the unit as {@code reserved_until} by the reservations' triggers (V50), is on or before the
 * date, or it has none; the index {@code unit_vacant_from} holds those units as one range.
 */
@ApplicationScoped
public class VacancyQueries {
    private static final String FREE = "coalesce(u.reserved_until, CAST('-infinity' AS date)) <= CAST(:from AS date)";

    @Inject
    EntityManager em;

    public List<VacancyView> page(LocalDate from, String facility, AgreementKind kind, Paging paging) {
        Filters filters = filters(facility, kind);
        return filters.bindTo(Sql.of(em, """
                        SELECT u.id AS unit_id, u.label AS unit_label, u.unit_type, f.id AS facility_id,
                               f.name AS facility_name, f.agreement_kind, f.target_sexes, f.target_min_age,
                               f.target_max_age, f.target_description
                        FROM unit u JOIN facility f ON f.id = u.facility_id
                        WHERE\s""" + FREE + filters.and() + " ORDER BY f.name, u.label LIMIT :size OFFSET :off"))
                .bind("from", from).bind("size", paging.size()).bind("off", paging.offset())
                .list(VacancyQueries::vacancy);
    }

    public long count(LocalDate from, String facility, AgreementKind kind) {
        Filters filters = filters(facility, kind);
        // the facility is asked of the unit itself; without a kind the count reads the units' index alone
        String tables = kind == null ? "FROM unit u" : "FROM unit u JOIN facility f ON f.id = u.facility_id";
        return filters.bindTo(Sql.of(em, "SELECT count(*) " + tables + " WHERE " + FREE + filters.and()))
                .bind("from", from).number();
    }

    /** The list's filters, each in the statement only when asked for ({@link Filters}). */
    private static Filters filters(String facility, AgreementKind kind) {
        return new Filters().given(facility, "u.facility_id = :facility", "facility")
                .given(kind == null ? null : kind.name(), "f.agreement_kind = :kind", "kind");
    }

    private static VacancyView vacancy(Row r) {
        return new VacancyView(r.uuid("unit_id"), r.str("unit_label"), r.enumOf("unit_type", UnitType.class),
                r.str("facility_id"), r.str("facility_name"), r.enumOf("agreement_kind", AgreementKind.class),
                FacilityQueries.targetGroup(r));
    }
}
