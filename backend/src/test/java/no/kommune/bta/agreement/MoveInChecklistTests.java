package no.kommune.bta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.agreement.MoveInChecklist.IntakeReadiness;
import no.kommune.bta.common.Problem;
import org.junit.jupiter.api.Test;

/** R-INT-5 and R-AGR-5: what stands between a draft and move-in. Plain JUnit. */
class MoveInChecklistTests {
    static final IntakeReadiness READY = new IntakeReadiness(true, "ACCEPTED", true);

    static Agreement ready() {
        Agreement a = new Agreement();
        a.residentSignedOn = LocalDate.of(2026, 1, 1);
        a.municipalitySignedOn = LocalDate.of(2026, 1, 1);
        a.primaryContact = "Berit Bakken";
        a.individualPlan = "ACCEPTED";
        return a;
    }

    static List<String> fields(Agreement a, IntakeReadiness intake) {
        return MoveInChecklist.missing(a, intake).stream().map(Problem.Violation::field).toList();
    }

    @Test
    void R_INT_5_nothing_missing_when_signed_with_primary_contact_and_plan_after_orientation_and_decision() {
        assertEquals(List.of(), fields(ready(), READY));
    }

    @Test
    void R_INT_5_a_fresh_draft_misses_everything_in_order() {
        assertEquals(List.of("orientationMeeting", "serviceDecision", "signatures.resident", "signatures.municipality",
                "primaryContact", "individualPlan"), fields(new Agreement(), new IntakeReadiness(false, null, false)));
    }

    @Test
    void R_INT_5_an_orientation_the_applicant_declined_is_not_held() {
        assertEquals(List.of("orientationMeeting"), fields(ready(), new IntakeReadiness(true, "DECLINED", true)));
    }

    @Test
    void R_AGR_5_a_declined_individual_plan_needs_a_cooperation_agreement() {
        Agreement a = ready();
        a.individualPlan = "DECLINED";
        assertEquals(List.of("cooperationAgreement"), fields(a, READY));
        a.cooperationGoals = "Stabil bosituasjon";
        a.cooperationStaffProvide = "Ukentlige samtaler";
        assertEquals(List.of(), fields(a, READY));
    }

    @Test
    void R_INT_5_once_moved_in_only_that_is_said() {
        Agreement a = new Agreement();
        a.movedInOn = LocalDate.of(2026, 1, 1);
        assertEquals(List.of("movedInOn"), fields(a, null));
    }

    @Test
    void an_agreement_without_an_application_has_no_gate() {
        assertEquals(List.of(), fields(new Agreement(), null));
    }
}
