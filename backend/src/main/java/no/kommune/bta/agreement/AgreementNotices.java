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
 * feature writes agreement rows; the sanction feature calls these methods when the resident is notified of an
 * approved decision, and when an appeal reverses it. {@link AgreementService#giveNotice} takes the resident's own
 * notice only, and {@link AgreementService#moveOut} records BREACHES or ARREARS only with the decision behind it.
 */
@ApplicationScoped
public class AgreementNotices {
    static final String NOTICE_GIVEN = "NOTICE_GIVEN";
    static final String TERMINATION_REFERRAL = "TERMINATION_REFERRAL";
    static final String NOTICE_WITHDRAWN = "NOTICE_WITHDRAWN";
    static final String DECISION_REVERSED = "DECISION_REVERSED";
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
     * The municipality gives notice on {@code givenOn}, the day the resident was notified of the approved termination
     * decision {@code decisionId}; the notice period is the agreement's own, and a move-out after it may record
     * {@code ground}. An agreement that already has the resident's notice keeps it and gains the decision; one that
     * has ended is left as it is. The decision lands on the timeline either way.
     */
    @Transactional
    public void giveNoticeByDecision(UUID agreementId, UUID decisionId, TerminationGround ground, LocalDate givenOn,
                                     String reason) {
        NoticeQueries.NoticeTerms terms = queries.terms(agreementId)
                .orElseThrow(() -> ProblemException.notFound("Avtalen", agreementId));
        LocalDate effectiveOn = AgreementTerms.effectiveNotice(terms.kind(), terms.noticeDays(), givenOn);
        String summary;
        if (terms.ended()) {
            summary = AgreementTexts.decisionAfterEnd(givenOn, reason);
        } else {
            queries.recordNoticeByDecision(agreementId, decisionId, ground, givenOn, reason, effectiveOn);
            summary = terms.noticeGivenOn() == null ? AgreementTexts.noticeByDecision(givenOn, effectiveOn, reason)
                    : AgreementTexts.decisionOnExistingNotice(givenOn, terms.noticeEffectiveOn(), reason);
        }
        history.addEvent(agreementId, NOTICE_GIVEN, summary, user.describe());
    }

    /**
     * R-SAN-12: the termination decision {@code decisionId} was reversed on appeal on {@code reversedOn}. The notice it
     * gave is withdrawn and the agreement runs on (ACTIVE); a resident's own notice stays. After a move-out nothing
     * can be undone, and the timeline says why.
     */
    @Transactional
    public void withdrawNoticeByDecision(UUID agreementId, UUID decisionId, LocalDate reversedOn) {
        NoticeQueries.NoticeTerms terms = queries.terms(agreementId)
                .orElseThrow(() -> ProblemException.notFound("Avtalen", agreementId));
        if (terms.ended()) {
            history.addEvent(agreementId, DECISION_REVERSED, AgreementTexts.decisionReversedAfterMoveOut(reversedOn), user.describe());
        } else if (decisionId.equals(terms.noticeDecisionId()) && queries.withdrawNoticeByDecision(agreementId, decisionId) == 1) {
            history.addEvent(agreementId, NOTICE_WITHDRAWN, AgreementTexts.noticeWithdrawn(reversedOn), user.describe());
        }
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
