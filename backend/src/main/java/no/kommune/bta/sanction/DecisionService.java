package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementNotices;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.AppealRequest;
import no.kommune.bta.sanction.SanctionDtos.NotificationRequest;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.PersonAccess;
import no.kommune.bta.security.Roles;

/**
 * Individual decisions after they are proposed (R-SAN-7): approval by a second fagleder, notice to the
 * resident with the appeal deadline, and the appeal. An approved BTA termination gives notice on the agreement when
 * the resident is notified of it, and a reversal on appeal withdraws that notice (R-SAN-12).
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    SanctionRepository sanctions;

    @Inject
    SanctionQueries queries;

    @Inject
    AgreementNotices notices;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    PersonAccess access;

    /** R-SAN-7: an individual decision takes effect only when another fagleder of the facility approves it. */
    @Transactional
    public SanctionView approve(UUID id) {
        Sanction s = awaitingReview(id, SanctionTexts.ONLY_FAGLEDER_APPROVES, SanctionTexts.FOUR_EYES);
        if (s.type == SanctionType.EXCLUSION) startNoEarlierThanApproval(s, Clocks.today(clock));
        s.approve(user.describe(), clock.instant());
        // in a tenancy the approved referral is recorded on the agreement; a BTA's notice waits for the notification
        if (s.type == SanctionType.TERMINATION_REFERRAL) notices.recordTerminationReferral(s.agreementId, s.id);
        return saved(s);
    }

    /**
     * Issue 18: instead of approving, another fagleder of the facility sends the proposed decision back to the proposer
     * with the reason (the same four eyes as an approval). The proposal is closed: it is never approved and does not
     * count on the ladder; the proposer sees why on the sanction and proposes again if the measure is still needed.
     */
    @Transactional
    public SanctionView sendBack(UUID id, String reason) {
        Sanction s = awaitingReview(id, SanctionTexts.ONLY_FAGLEDER_RETURNS, SanctionTexts.FOUR_EYES_RETURN);
        s.sendBack(user.describe(), clock.instant(), reason.strip());
        return saved(s);
    }

    /**
     * R-SAN-7: an exclusion takes effect only when approved. One proposed to start before the approval day is moved
     * to start on it, keeping its length, when the alternative accommodation covers the moved period; otherwise the
     * approval is refused and the exclusion must be proposed again.
     */
    private static void startNoEarlierThanApproval(Sanction s, LocalDate approvedOn) {
        DueProcess.Period proposed = new DueProcess.Period(s.exclusionFrom, s.exclusionTo);
        DueProcess.Period alternative = s.alternativeFrom == null ? null : new DueProcess.Period(s.alternativeFrom, s.alternativeTo);
        DueProcess.Period p = DueProcess.startOnApproval(proposed, approvedOn, alternative).orElseThrow(() ->
                ProblemException.of(ProblemType.EXCLUSION_BEFORE_APPROVAL, SanctionTexts.exclusionBeforeApproval(proposed.from(),
                        DueProcess.startingOn(proposed, approvedOn))));
        s.exclusionFrom = p.from();
        s.exclusionTo = p.to();
    }

    /**
     * The resident is told of the decision; the appeal deadline runs from that day (R-SAN-7), once. An approved BTA
     * termination gives the municipality's notice on the agreement from the same day (R-SAN-12): notice by the
     * municipality exists only as the effect of an approved, notified termination decision.
     */
    @Transactional
    public SanctionView notify(UUID id, NotificationRequest body) {
        Sanction s = forUpdate(id);
        if (SanctionPolicy.needsApproval(s.type)) {
            if (s.approvedAt == null) throw ProblemException.of(ProblemType.NOT_APPROVED, SanctionTexts.NOT_APPROVED);
            if (s.notifiedOn != null) {
                throw ProblemException.of(ProblemType.DECISION_ALREADY_NOTIFIED, SanctionTexts.alreadyNotified(s.notifiedOn));
            }
            LocalDate approvedOn = LocalDate.ofInstant(s.approvedAt, Clocks.OSLO);
            if (body.notifiedOn().isBefore(approvedOn)) {
                throw ProblemException.of(ProblemType.NOTIFIED_BEFORE_APPROVAL, "notifiedOn",
                        SanctionTexts.notifiedBeforeApproval(approvedOn));
            }
        }
        s.notified(body.notifiedOn(), body.how().strip());
        if (s.type == SanctionType.TERMINATION && s.kind == AgreementKind.BTA) {
            notices.giveNoticeByDecision(s.agreementId, s.id, SanctionPolicy.moveOutGround(s.ground), body.notifiedOn(),
                    SanctionTexts.terminationDecided(s.ground));
        }
        return saved(s);
    }

    @Transactional
    public SanctionView appeal(UUID id, AppealRequest body) {
        Sanction s = forUpdate(id);
        if (s.appealDeadline == null) throw ProblemException.of(ProblemType.SANCTION_NOT_APPEALABLE, SanctionTexts.NOT_APPEALABLE);
        AppealOutcome outcome = Enums.parseOptional(AppealOutcome.class, "outcome", body.outcome(), SanctionTexts.APPEAL_OUTCOME);
        if (outcome != null && (!user.hasRole(Roles.FAGLEDER) || s.proposedBy.equals(user.describe()))) {
            throw ProblemException.of(ProblemType.APPEAL_OUTCOME_BY_ANOTHER_FAGLEDER, SanctionTexts.APPEAL_OUTCOME_BY_ANOTHER_FAGLEDER);
        }
        // the outcome is final: a reversed termination cannot be upheld again behind the resident's back
        if (s.appealOutcome != null) {
            throw ProblemException.of(ProblemType.APPEAL_ALREADY_DECIDED, SanctionTexts.appealAlreadyDecided(s.appealOutcome));
        }
        LocalDate outcomeOn = outcome == null ? null : body.outcomeOn() == null ? Clocks.today(clock) : body.outcomeOn();
        s.appealed(body.appealedOn(), outcome, outcomeOn);
        // R-SAN-12: a termination reversed on appeal withdraws the notice it gave
        if (outcome == AppealOutcome.REVERSED && s.type == SanctionType.TERMINATION && s.kind == AgreementKind.BTA) {
            notices.withdrawNoticeByDecision(s.agreementId, s.id, outcomeOn);
        }
        return saved(s);
    }

    /**
     * The sanction locked for this transaction; one the caller may not see (another facility, or a resident whose
     * follow-up window has passed, R-ACC-3) is as unknown as a missing one.
     */
    /**
     * R-SAN-7: a proposed decision that another fagleder of the facility may approve or send back now, under its row
     * lock: a decision (not a warning), neither approved nor sent back yet, proposed by someone else.
     */
    private Sanction awaitingReview(UUID id, String notFagleder, String ownProposal) {
        Sanction s = forUpdate(id);
        if (!user.hasRole(Roles.FAGLEDER)) throw ProblemException.forbidden(notFagleder);
        if (!SanctionPolicy.needsApproval(s.type)) {
            throw ProblemException.of(ProblemType.SANCTION_NEEDS_NO_APPROVAL, SanctionTexts.NEEDS_NO_APPROVAL);
        }
        if (s.approvedAt != null) throw ProblemException.of(ProblemType.SANCTION_ALREADY_APPROVED, (String) null);
        if (s.returnedAt != null) throw ProblemException.of(ProblemType.SANCTION_RETURNED, SanctionTexts.RETURNED_ALREADY);
        if (s.proposedBy.equals(user.describe())) throw ProblemException.of(ProblemType.FOUR_EYES, ownProposal);
        return s;
    }

    private Sanction forUpdate(UUID id) {
        Sanction s = sanctions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound(SanctionTexts.SANCTION, id));
        if (!access.atFacility(s.personId, s.facilityId)) throw ProblemException.notFound(SanctionTexts.SANCTION, id);
        return s;
    }

    private SanctionView saved(Sanction s) {
        sanctions.flush();
        return queries.byId(s.id).orElseThrow();
    }
}
