package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.NewVisitorBan;
import no.kommune.bta.sanction.SanctionDtos.VisitorBanLifting;
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

    @Inject
    Clock clock;

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

    /** One page of the bans at the caller's facilities (or the one named: 403 if not theirs), those in force first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<VisitorBanView> list(String facility, boolean activeOnly, Paging p) {
        Collection<String> facilities = scope.ownOrNamed(facility);
        LocalDate today = Clocks.today(clock);
        return new PageResult<>(queries.page(facilities, activeOnly, today, p.size(), p.offset()), p.page(), p.size(),
                queries.count(facilities, activeOnly, today));
    }

    /**
     * Lifts a ban in force (R-SAN-9): it ends today, with who lifted it and why. Staff at the ban's facility only; a
     * ban that is lifted or ended already is a 409.
     */
    @Transactional
    public VisitorBanView lift(UUID id, VisitorBanLifting body) {
        LocalDate today = Clocks.today(clock);
        VisitorBanQueries.Lockable ban = queries.lock(id, today)
                .orElseThrow(() -> ProblemException.notFound(SanctionTexts.VISITOR_BAN, id));
        scope.requireWorksAt(ban.facilityId());
        if (!ban.active()) throw ProblemException.of(ProblemType.VISITOR_BAN_NOT_IN_FORCE, SanctionTexts.BAN_NOT_IN_FORCE);
        queries.lift(id, today, body.reason().strip(), user.describe());
        return queries.find(id, today).orElseThrow();
    }

    /** R-ACC-5, called by retention: the bans that ended before the cutoff forget the visitor and the reason. */
    @Transactional
    public int anonymiseEndedBefore(LocalDate cutoff) {
        return queries.anonymiseEndedBefore(cutoff);
    }
}
