package no.kommune.bta.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.common.Clocks;
import no.kommune.bta.common.DocumentFormat;

/** Every Norwegian text the intake feature composes: timeline lines and the details of its refusals. */
final class IntakeTexts {

    static final String RELEASED_DECLINED = "Søkeren takket nei";
    static final String RELEASED_WITHDRAWN = "Søknaden er trukket";
    static final String RELEASED_REJECTED = "Søknaden er avslått";
    static final String RELEASED_MOVED_OUT = "Avtalen er avsluttet (utflyttet)";

    private IntakeTexts() {
    }

    static String date(LocalDate d) {
        return DocumentFormat.date(d);
    }

    // ---------------------------------------------------------------- refusals

    /**
     * How a refusal names the step: "Kan ikke {verb} en søknad med status …". ALLOCATE and RECORD_ORIENTATION
     * are refused with texts of their own ({@link #notOnWaitingList}, {@link #notInformed}).
     */
    static String verb(IntakeAction action) {
        return switch (action) {
            case PRIORITISE -> "prioritere";
            case ALLOCATE -> "tildele boenhet til";
            case INFORM -> "registrere at søkeren er informert om";
            case SCHEDULE_ORIENTATION -> "planlegge orienteringssamtale for";
            case RECORD_ORIENTATION -> "registrere orienteringssamtale for";
            case DECIDE -> "fatte vedtak for";
            case WITHDRAW -> "trekke";
            case REJECT -> "avslå";
            case CORRECT -> "rette opplysningene i";
        };
    }

    static String notCorrectable(IntakeStatus status) {
        return "Opplysningene kan bare rettes før vedtaket er fattet og mens søknaden er åpen (R-INT-4: vedtaket bygger "
                + "på dem); søknaden har status " + status;
    }

    static String notCaseworker() {
        return "Bare saksbehandleren for søknaden kan rette opplysningene (R-ACC-3)";
    }

    /** The timeline line of a correction: which fields changed, never their values (health data, R-ACC-3). */
    static String corrected(List<String> fields) {
        return "Opplysninger rettet: " + String.join(", ", fields);
    }

    static String stepNotAllowed(IntakeAction action, IntakeStatus status) {
        return "Kan ikke " + verb(action) + " en søknad med status " + status;
    }

    static String notOnWaitingList(IntakeStatus status) {
        return "Søknaden må være prioritert og stå på ventelisten før ESIKT tildeler en boenhet (status nå: " + status + ")";
    }

    static String notInformed(IntakeStatus status) {
        return "HVK må informere søkeren om tilbudet før orienteringssamtalen registreres (status nå: " + status + ")";
    }

    static String orientationBeforeDecision(IntakeStatus status) {
        return "Vedtak om praktisk bistand fattes først når orienteringssamtalen er holdt og søkeren har takket ja (status nå: "
                + status + ")";
    }

    /** Only withdrawal is allowed from DECIDED, the one open status where an agreement can exist. */
    static String agreementOpen() {
        return "Det er laget en avtale fra søknaden. Avtalen må avsluttes ved botiltaket før søknaden kan trekkes.";
    }

    static String unitNotAvailable(String unitLabel, LocalDate from) {
        return "Boenheten " + unitLabel + " er allerede tildelt eller bebodd i perioden fra " + date(from);
    }

    static String alreadyAllocated() {
        return "Søknaden har allerede en aktiv tildeling";
    }

    static String outsideTargetGroup(String why) {
        return why + ". Oppgi en begrunnelse (overrideReason) for å tildele likevel.";
    }

    static String overrideNeeded(String why) {
        return "må begrunnes: " + why;
    }

    // ---------------------------------------------------------------- R-INT-7 reasons

    static String onlyFor(String facilityName, boolean women) {
        return facilityName + " er for " + (women ? "kvinner" : "menn");
    }

    static String belowMinAge(int age, int min) {
        return "søkeren er " + age + " år, nedre grense er " + min;
    }

