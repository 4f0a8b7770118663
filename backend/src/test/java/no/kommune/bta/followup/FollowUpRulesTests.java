package no.kommune.bta.followup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.agreement.FollowUpWrites.IndividualPlan;
import no.kommune.bta.common.ProblemException;
import org.junit.jupiter.api.Test;

class FollowUpRulesTests {
    static final String P = "https://bta.kommune.no/problems/";

    @Test
    void R_FOL_1_only_a_fagleder_appoints_the_primary_contact() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FollowUpRules.checkAppointment(false, AgreementStatus.ACTIVE));
        assertEquals(403, e.status());
        assertEquals(P + "r-fol-1-fagleder-appoints", e.toProblem(null).type());
        assertEquals("R-FOL-1", e.toProblem(null).rule());
        for (AgreementStatus open : new AgreementStatus[] {AgreementStatus.DRAFT, AgreementStatus.ACTIVE, AgreementStatus.NOTICE_GIVEN}) {
            assertDoesNotThrow(() -> FollowUpRules.checkAppointment(true, open));
        }
    }

    @Test
    void R_FOL_1_no_primary_contact_is_appointed_on_an_ended_agreement() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FollowUpRules.checkAppointment(true, AgreementStatus.ENDED));
        assertEquals(409, e.status());
        assertEquals(P + "agreement-step-not-allowed", e.toProblem(null).type());
        assertEquals("Kan ikke oppnevne primærkontakt for en avtale med status ENDED", e.getMessage());
    }

    @Test
    void R_FOL_1_a_meeting_is_recorded_once_it_has_been_held() {
        LocalDate today = LocalDate.of(2026, 5, 4);
        assertDoesNotThrow(() -> FollowUpRules.checkHeldOn(today, today));
        assertDoesNotThrow(() -> FollowUpRules.checkHeldOn(today.minusYears(1), today));
        ProblemException e = assertThrows(ProblemException.class, () -> FollowUpRules.checkHeldOn(today.plusDays(1), today));
        assertEquals(422, e.status());
        assertEquals("heldOn", e.toProblem(null).violations().get(0).field());
    }

    @Test
    void R_FOL_1_the_timeline_tells_the_answer_to_the_individual_plan_and_the_meeting() {
        assertEquals("Beboeren takket ja til individuell plan", FollowUpTexts.individualPlan(IndividualPlan.ACCEPTED, true));
        assertEquals("Beboeren takket nei til individuell plan; samarbeidsavtale skrevet",
                FollowUpTexts.individualPlan(IndividualPlan.DECLINED, true));
        assertEquals("Beboeren takket nei til individuell plan", FollowUpTexts.individualPlan(IndividualPlan.DECLINED, false));
        assertEquals("Primærkontaktsamtale 04.05.2026", FollowUpTexts.meeting(MeetingKind.PRIMARY_CONTACT_TALK, LocalDate.of(2026, 5, 4)));
        assertEquals("Ansvarsgruppemøte 01.12.2025", FollowUpTexts.meeting(MeetingKind.RESPONSIBILITY_GROUP, LocalDate.of(2025, 12, 1)));
    }
}
