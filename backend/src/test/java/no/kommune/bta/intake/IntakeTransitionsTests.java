package no.kommune.bta.intake;

import static no.kommune.bta.intake.IntakeAction.ALLOCATE;
import static no.kommune.bta.intake.IntakeAction.CORRECT;
import static no.kommune.bta.intake.IntakeAction.DECIDE;
import static no.kommune.bta.intake.IntakeAction.INFORM;
import static no.kommune.bta.intake.IntakeAction.PRIORITISE;
import static no.kommune.bta.intake.IntakeAction.RECORD_ORIENTATION;
import static no.kommune.bta.intake.IntakeAction.REJECT;
import static no.kommune.bta.intake.IntakeAction.SCHEDULE_ORIENTATION;
import static no.kommune.bta.intake.IntakeAction.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.intake.IntakeTransitions.Facts;
import no.kommune.bta.security.Roles;
import org.junit.jupiter.api.Test;

/** The intake state machine: the steps offered and the steps refused come from one table. */
class IntakeTransitionsTests {
    static final String P = "https://bta.kommune.no/problems/";

    /** The process as DOMAIN.md describes it (R-INT-1 … R-INT-4): each step and the statuses it is taken from. */
    static final Map<IntakeAction, Set<IntakeStatus>> EXPECTED = Map.of(
            PRIORITISE, EnumSet.of(IntakeStatus.SUBMITTED, IntakeStatus.WAITING),
            ALLOCATE, EnumSet.of(IntakeStatus.WAITING),
            INFORM, EnumSet.of(IntakeStatus.ALLOCATED),
            SCHEDULE_ORIENTATION, EnumSet.of(IntakeStatus.ALLOCATED, IntakeStatus.INFORMED),
            RECORD_ORIENTATION, EnumSet.of(IntakeStatus.INFORMED),
            DECIDE, EnumSet.of(IntakeStatus.ORIENTED),
            WITHDRAW, EnumSet.of(IntakeStatus.SUBMITTED, IntakeStatus.WAITING, IntakeStatus.ALLOCATED,
                    IntakeStatus.INFORMED, IntakeStatus.ORIENTED, IntakeStatus.DECIDED),
            REJECT, EnumSet.of(IntakeStatus.SUBMITTED, IntakeStatus.WAITING, IntakeStatus.ALLOCATED,
                    IntakeStatus.INFORMED, IntakeStatus.ORIENTED),
            // R-INT-4: corrected only before the decision
            CORRECT, EnumSet.of(IntakeStatus.SUBMITTED, IntakeStatus.WAITING, IntakeStatus.ALLOCATED,
                    IntakeStatus.INFORMED, IntakeStatus.ORIENTED));

    static Facts facts(IntakeStatus s) {
        return new Facts(s, s == IntakeStatus.DECLINED ? ApplicantAnswer.DECLINED : ApplicantAnswer.ACCEPTED, false);
    }

    static Problem refusal(IntakeAction action, Facts facts) {
        return assertThrows(ProblemException.class, () -> IntakeTransitions.require(action, facts)).toProblem(null);
    }

    @Test
    void R_INT_1_4_every_action_is_allowed_exactly_from_its_table_statuses() {
        for (IntakeAction a : IntakeAction.values()) {
            assertEquals(EXPECTED.get(a), IntakeTransitions.from(a), a.name());
            for (IntakeStatus s : IntakeStatus.values()) {
                boolean expected = EXPECTED.get(a).contains(s);
                assertEquals(expected, IntakeTransitions.allowed(a, facts(s)), a + " from " + s);
                if (expected) {
                    assertDoesNotThrow(() -> IntakeTransitions.require(a, facts(s)), a + " from " + s);
                } else {
                    assertThrows(ProblemException.class, () -> IntakeTransitions.require(a, facts(s)), a + " from " + s);
                }
            }
        }
    }

    @Test
    void R_INT_1_4_next_actions_are_derived_from_the_same_table() {
        Set<String> both = Set.of(Roles.HVK, Roles.ESIKT);
        for (IntakeStatus s : IntakeStatus.values()) {
            for (Set<String> roles : List.of(Set.of(Roles.HVK), Set.of(Roles.ESIKT), both, Set.of(Roles.BOTILTAK))) {
                List<IntakeAction> expected = EnumSet.allOf(IntakeAction.class).stream()
                        .filter(a -> EXPECTED.get(a).contains(s) && roles.contains(IntakeTransitions.role(a))).toList();
                assertEquals(expected, IntakeTransitions.nextActions(facts(s), roles), s + " " + roles);
            }
        }
    }

