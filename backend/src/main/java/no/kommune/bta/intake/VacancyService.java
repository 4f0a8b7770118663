package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.facility.FacilityDtos.TargetGroup;
import no.kommune.bta.intake.IntakeDtos.VacancyView;

/** Units free from a date: what ESIKT looks at when it allocates. */
@ApplicationScoped
public class VacancyService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VacancyView> list(String from, String facility, String kind, Paging paging) {
        LocalDate parsed = QueryParams.optionalDate("from", from);
        LocalDate date = parsed == null ? Clocks.today(clock) : parsed;
        if (kind != null && !Set.of("BTA", "LEASE").contains(kind)) {
            throw ProblemException.badRequest("kind", "må være BTA eller LEASE");
        }
        String where = """
                FROM unit u JOIN facility f ON f.id = u.facility_id
                WHERE NOT EXISTS (SELECT 1 FROM unit_reservation r WHERE r.unit_id = u.id AND r.released_at IS NULL
                                  AND r.period && daterange(CAST(:from AS date), NULL))
                  AND (CAST(:facility AS text) IS NULL OR f.id = CAST(:facility AS text))
                  AND (CAST(:kind AS text) IS NULL OR f.agreement_kind = CAST(:kind AS text))""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT u.id, u.label, u.unit_type, f.id, f.name, f.agreement_kind, f.target_sexes,
                               f.target_min_age, f.target_max_age, f.target_description
                        """ + where + " ORDER BY f.name, u.label LIMIT :size OFFSET :off")
                .setParameter("from", date).setParameter("facility", facility).setParameter("kind", kind)
                .setParameter("size", paging.size()).setParameter("off", paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) " + where)
                .setParameter("from", date).setParameter("facility", facility).setParameter("kind", kind)
                .getSingleResult()).longValue();
        List<VacancyView> items = rows.stream().map(r -> new VacancyView((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5],
                new TargetGroup(no.kommune.bta.common.SqlValues.strings(r[6]), r[7] == null ? null : ((Number) r[7]).intValue(),
                        r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9]))).toList();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }
}
