package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.PageResult;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.EntryView;
import no.kommune.bta.sanction.SanctionDtos.NewEntry;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.FacilityScope;

/** Entries into a unit without consent (R-SAN-8): only on the grounds the facility lists, each one logged. */
@ApplicationScoped
public class EntryService {
    /** How far ahead of the server's clock an entry time may be (clocks on phones and PCs drift). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Inject
    EntryQueries queries;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    FacilityScope scope;

    @Transactional
    public EntryView record(NewEntry body) {
        EntryQueries.EntryUnit unit = queries.unit(body.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", SanctionTexts.UNIT_NOT_FOUND));
        scope.requireWorksAt(unit.facilityId());
        EntryGround ground = Enums.find(EntryGround.class, body.ground()).filter(unit.grounds()::contains)
                .orElseThrow(() -> notListed(unit));
        if (body.enteredAt().isAfter(clock.instant().plus(CLOCK_TOLERANCE))) {
            throw ProblemException.invalid("enteredAt", SanctionTexts.NOT_IN_THE_FUTURE);
        }
        EntryView e = new EntryView(UUID.randomUUID(), unit.facilityId(), body.unitId(), unit.label(), ground, body.enteredAt(),
                user.describe(), trim(body.present()), trim(body.found()));
        queries.insert(e, user.describe());
        return e;
    }

    /** R-SAN-6: in a tenancy only danger to life or health; R-SAN-8: elsewhere the facility's list. */
    private static ProblemException notListed(EntryQueries.EntryUnit unit) {
        boolean lease = unit.kind() == AgreementKind.LEASE;
        List<Problem.Violation> violation = List.of(new Problem.Violation("ground", SanctionTexts.ENTRY_GROUND_NOT_HERE));
        return lease
                ? ProblemException.of(ProblemType.ENTRY_GROUND_NOT_ALLOWED_IN_TENANCY, SanctionTexts.ENTRY_ONLY_ON_DANGER_IN_TENANCY, violation)
                : ProblemException.of(ProblemType.ENTRY_GROUND_NOT_ALLOWED, SanctionTexts.entryGroundNotListed(unit.grounds()), violation);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One page of the entries at the caller's facilities (or the one named: 403 if not theirs), the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EntryView> list(String facility, Paging p) {
        Collection<String> facilities = scope.ownOrNamed(facility);
        return new PageResult<>(queries.page(facilities, p.size(), p.offset()), p.page(), p.size(),
                queries.count(facilities));
    }
}
