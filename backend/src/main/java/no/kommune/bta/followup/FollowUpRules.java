package no.kommune.bta.followup;

import java.time.LocalDate;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;

/** R-FOL-1, pure: who appoints the primary contact and when follow-up steps may be recorded. */
public final class FollowUpRules {
    private FollowUpRules() {
    }

    /** Only a fagleder appoints the primary contact (403), and not on an ended agreement (409). */
    public static void checkAppointment(boolean byFagleder, AgreementStatus status) {
        if (!byFagleder) throw ProblemException.of(ProblemType.FAGLEDER_APPOINTS, "Primærkontakten oppnevnes av fagleder");
        if (status == AgreementStatus.ENDED) {
            throw ProblemException.of(ProblemType.AGREEMENT_STEP_NOT_ALLOWED, FollowUpTexts.cannotAppointOn(status));
        }
    }

    /** A meeting is recorded once it has been held, never ahead of time. */
    public static void checkHeldOn(LocalDate heldOn, LocalDate today) {
        if (heldOn.isAfter(today)) throw ProblemException.invalid("heldOn", "kan ikke være fram i tid");
    }
}
