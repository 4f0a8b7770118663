package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.security.CurrentUser;

/**
 * Notice on an agreement that another feature decided (R-SAN-12: on a BTA the municipality ends the
 * agreement for breaches or arrears only through an approved termination decision). Only the agreement
 * feature writes agreement rows; the sanction feature calls these methods when a decision is approved.
 */
@ApplicationScoped
public class AgreementNotices {
    static final String NOTICE_GIVEN = "NOTICE_GIVEN";
    static final String TERMINATION_REFERRAL = "TERMINATION_REFERRAL";
    static final String REFERRAL_ANSWERED = "REFERRAL_ANSWERED";

    @Inject
    NoticeQueries queries;

    @Inject
    AgreementHistoryQueries history;

    @Inject
    CurrentUser user;

    @Inject
    ReferralRepository referrals;

    @Inject
    Clock clock;

    /**
     * The municipality gives notice on {@code givenOn} because a termination decision was approved; the notice
     * period is the agreement's own. An agreement that already has notice or has ended keeps it; the decision
     * still lands on its timeline. Returns the day the notice takes effect.
     */
    @Transactional
    public LocalDate giveNoticeByDecision(UUID agreementId, LocalDate givenOn, String reason) {
        NoticeQueries.NoticeTerms terms = queries.terms(agreementId)
                .orElseThrow(() -> ProblemException.notFound("Avtalen", agreementId));
        LocalDate effectiveOn = AgreementTerms.effectiveNotice(terms.kind(), terms.noticeDays(), givenOn);
        queries.recordNotice(agreementId, givenOn, Party.MUNICIPALITY, reason, effectiveOn);
        history.addEvent(agreementId, NOTICE_GIVEN, AgreementTexts.noticeByDecision(effectiveOn), user.describe());
        return effectiveOn;
    }

    /**
     * R-SAN-6: in a tenancy the owner terminates. The approved referral opens a referral case on the agreement,
     * REFERRED today until the owner's answer is recorded ({@link ReferralService#respond}), and lands on its timeline.
     */
    @Transactional
    public void recordTerminationReferral(UUID agreementId) {
        recordTerminationReferral(agreementId, null);
    }

    /** As {@link #recordTerminationReferral(UUID)}, naming the approved referral decision the case follows from. */
    @Transactional
    public UUID recordTerminationReferral(UUID agreementId, UUID sanctionId) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.agreementId = agreementId;
        r.sanctionId = sanctionId;
        r.status = ReferralStatus.REFERRED;
        r.referredOn = Clocks.today(clock);
        r.referredBy = user.describe();
        r.createdAt = clock.instant();
        referrals.persist(r);
        history.addEvent(agreementId, TERMINATION_REFERRAL,
                AgreementTexts.TERMINATION_REFERRED, user.describe());
        return r.id;
    }
}
