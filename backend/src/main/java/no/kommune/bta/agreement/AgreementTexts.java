package no.kommune.bta.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kommune.bta.agreement.AgreementFlags.Facts;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.intake.ApplicationAfterVoid;
import no.kommune.bta.common.DocumentFormat;

/**
 * The agreement feature's Norwegian text in one place: timeline events, warnings, flags, problem
 * details (dates and amounts as {@link DocumentFormat} writes them).
 */
public final class AgreementTexts {

    /** The entry grounds (R-SAN-8) as the agreement document words them. */
    static final Map<String, String> ENTRY_GROUNDS = Map.of(
            "DANGER_TO_LIFE_OR_HEALTH", "når det er fare for liv eller helse",
            "NOISE_AND_DISTURBANCE", "ved uro og bråk",
            "POLICE_WARRANT", "når politiet har ransakings- eller pågripelsesordre og beboeren ikke åpner",
            "SUSPECTED_UNWANTED_PERSONS", "ved mistanke om at uønskede personer oppholder seg i boenheten",
            "NO_ANSWER_AT_HMS_ROUND", "når beboeren ikke åpner ved de faste HMS-rundene");

    private AgreementTexts() {
    }

    // ---------------------------------------------------------------- formats

    // ---------------------------------------------------------------- timeline lines written for other features

    static String noticeByDecision(LocalDate givenOn, LocalDate effectiveOn, String decision) {
        return "Oppsagt av kommunen " + fmt(givenOn) + ", fra " + fmt(effectiveOn) + ": " + decision;
    }

    /** R-SAN-12: a decision notified after the resident had given notice themselves; their notice stands. */
    static String decisionOnExistingNotice(LocalDate notifiedOn, LocalDate effectiveOn, String decision) {
        return decision + ", underrettet " + fmt(notifiedOn) + "; avtalen var allerede sagt opp fra " + fmt(effectiveOn);
    }

    /** A decision notified after the agreement had ended (the resident moved out in the meantime). */
    static String decisionAfterEnd(LocalDate notifiedOn, String decision) {
        return decision + ", underrettet " + fmt(notifiedOn) + "; avtalen var allerede avsluttet";
    }

    /** R-SAN-12: the termination decision behind the notice was reversed on appeal. */
    static String noticeWithdrawn(LocalDate reversedOn) {
        return "Oppsigelsen er trukket tilbake: vedtaket om oppsigelse ble omgjort etter klage " + fmt(reversedOn);
    }

    /** The same reversal when the resident had already moved out: the move-out stands, the timeline says why. */
    static String decisionReversedAfterMoveOut(LocalDate reversedOn) {
        return "Vedtaket om oppsigelse ble omgjort etter klage " + fmt(reversedOn) + ", etter at beboeren hadde flyttet ut";
    }

    static final String TERMINATION_REFERRED = "Henvist til eieren av boligen for vurdering av oppsigelse";

    static String endedByConversion(String facilityName, AgreementKind toKind, String reason) {
        return "Avsluttet fordi " + facilityName + " går over til " + kindName(toKind) + ": " + reason;
    }

    static String draftedByConversion(AgreementKind kind, LocalDate predecessorStart) {
        return "Utkast til " + kindName(kind) + " som erstatter avtalen fra " + fmt(predecessorStart)
                + " (omlegging av botiltaket)";
    }

    public static String kindName(AgreementKind kind) {
        return kind.label();
    }

    private static String fmt(LocalDate d) {
        return DocumentFormat.date(d);
    }

    static String partyName(Party party) {
        return DocumentFormat.inSentence(party.label());
    }

    // ---------------------------------------------------------------- timeline events

    static String drafted(AgreementKind kind, LocalDate from, LocalDate to) {
        return "Utkast til " + kindName(kind) + " for perioden " + fmt(from) + "–" + fmt(to);
    }

    static String signedByResident(LocalDate on) {
        return "Signert av beboeren " + fmt(on);
    }