    @Test
    void R_INT_1_4_next_actions_per_status_and_role_as_the_spa_shows_them() {
        Set<String> hvk = Set.of(Roles.HVK);
        Set<String> esikt = Set.of(Roles.ESIKT);
        assertEquals(List.of(WITHDRAW, REJECT, CORRECT), IntakeTransitions.nextActions(facts(IntakeStatus.SUBMITTED), hvk));
        assertEquals(List.of(PRIORITISE), IntakeTransitions.nextActions(facts(IntakeStatus.SUBMITTED), esikt));
        assertEquals(List.of(PRIORITISE, ALLOCATE), IntakeTransitions.nextActions(facts(IntakeStatus.WAITING), esikt));
        assertEquals(List.of(INFORM, SCHEDULE_ORIENTATION, WITHDRAW, REJECT, CORRECT),
                IntakeTransitions.nextActions(facts(IntakeStatus.ALLOCATED), hvk));
        assertEquals(List.of(SCHEDULE_ORIENTATION, RECORD_ORIENTATION, WITHDRAW, REJECT, CORRECT),
                IntakeTransitions.nextActions(facts(IntakeStatus.INFORMED), hvk));
        assertEquals(List.of(DECIDE, WITHDRAW, REJECT, CORRECT), IntakeTransitions.nextActions(facts(IntakeStatus.ORIENTED), hvk));
        assertEquals(List.of(WITHDRAW), IntakeTransitions.nextActions(facts(IntakeStatus.DECIDED), hvk));
        for (IntakeStatus closed : IntakeStatus.CLOSED) {
            assertEquals(List.of(), IntakeTransitions.nextActions(facts(closed), Set.of(Roles.HVK, Roles.ESIKT)));
        }
    }

    @Test
    void an_open_agreement_stops_every_step_and_withdrawal_says_why() {
        Facts decided = new Facts(IntakeStatus.DECIDED, ApplicantAnswer.ACCEPTED, true);
        assertEquals(List.of(), IntakeTransitions.nextActions(decided, Set.of(Roles.HVK, Roles.ESIKT)));
        assertFalse(IntakeTransitions.allowed(WITHDRAW, decided));
        Problem p = refusal(WITHDRAW, decided);
        assertEquals(P + "intake-has-agreement", p.type());
        assertEquals(409, p.status());
        assertEquals("Det er laget en avtale fra søknaden. Avtalen må avsluttes ved botiltaket før søknaden kan trekkes.",
                p.detail());
        // a step the status refuses is refused for its status first
        assertEquals(P + "intake-step-not-allowed", refusal(REJECT, decided).type());
    }

    @Test
    void R_INT_1_refusals_keep_their_types_and_details() {
        Problem p = refusal(PRIORITISE, facts(IntakeStatus.ALLOCATED));
        assertEquals(P + "intake-step-not-allowed", p.type());
        assertEquals(409, p.status());
        assertEquals("Kan ikke prioritere en søknad med status ALLOCATED", p.detail());
        assertEquals(null, p.rule());

        p = refusal(ALLOCATE, facts(IntakeStatus.SUBMITTED));
        assertEquals(P + "intake-step-not-allowed", p.type());
        assertEquals(409, p.status());
        assertEquals("R-INT-1", p.rule());
        assertEquals("Søknaden må være prioritert og stå på ventelisten før ESIKT tildeler en boenhet (status nå: SUBMITTED)",
                p.detail());

        assertEquals("Kan ikke registrere at søkeren er informert om en søknad med status WAITING",
                refusal(INFORM, facts(IntakeStatus.WAITING)).detail());
        assertEquals("Kan ikke planlegge orienteringssamtale for en søknad med status ORIENTED",
                refusal(SCHEDULE_ORIENTATION, facts(IntakeStatus.ORIENTED)).detail());
        assertEquals("Kan ikke trekke en søknad med status WITHDRAWN", refusal(WITHDRAW, facts(IntakeStatus.WITHDRAWN)).detail());
        assertEquals("Kan ikke avslå en søknad med status DECIDED", refusal(REJECT, facts(IntakeStatus.DECIDED)).detail());
    }

