package no.kommune.bta.followup;

import java.time.LocalDate;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.agreement.FollowUpWrites.IndividualPlan;
import no.kommune.bta.common.DocumentFormat;

/** The Norwegian text of the follow-up feature (R-FOL-1): the agreement timeline entries it writes. */
final class FollowUpTexts {

    private FollowUpTexts() {
    }

    static String primaryContactAppointed(String name) {
        return "Primærkontakt oppnevnt: " + name;
    }

    static String individualPlan(IndividualPlan answer, boolean cooperationAgreement) {
        return switch (answer) {
            case ACCEPTED -> "Beboeren takket ja til individuell plan";
            case DECLINED -> "Beboeren takket nei til individuell plan" + (cooperationAgreement ? "; samarbeidsavtale skrevet" : "");
        };
    }

    static String responsibilityGroup(int members) {
        return "Ansvarsgruppen har " + members + " medlemmer";
    }

    static String meeting(MeetingKind kind, LocalDate heldOn) {
        return name(kind) + " " + DocumentFormat.date(heldOn);
    }

    static String name(MeetingKind kind) {
        return switch (kind) {
            case RESPONSIBILITY_GROUP -> "Ansvarsgruppemøte";
            case PRIMARY_CONTACT_TALK -> "Primærkontaktsamtale";
        };
    }

    static String cannotAppointOn(AgreementStatus agreementStatus) {
        return "Kan ikke oppnevne primærkontakt for en avtale med status " + agreementStatus;
    }
}
