package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.QueryParams;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.intake.IntakeDtos.VacancyView;

/** Units free from a date: what ESIKT looks at when it allocates. */
@ApplicationScoped
public class VacancyService {

    @Inject
    VacancyQueries queries;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VacancyView> list(String from, String facility, String kind, Paging paging) {
        LocalDate parsed = QueryParams.optionalDate("from", from);
        LocalDate date = parsed == null ? Clocks.today(clock) : parsed;
        AgreementKind k = AgreementKind.fromQuery(kind);
        return new PageResult<>(queries.page(date, facility, k, paging), paging.page(), paging.size(),
                queries.count(date, facility, k));
    }
}
