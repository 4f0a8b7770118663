package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.NewVisitorBan;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanView;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;

/** Visitor bans (R-SAN-9); in a tenancy only the police can ban a visitor (R-SAN-6). */
@ApplicationScoped
public class VisitorBanService {

    @Inject
    VisitorBanQueries queries;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Transactional
    public VisitorBanView record(NewVisitorBan body) {
        scope.requireWorksAt(body.facilityId());
        IssuedBy issuedBy = Enums.parse(IssuedBy.class, "issuedBy", body.issuedBy(), SanctionTexts.ISSUED_BY);
        AgreementKind kind = queries.facilityKind(body.facilityId()).orElseThrow();
        if (kind == AgreementKind.LEASE && issuedBy == IssuedBy.STAFF) {
            throw ProblemException.of(ProblemType.NOT_LAWFUL_IN_TENANCY, SanctionTexts.NO_STAFF_VISITOR_BAN_IN_TENANCY);
        }
        if (body.toDate() != null && body.toDate().isBefore(body.fromDate())) {
            throw ProblemException.invalid("toDate", SanctionTexts.TO_BEFORE_FROM_DATE);
        }
        VisitorBanView ban = new VisitorBanView(UUID.randomUUID(), body.facilityId(), issuedBy, body.visitor().strip(),
                body.fromDate(), body.toDate(), body.reason().strip(), user.describe());
        queries.insert(ban);
        return ban;
    }

    /** R-ACC-5, called by retention: the bans that ended before the cutoff forget the visitor and the reason. */
    @Transactional
    public int anonymiseEndedBefore(LocalDate cutoff) {
        return queries.anonymiseEndedBefore(cutoff);
    }
}