    static String aboveMaxAge(int age, int max) {
        return "søkeren er " + age + " år, øvre grense er " + max;
    }

    // ---------------------------------------------------------------- the timeline

    static String submitted(boolean hasRentalHousingDecision) {
        return "Søknad registrert av HVK" + (hasRentalHousingDecision
                ? "; søkeren har vedtak om kommunal utleiebolig og står fortsatt på den listen" : "");
    }

    static String prioritised(boolean first, int priority, String reason) {
        return (first ? "Satt på ventelisten med prioritet " : "Prioritet endret til ") + priority + ": " + reason;
    }

    static String allocated(String facilityName, String unitLabel, LocalDate from, String coordinator, String outside,
                            String overrideReason) {
        return "Tildelt " + facilityName + ", " + unitLabel + " fra " + date(from) + " (avtalt med " + coordinator + ")"
                + (overrideReason != null ? ". Utenfor målgruppen: " + outside + ". Begrunnelse: " + overrideReason : "");
    }

    static String informed(LocalDate on) {
        return "Søkeren informert om tilbudet " + date(on);
    }

    static String orientationScheduled(Instant at) {
        return "Orienteringssamtale planlagt " + DocumentFormat.date(at.atZone(Clocks.OSLO).toLocalDate());
    }

    static String orientationHeld(LocalDate on) {
        return "Orienteringssamtale holdt " + date(on) + " med søker, HVK og botiltaket";
    }

    static String declined(String reason) {
        return "Søkeren takket nei: " + reason + ". Boenheten er frigitt.";
    }

    static String accepted() {
        return "Søkeren takket ja til tilbudet";
    }

    static String decided(LocalDate on) {
        return "Vedtak om praktisk bistand fattet " + date(on) + ", gjelder til det revurderes";
    }

    static String withdrawn(String reason, boolean released) {
        return "Søknaden er trukket: " + reason + (released ? ". Boenheten er frigitt." : "");
    }

    static String rejected(String reason, boolean released) {
        return "Søknaden er avslått: " + reason + (released ? ". Boenheten er frigitt." : "");
    }

    static String movedIn(LocalDate on) {
        return "Flyttet inn " + date(on);
    }

    // ---------------------------------------------------------------- R-AGR-9: the agreement was voided before move-in

    static String releasedVoided(String reason) {
        return "Avtalen er annullert før innflytting: " + reason;
    }

    static String setAsideVoided(String reason) {
        return "Gjaldt plassen i avtalen som ble annullert før innflytting: " + reason;
    }

    /** The application is closed because the applicant does not want the place, or any place. */
    static String closedAfterVoid(String reason, boolean released) {
        return "Avtalen er annullert før innflytting og søknaden avsluttet: " + reason
                + (released ? ". Boenheten er frigitt." : "");
    }

    /** The application goes back on the waiting list; the steps taken for the voided place are named, so the timeline keeps them. */
    static String backOnWaitingList(String reason, boolean released, LocalDate informedOn, LocalDate orientationHeldOn,
                                    LocalDate decisionDate) {
        StringBuilder s = new StringBuilder("Avtalen er annullert før innflytting: ").append(reason)
                .append(". Søknaden står igjen på ventelisten");
        if (released) s.append("; boenheten er frigitt");
        StringBuilder steps = new StringBuilder();
        if (informedOn != null) steps.append("informert ").append(date(informedOn));
        if (orientationHeldOn != null) steps.append(steps.isEmpty() ? "" : ", ").append("orienteringssamtale ").append(date(orientationHeldOn));
        if (decisionDate != null) steps.append(steps.isEmpty() ? "" : ", ").append("vedtak ").append(date(decisionDate));
        if (!steps.isEmpty()) s.append(". For den annullerte plassen: ").append(steps).append("; ny plass krever nye steg");
        return s.append('.').toString();
    }
}