    static String signedByMunicipality(String by, LocalDate on) {
        return "Signert for kommunen av " + by + " " + fmt(on);
    }

    static final String ACTIVE = "Avtalen er signert av begge parter og gjelder";

    static String evaluated(LocalDate heldOn) {
        return "Evalueringsmøte holdt " + fmt(heldOn);
    }

    static String renewed(LocalDate from, LocalDate to) {
        return "Fornyet for perioden " + fmt(from) + "–" + fmt(to);
    }

    static String feeChanged(long ore, LocalDate effectiveFrom, LocalDate notifiedOn) {
        return "Egenbetaling endres til " + DocumentFormat.kroner(ore) + " fra " + fmt(effectiveFrom) + " (varslet " + fmt(notifiedOn) + ")";
    }

    static String noticeGiven(Party by, LocalDate givenOn, LocalDate effectiveOn, String reason) {
        return "Oppsagt av " + partyName(by) + " " + fmt(givenOn) + ", fra " + fmt(effectiveOn) + ": " + reason;
    }

    static String deposit(long amountOre, LocalDate paidOn, LocalDate insuranceInformedOn) {
        return "Depositum " + DocumentFormat.kroner(amountOre) + (paidOn != null ? ", betalt " + fmt(paidOn) : "")
                + (insuranceInformedOn != null ? "; informert om innboforsikring" : "");
    }

    static String movedIn(LocalDate on) {
        return "Flyttet inn " + fmt(on);
    }

    /** R-AGR-9: the agreement is voided before move-in; what became of the application (none without one). */
    static String voided(String reason, ApplicationAfterVoid application) {
        String then = application == null ? "" : application == ApplicationAfterVoid.WAITING_LIST
                ? ". Boenheten er frigitt, og søknaden står igjen på ventelisten"
                : ". Boenheten er frigitt, og søknaden er avsluttet";
        return "Annullert før innflytting: " + reason + then;
    }

    /** R-SAN-6: the property owner's answer to the referral, with the day it takes effect. */
    static String referralAnswered(ReferralStatus response, LocalDate respondedOn, LocalDate effectiveOn, String outcome) {
        String what = switch (response) {
            case NOTICE -> "sa opp leieforholdet";
            case FIXED_TERM_NOT_RENEWED -> "fornyer ikke den tidsbestemte kontrakten";
            case EVICTION -> "begjærte fravikelse";
            case WITHDRAWN, REFERRED -> "trakk saken";
        };
        return "Eieren av boligen " + what + " (svar " + fmt(respondedOn) + ")"
                + (effectiveOn == null ? "" : ", med virkning fra " + fmt(effectiveOn)) + ": " + outcome;
    }

    static String movedOut(LocalDate on, Destination destination, TerminationGround ground) {
        return "Flyttet ut " + fmt(on) + " til " + destination
                + (ground == TerminationGround.NONE ? "" : " etter oppsigelse (" + ground + ")");
    }

    // ---------------------------------------------------------------- warnings and flags

    static final String LONG_FIRST_PERIOD =
            "Første periode er lengre enn to måneder; praksis er en kort første periode på 1–2 måneder med evaluering (R-AGR-1)";
    static final String RENEWAL_TOO_LONG = "En bo- og tjenesteavtale fornyes normalt for høyst ett år om gangen (R-AGR-1)";

    static String overstayWarning(int stayDays, int maxStayDays, String facilityName) {
        return "Sammenhengende opphold i bo- og tjenesteavtale er " + stayDays + " dager, over grensen på " + maxStayDays
                + " dager for " + facilityName + " (R-AGR-7)";
    }

