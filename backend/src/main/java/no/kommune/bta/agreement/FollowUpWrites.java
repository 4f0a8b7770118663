package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * The one door through which the follow-up feature (R-FOL-1) changes an agreement. The primary contact,
 * the answer to the offer of an individual plan and the cooperation agreement are columns of the agreement
 * row, and every follow-up step leaves an entry on the agreement's timeline; both are the agreement's to
 * write. The follow-up rules themselves live in {@code followup}; this class only writes what they decided.
 */
@ApplicationScoped
public class FollowUpWrites {

    /** The resident's answer to the offer of an individual plan (column {@code individual_plan}, CHECK). */
    public enum IndividualPlan {
        ACCEPTED,
        DECLINED
    }

    /** The follow-up steps; each is the type of the timeline entry it leaves. */
    public enum Step {
        PRIMARY_CONTACT,
        FOLLOW_UP,
        RESPONSIBILITY_GROUP,
        MEETING
    }

    public record PrimaryContact(String name, String appointedBy, Instant appointedAt) {
    }

    /** The individual plan answer and, mostly when it is declined, the cooperation agreement (null when not given). */
    public record Plan(IndividualPlan answer, String cooperationGoals, String cooperationNeeds, String cooperationStaffProvide) {
    }

    /** One step: the timeline entry, and what it changes on the agreement row (null: nothing). */
    public record Change(Step step, String summary, PrimaryContact primaryContact, Plan plan) {
        public static Change timelineOnly(Step step, String summary) {
            return new Change(step, summary, null, null);
        }

        public static Change of(PrimaryContact primaryContact, String summary) {
            return new Change(Step.PRIMARY_CONTACT, summary, primaryContact, null);
        }

        public static Change of(Plan plan, String summary) {
            return new Change(Step.FOLLOW_UP, summary, null, plan);
        }
    }

    @Inject
    AgreementService agreements;

    /**
     * Locks the agreement for a follow-up step and tells where it stands: 404 when it does not exist or the
     * caller does not work at its facility.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgreementStatus lock(UUID agreementId) {
        return agreements.status(agreements.lock(agreementId));
    }

    /** Writes one follow-up step on the agreement: the columns it changes and its timeline entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(UUID agreementId, Change change) {
        Agreement a = agreements.lock(agreementId);
        if (change.primaryContact() != null) {
            a.primaryContact = change.primaryContact().name();
            a.primaryContactAppointedBy = change.primaryContact().appointedBy();
            a.primaryContactAppointedAt = change.primaryContact().appointedAt();
        }
        if (change.plan() != null) {
            a.individualPlan = change.plan().answer().name();
            a.cooperationGoals = change.plan().cooperationGoals();
            a.cooperationNeeds = change.plan().cooperationNeeds();
            a.cooperationStaffProvide = change.plan().cooperationStaffProvide();
        }
        agreements.event(a, change.step().name(), change.summary());
    }
}
