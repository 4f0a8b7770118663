package no.kommune.bta.agreement;

import no.kommune.bta.intake.ApplicantAnswer;
import java.util.ArrayList;
import java.util.List;
import no.kommune.bta.common.Problem;

/**
 * R-INT-5 and R-AGR-5: what still stands between a draft and move-in, as field violations. Pure: the
 * agreement and what its application shows come in.
 */
public final class MoveInChecklist {

    /** What the application shows: the orientation meeting and the applicant's answer, and whether a decision exists. */
    public record IntakeReadiness(boolean orientationHeld, String applicantAnswer, boolean decided) {
    }

    private MoveInChecklist() {
    }

    /** Empty when move-in may be registered; {@code intake} is null for an agreement without an application. */
    public static List<Problem.Violation> missing(Agreement a, IntakeReadiness intake) {
        List<Problem.Violation> out = new ArrayList<>();
        if (a.movedInOn != null) {
            out.add(new Problem.Violation("movedInOn", "beboeren har allerede flyttet inn"));
            return out;
        }
        if (intake == null) return out;
        if (!intake.orientationHeld() || !ApplicantAnswer.ACCEPTED.name().equals(intake.applicantAnswer())) {
            out.add(new Problem.Violation("orientationMeeting", "orienteringssamtalen er ikke holdt"));
        }
        if (!intake.decided()) out.add(new Problem.Violation("serviceDecision", "vedtak om praktisk bistand er ikke fattet"));
        if (a.residentSignedOn == null) out.add(new Problem.Violation("signatures.resident", "beboeren har ikke signert"));
        if (a.municipalitySignedOn == null) {
            out.add(new Problem.Violation("signatures.municipality", "fagleder har ikke signert for kommunen"));
        }
        if (a.primaryContact == null) out.add(new Problem.Violation("primaryContact", "primærkontakt er ikke oppnevnt"));
        if (a.individualPlan == null) {
            out.add(new Problem.Violation("individualPlan", "individuell plan er ikke tilbudt (svaret mangler)"));
        } else if (a.individualPlan.equals(FollowUpWrites.IndividualPlan.DECLINED.name()) && (a.cooperationGoals == null || a.cooperationStaffProvide == null)) {
            out.add(new Problem.Violation("cooperationAgreement", "samarbeidsavtale mangler (beboeren takket nei til individuell plan)"));
        }
        return out;
    }
}
