package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.facility.UnitType;
import no.kommune.bta.intake.IntakeDtos.VacancyView;
import no.kommune.bta.person.Sex;

/**
 * Units with no reservation from a date on: the vacancy list. A live reservation stands in the way when it ends after
 * the date (an open end never ends), which is the same as overlapping [date, ∞); asked that way, the index
 * {@code unit_reservation_until} (V37) finds those reservations by their end.
 */
@ApplicationScoped
public class VacancyQueries {
    private static final String FREE_FROM = """
            FROM unit u JOIN facility f ON f.id = u.facility_id
            WHERE NOT EXISTS (SELECT 1 FROM unit_reservation r WHERE r.unit_id = u.id AND r.released_at IS NULL
                              AND coalesce(upper(r.period), CAST('infinity' AS date)) > CAST(:from AS date))
              AND (CAST(:facility AS text) IS NULL OR f.id = CAST(:facility AS text))
              AND (CAST(:kind AS text) IS NULL OR f.agreement_kind = CAST(:kind AS text))""";

    @Inject
    EntityManager em;

    public List<VacancyView> page(LocalDate from, String facility, AgreementKind kind, Paging paging) {
        return bind(Sql.of(em, """
                        SELECT u.id AS unit_id, u.label AS unit_label, u.unit_type, f.id AS facility_id,
                               f.name AS facility_name, f.agreement_kind, f.target_sexes, f.target_min_age,
                               f.target_max_age, f.target_description
                        """ + FREE_FROM + " ORDER BY f.name, u.label LIMIT :size OFFSET :off"), from, facility, kind)
                .bind("size", paging.size()).bind("off", paging.offset())
                .list(VacancyQueries::vacancy);
    }

    public long count(LocalDate from, String facility, AgreementKind kind) {
        return bind(Sql.of(em, "SELECT count(*) " + FREE_FROM), from, facility, kind).number();
    }

    private static Sql bind(Sql sql, LocalDate from, String facility, AgreementKind kind) {
        return sql.bind("from", from).bind("facility", facility).bind("kind", kind);
    }

    private static VacancyView vacancy(Row r) {
        return new VacancyView(r.uuid("unit_id"), r.str("unit_label"), r.enumOf("unit_type", UnitType.class),
                r.str("facility_id"), r.str("facility_name"), r.enumOf("agreement_kind", AgreementKind.class),
                new TargetGroup(r.strings("target_sexes").stream().map(Sex::valueOf).toList(), r.integer("target_min_age"),
                        r.integer("target_max_age"), r.str("target_description")));
    }
}
