package no.kommune.bta.intake;

import static no.kommune.bta.intake.IntakeStatus.ALLOCATED;
import static no.kommune.bta.intake.IntakeStatus.DECIDED;
import static no.kommune.bta.intake.IntakeStatus.INFORMED;
import static no.kommune.bta.intake.IntakeStatus.ORIENTED;
import static no.kommune.bta.intake.IntakeStatus.SUBMITTED;
import static no.kommune.bta.intake.IntakeStatus.WAITING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.security.Roles;

/**
 * The intake process as one state machine (R-INT-1 … R-INT-4): for each {@link IntakeAction} the statuses it
 * is allowed from, the role that takes it, any further condition, and how a step outside the table is refused.
 * Both the actions the SPA offers ({@link #nextActions}) and the refusals of the service ({@link #require})
 * come from this table. The role is enforced by {@code @RolesAllowed} on {@code IntakeResource}, which a unit
 * test keeps in step with {@link #role}. Pure: no database.
 */
public final class IntakeTransitions {

    /** What the table looks at: the derived status, the applicant's answer and whether an agreement is open. */
    public record Facts(IntakeStatus status, ApplicantAnswer applicantAnswer, boolean openAgreement) {
    }

    /** One row of the table. */
    record Transition(IntakeAction action, Set<IntakeStatus> from, String role, Predicate<Facts> condition,
                      Function<IntakeStatus, ProblemException> refusal) {
    }

    private static final Map<IntakeAction, Transition> TABLE = new EnumMap<>(IntakeAction.class);

    static {
        row(IntakeAction.PRIORITISE, EnumSet.of(SUBMITTED, WAITING), Roles.ESIKT, stepNotAllowed(IntakeAction.PRIORITISE));
        // R-INT-1: only an application on the waiting list gets a unit
        row(IntakeAction.ALLOCATE, EnumSet.of(WAITING), Roles.ESIKT,
                s -> ProblemException.of(ProblemType.INTAKE_NOT_ON_WAITING_LIST, IntakeTexts.notOnWaitingList(s)));
        row(IntakeAction.INFORM, EnumSet.of(ALLOCATED), Roles.HVK, stepNotAllowed(IntakeAction.INFORM));
        row(IntakeAction.SCHEDULE_ORIENTATION, EnumSet.of(ALLOCATED, INFORMED), Roles.HVK,
                stepNotAllowed(IntakeAction.SCHEDULE_ORIENTATION));
        // R-INT-3: the meeting is recorded only once HVK has informed the applicant
        row(IntakeAction.RECORD_ORIENTATION, EnumSet.of(INFORMED), Roles.HVK,
                s -> ProblemException.of(ProblemType.APPLICANT_NOT_INFORMED, IntakeTexts.notInformed(s)));
        // R-INT-4: the decision only after the meeting where the applicant accepted
        TABLE.put(IntakeAction.DECIDE, new Transition(IntakeAction.DECIDE, EnumSet.of(ORIENTED), Roles.HVK,
                f -> f.applicantAnswer() == ApplicantAnswer.ACCEPTED,
                s -> s.closed() || s == DECIDED ? stepNotAllowed(IntakeAction.DECIDE).apply(s)
                        : ProblemException.of(ProblemType.ORIENTATION_BEFORE_DECISION, IntakeTexts.orientationBeforeDecision(s))));
        row(IntakeAction.WITHDRAW, IntakeStatus.OPEN, Roles.HVK, stepNotAllowed(IntakeAction.WITHDRAW));
        row(IntakeAction.REJECT, EnumSet.of(SUBMITTED, WAITING, ALLOCATED, INFORMED, ORIENTED), Roles.HVK,
                stepNotAllowed(IntakeAction.REJECT));
        // R-INT-4: the decision is made on the application's details, so they are corrected only before it
        row(IntakeAction.CORRECT, EnumSet.of(SUBMITTED, WAITING, ALLOCATED, INFORMED, ORIENTED), Roles.HVK,
                s -> ProblemException.of(ProblemType.INTAKE_STEP_NOT_ALLOWED, IntakeTexts.notCorrectable(s)));
    }

    private IntakeTransitions() {
    }

    private static void row(IntakeAction action, Set<IntakeStatus> from, String role,
                            Function<IntakeStatus, ProblemException> refusal) {
        TABLE.put(action, new Transition(action, from, role, f -> true, refusal));
    }

    private static Function<IntakeStatus, ProblemException> stepNotAllowed(IntakeAction action) {
        return s -> ProblemException.of(ProblemType.INTAKE_STEP_NOT_ALLOWED, IntakeTexts.stepNotAllowed(action, s));
    }

    /** The statuses the action is allowed from. */
    public static Set<IntakeStatus> from(IntakeAction action) {
        return TABLE.get(action).from();
    }

    /** The role that takes the action. */
    public static String role(IntakeAction action) {
        return TABLE.get(action).role();
    }

    /**
     * Whether the step may be taken now. Once an agreement is open on the application it is handled at the
     * facility, and no step is taken here.
     */
    public static boolean allowed(IntakeAction action, Facts facts) {
        Transition t = TABLE.get(action);
        return t.from().contains(facts.status()) && t.condition().test(facts) && !facts.openAgreement();
    }

    /** The step may be taken now, or the refusal the caller can act on. */
    public static void require(IntakeAction action, Facts facts) {
        Transition t = TABLE.get(action);
        if (!t.from().contains(facts.status()) || !t.condition().test(facts)) throw t.refusal().apply(facts.status());
        if (facts.openAgreement()) throw ProblemException.of(ProblemType.INTAKE_HAS_AGREEMENT, IntakeTexts.agreementOpen());
    }

    /** The steps that move an application forward, in order (withdrawing and rejecting end it instead). */
    private static final List<IntakeAction> FORWARD = List.of(IntakeAction.PRIORITISE, IntakeAction.ALLOCATE,
            IntakeAction.INFORM, IntakeAction.SCHEDULE_ORIENTATION, IntakeAction.RECORD_ORIENTATION, IntakeAction.DECIDE);

    /**
     * Who the application waits for in this status, from the table: the role of the first forward step allowed
     * from it; once decided, the facility (the agreement is theirs); closed, nobody (null).
     */
    public static WaitingFor waitingFor(IntakeStatus status) {
        if (status == null || status.closed()) return null;
        if (status == IntakeStatus.DECIDED) return WaitingFor.FACILITY;
        return FORWARD.stream().filter(a -> TABLE.get(a).from().contains(status)).findFirst()
                .map(a -> Roles.ESIKT.equals(TABLE.get(a).role()) ? WaitingFor.ESIKT : WaitingFor.HVK).orElse(null);
    }

    /** The actions the SPA offers a caller with these roles, in {@link IntakeAction} order. */
    public static List<IntakeAction> nextActions(Facts facts, Set<String> roles) {
        return TABLE.values().stream()
                .filter(t -> roles.contains(t.role()) && allowed(t.action(), facts))
                .map(Transition::action)
                .toList();
    }
}