    @Test
    void R_INT_3_the_meeting_is_recorded_only_after_informing() {
        Problem p = refusal(RECORD_ORIENTATION, facts(IntakeStatus.ALLOCATED));
        assertEquals(P + "r-int-3-applicant-not-informed", p.type());
        assertEquals(422, p.status());
        assertEquals("R-INT-3", p.rule());
        assertEquals("HVK må informere søkeren om tilbudet før orienteringssamtalen registreres (status nå: ALLOCATED)",
                p.detail());
        // even a closed application is told so
        assertEquals(P + "r-int-3-applicant-not-informed", refusal(RECORD_ORIENTATION, facts(IntakeStatus.WITHDRAWN)).type());
    }

    @Test
    void R_INT_4_the_decision_needs_the_meeting_and_the_applicants_yes() {
        Problem p = refusal(DECIDE, facts(IntakeStatus.INFORMED));
        assertEquals(P + "r-int-4-orientation-before-decision", p.type());
        assertEquals(422, p.status());
        assertEquals("R-INT-4", p.rule());
        assertEquals("Vedtak om praktisk bistand fattes først når orienteringssamtalen er holdt og søkeren har takket ja "
                + "(status nå: INFORMED)", p.detail());
        Facts orientedNoYes = new Facts(IntakeStatus.ORIENTED, null, false);
        assertFalse(IntakeTransitions.allowed(DECIDE, orientedNoYes));
        assertEquals(P + "r-int-4-orientation-before-decision", refusal(DECIDE, orientedNoYes).type());
        // a decided or closed application: the step is not allowed at all
        for (IntakeStatus s : List.of(IntakeStatus.DECIDED, IntakeStatus.DECLINED, IntakeStatus.WITHDRAWN,
                IntakeStatus.REJECTED, IntakeStatus.MOVED_IN)) {
            Problem q = refusal(DECIDE, facts(s));
            assertEquals(P + "intake-step-not-allowed", q.type(), s.name());
            assertEquals(409, q.status());
            assertEquals("Kan ikke fatte vedtak for en søknad med status " + s, q.detail());
        }
    }

    @Test
    void the_roles_on_the_intake_endpoints_are_the_roles_of_the_table() throws Exception {
        Map<String, List<IntakeAction>> endpoints = Map.of(
                "prioritiseIntake", List.of(PRIORITISE),
                "allocateUnit", List.of(ALLOCATE),
                "recordApplicantInformed", List.of(INFORM),
                "recordOrientationMeeting", List.of(SCHEDULE_ORIENTATION, RECORD_ORIENTATION),
                "recordServiceDecision", List.of(DECIDE),
                "withdrawIntake", List.of(WITHDRAW),
                "rejectIntake", List.of(REJECT),
                "correctIntake", List.of(CORRECT));
        assertEquals(EnumSet.allOf(IntakeAction.class),
                EnumSet.copyOf(endpoints.values().stream().flatMap(List::stream).toList()), "every action has an endpoint");
        for (Method m : IntakeResource.class.getDeclaredMethods()) {
            List<IntakeAction> actions = endpoints.get(m.getName());
            if (actions == null) continue;
            Set<String> allowed = Set.of(m.getAnnotation(RolesAllowed.class).value());
            for (IntakeAction a : actions) {
                assertEquals(Set.of(IntakeTransitions.role(a)), allowed, m.getName());
            }
        }
    }

    @Test
    void closed_and_open_statuses_split_the_set() {
        for (IntakeStatus s : IntakeStatus.values()) {
            assertTrue(IntakeStatus.OPEN.contains(s) != s.closed(), s.name());
        }
    }

    @Test
    void an_open_application_says_who_it_waits_for_and_a_closed_one_waits_for_nobody() {
        Map<IntakeStatus, WaitingFor> expected = new java.util.EnumMap<>(IntakeStatus.class);
        expected.put(IntakeStatus.SUBMITTED, WaitingFor.ESIKT);
        expected.put(IntakeStatus.WAITING, WaitingFor.ESIKT);
        expected.put(IntakeStatus.ALLOCATED, WaitingFor.HVK);
        expected.put(IntakeStatus.INFORMED, WaitingFor.HVK);
        expected.put(IntakeStatus.ORIENTED, WaitingFor.HVK);
        expected.put(IntakeStatus.DECIDED, WaitingFor.FACILITY);
        for (IntakeStatus status : IntakeStatus.values()) {
            assertEquals(expected.get(status), IntakeTransitions.waitingFor(status), status.name());
        }
    }
}
