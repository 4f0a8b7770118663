package no.kommune.bta.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementDtos.AgreementView;
import no.kommune.bta.agreement.AgreementDtos.GroupMember;
import no.kommune.bta.agreement.AgreementService;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.agreement.FollowUpWrites;
import no.kommune.bta.agreement.FollowUpWrites.Change;
import no.kommune.bta.agreement.FollowUpWrites.IndividualPlan;
import no.kommune.bta.agreement.FollowUpWrites.Plan;
import no.kommune.bta.agreement.FollowUpWrites.PrimaryContact;
import no.kommune.bta.agreement.FollowUpWrites.Step;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.Enums;
import no.kommune.bta.followup.FollowUpDtos.FollowUpRequest;
import no.kommune.bta.followup.FollowUpDtos.MeetingRequest;
import no.kommune.bta.followup.FollowUpDtos.PrimaryContactRequest;
import no.kommune.bta.followup.FollowUpDtos.ResponsibilityGroupRequest;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.Roles;

/**
 * R-FOL-1: the follow-up of a resident on an agreement: the primary contact the fagleder appoints, the
 * individual plan or cooperation agreement, the responsibility group and the meetings. One command, one
 * transaction; each answers with the agreement as the agreement feature shows it.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    FollowUpWrites agreementRow;

    @Inject
    FollowUpQueries queries;

    @Inject
    AgreementService agreements;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** R-ACC-5, called by retention in the transaction of a batch of persons: meeting notes and group members go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(List<UUID> personIds) {
        queries.anonymise(personIds);
    }

    @Transactional
    public AgreementView appointPrimaryContact(UUID agreementId, PrimaryContactRequest body) {
        AgreementStatus status = agreementRow.lock(agreementId);
        FollowUpRules.checkAppointment(user.hasRole(Roles.FAGLEDER), status);
        String name = body.name().strip();
        return write(agreementId, Change.of(new PrimaryContact(name, user.describe(), clock.instant()),
                FollowUpTexts.primaryContactAppointed(name)));
    }

    @Transactional
    public AgreementView recordFollowUp(UUID agreementId, FollowUpRequest body) {
        agreementRow.lock(agreementId);
        IndividualPlan answer = Enums.parse(IndividualPlan.class, "individualPlan", body.individualPlan(),
                "må være ACCEPTED eller DECLINED");
        Plan plan = new Plan(answer, trim(body.cooperationGoals()), trim(body.cooperationNeeds()),
                trim(body.cooperationStaffProvide()));
        return write(agreementId, Change.of(plan, FollowUpTexts.individualPlan(answer, plan.cooperationGoals() != null)));
    }

    /** The members of the responsibility group, replaced as a whole. */
    @Transactional
    public AgreementView setResponsibilityGroup(UUID agreementId, ResponsibilityGroupRequest body) {
        agreementRow.lock(agreementId);
        List<GroupMember> members = body.members().stream()
                .map(m -> new GroupMember(m.name().strip(), m.represents().strip())).toList();
        queries.replaceResponsibilityGroup(agreementId, members);
        return write(agreementId, Change.timelineOnly(Step.RESPONSIBILITY_GROUP, FollowUpTexts.responsibilityGroup(members.size())));
    }

    /** A responsibility-group meeting or a primary-contact talk, once it has been held. */
    @Transactional
    public AgreementView recordMeeting(UUID agreementId, MeetingRequest body) {
        agreementRow.lock(agreementId);
        MeetingKind kind = Enums.parse(MeetingKind.class, "kind", body.kind(),
                "må være RESPONSIBILITY_GROUP eller PRIMARY_CONTACT_TALK");
        FollowUpRules.checkHeldOn(body.heldOn(), Clocks.today(clock));
        queries.insertMeeting(agreementId, kind, body.heldOn(), trim(body.note()), user.describe());
        return write(agreementId, Change.timelineOnly(Step.MEETING, FollowUpTexts.meeting(kind, body.heldOn())));
    }

    /** The step on the agreement row and its timeline; the answer is the agreement as the agreement feature shows it. */
    private AgreementView write(UUID agreementId, Change change) {
        agreementRow.write(agreementId, change);
        return agreements.get(agreementId);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
