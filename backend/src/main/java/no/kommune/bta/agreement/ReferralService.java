package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.ReferralDtos.ReferralResponseRequest;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.common.DocumentFormat;

/**
 * The referral case in a tenancy (R-SAN-6): the referrals of an agreement, the property owner's answer, and the
 * referrals a control report lists (R-SAN-10). A referral is made by {@link AgreementNotices#recordTerminationReferral}
 * when the referral decision is approved. Staff of the agreement's facility see and answer it while they see the
 * resident there (R-ACC-3).
 */
@ApplicationScoped
public class ReferralService {

    @Inject
    ReferralRepository referrals;

    @Inject
    ReferralQueries queries;

    @Inject
    AgreementService agreements;

    @Inject
    AgreementRepository agreementRepository;

    @Inject
    AgreementHistoryQueries history;

    @Inject
    PersonAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** The agreement's referrals, oldest first; 404 when the caller does not see the agreement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferralView> ofAgreement(UUID agreementId) {
        return queries.ofAgreement(agreements.load(agreementId).id);
    }

    /** The owner's answer, once: notice, a fixed term not renewed, eviction or a withdrawal, with its dates. */
    @Transactional
    public ReferralView respond(UUID referralId, ReferralResponseRequest body) {
        Referral r = referrals.findForUpdate(referralId).orElseThrow(() -> notFound(referralId));
        // R-ACC-3: a referral whose resident the caller does not see at its facility is answered as one that does not exist
        Agreement a = agreementRepository.findForUpdate(r.agreementId).filter(x -> access.atFacility(x.personId, x.facilityId))
                .orElseThrow(() -> notFound(referralId));
        ReferralStatus response = Enums.find(ReferralStatus.class, body.response())
                .filter(ReferralStatus.RESPONSES::contains)
                .orElseThrow(() -> ProblemException.invalid("response", "må være en av " + ReferralStatus.RESPONSES));
        if (r.status != ReferralStatus.REFERRED) {
            throw ProblemException.of(ProblemType.REFERRAL_ALREADY_ANSWERED, AgreementTexts.referralAlreadyAnswered(r.status));
        }
        LocalDate today = Clocks.today(clock);
        if (body.respondedOn().isBefore(r.referredOn)) {
            throw ProblemException.invalid("respondedOn", "kan ikke være før henvisningen " + DocumentFormat.date(r.referredOn));
        }
        if (body.respondedOn().isAfter(today)) throw ProblemException.invalid("respondedOn", "kan ikke være fram i tid");
        r.effectiveOn = effectiveOn(response, body, a);
        r.status = response;
        r.respondedOn = body.respondedOn();
        r.outcome = body.outcome().strip();
        r.responseRecordedAt = clock.instant();
        r.responseRecordedBy = user.describe();
        referrals.flush();
        history.addEvent(a.id, AgreementNotices.REFERRAL_ANSWERED,
                AgreementTexts.referralAnswered(response, r.respondedOn, r.effectiveOn, r.outcome), user.describe());
        return queries.one(r.id);
    }

    /** R-SAN-10: the referrals at the facilities made or answered in the period, for the control report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferralView> forControlReport(Collection<String> facilities, LocalDate from, LocalDate to) {
        return queries.referredOrAnsweredBetween(facilities, from, to);
    }

    /** The person a referral concerns, for the access log; null when there is no such referral. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID personOf(UUID referralId) {
        return referrals.findByIdOptional(referralId).map(r -> agreements.personOf(r.agreementId)).orElse(null);
    }

    /**
     * The day the answer takes effect: given for notice and eviction, the end of the term for a fixed term not renewed
     * (unless given), none for a withdrawal; never before the answer for notice and eviction.
     */
    private static LocalDate effectiveOn(ReferralStatus response, ReferralResponseRequest body, Agreement a) {
        if (!response.takesEffect()) {
            if (body.effectiveOn() != null) throw ProblemException.invalid("effectiveOn", "skal ikke fylles ut når saken trekkes");
            return null;
        }
        if (body.effectiveOn() == null) {
            if (response.needsEffectiveDate()) throw ProblemException.invalid("effectiveOn", "må fylles ut for " + response);
            return a.endDate;
        }
        if (response.needsEffectiveDate() && body.effectiveOn().isBefore(body.respondedOn())) {
            throw ProblemException.invalid("effectiveOn", "kan ikke være før eierens svar");
        }
        return body.effectiveOn();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Henvisningen", id);
    }
}