    /** A flag as one line of the daily overview. */
    public static String flag(AgreementFlag flag, Facts f) {
        return switch (flag) {
            case UNSIGNED -> "Avtalen er ikke signert av begge parter";
            case ENDING_SOON -> "Avtaleperioden slutter";
            case OVERSTAY -> "Sammenhengende opphold " + f.stayDays() + " dager, over grensen på " + f.maxStayDays();
            case FIRST_PERIOD_NOT_EVALUATED -> "Første periode er ikke evaluert";
            case LONG_FIRST_PERIOD -> LONG_FIRST_PERIOD;
            case EXPIRED -> "Avtaleperioden er utløpt uten fornyelse eller utflytting";
            case NOTICE_PASSED -> "Oppsigelsen har trådt i kraft, men utflytting er ikke registrert";
        };
    }

    // ---------------------------------------------------------------- problem details

    static final String AGREEMENT_EXISTS = "Det finnes allerede en åpen avtale for denne søknaden";
    static final String FAGLEDER_SIGNS = "Signaturen for kommunen må gis av en fagleder ved botiltaket";
    static final String RESIDENT_ALREADY_SIGNED = "Beboeren har allerede signert";
    static final String MUNICIPALITY_ALREADY_SIGNED = "Kommunen har allerede signert";
    static final String EVALUATION_BEFORE_RENEWAL =
            "Før første fornyelse må et evalueringsmøte etter den første korte perioden være registrert";
    static final String LEASE_TERMINATION_BY_OWNER = "I et botiltak med husleiekontrakt kan ikke personalet si opp; "
            + "saken henvises til eieren av boligen etter husleieloven";

    static final String TERMINATION_BY_DECISION_ONLY = "Kommunen sier opp en bo- og tjenesteavtale bare gjennom et vedtak "
            + "om oppsigelse: foreslå oppsigelse som reaksjon (POST /api/sanctions); når en annen fagleder har godkjent vedtaket "
            + "og beboeren er underrettet, er avtalen sagt opp. Her registreres bare beboerens egen oppsigelse (givenBy RESIDENT)";

    /** R-SAN-12: why a move-out cannot record this ground; {@code decided} is the ground of the decision behind the notice. */
    static String terminationGroundNeedsDecision(TerminationGround ground, TerminationGround decided) {
        if (decided == null) {
            return "Utflytting etter oppsigelse for " + groundName(ground) + " krever et godkjent vedtak om oppsigelse som "
                    + "beboeren er underrettet om; uten vedtak er grunnen NONE (beboerens eget ønske eller avtalens slutt)";
        }
        return "Vedtaket om oppsigelse gjelder " + groundName(decided) + ", ikke " + groundName(ground);
    }

    static String groundName(TerminationGround ground) {
        return switch (ground) {
            case NONE -> "ingen oppsigelse";
            case BREACHES -> "brudd på avtalen";
            case ARREARS -> "restanse";
        };
    }

    static final String VOID_AFTER_MOVE_IN = "Beboeren har flyttet inn: avtalen kan ikke annulleres, den avsluttes med "
            + "oppsigelse og utflytting (R-AGR-9)";
    static final String RENEWAL_STILL_EXPIRED = "må være i dag eller senere, ellers er avtalen fortsatt utløpt";

    static String referralAlreadyAnswered(ReferralStatus status) {
        return "Eieren har allerede svart på henvisningen (" + status + ")";
    }

    static String decisionBeforeAgreement(String intakeStatus) {
        return "Avtalen skrives etter at vedtak om praktisk bistand er fattet (søknadens status: " + intakeStatus + ")";
    }

    static String feeChangeTooEarly(LocalDate earliest) {
        return "Ny egenbetaling kan tidligst gjelde fra " + fmt(earliest) + ", én måned etter varselet";
    }

    static String moveInMissing(List<String> missing) {
        return "Mangler: " + String.join("; ", missing);
    }

    static String unitTaken(LocalDate from) {
        return "Boenheten er opptatt fra " + fmt(from);
    }

    static String stepNotAllowed(String verb, AgreementStatus status) {
        return "Kan ikke " + verb + " en avtale med status " + status;
    }
}
