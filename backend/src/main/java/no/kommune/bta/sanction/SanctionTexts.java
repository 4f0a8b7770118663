package no.kommune.bta.sanction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import no.kommune.bta.common.DocumentFormat;

/**
 * Every Norwegian sentence the sanction feature says to a user: refusals, violations, control-report
 * flags and the measures' names. Rules decide; this class only words the answer.
 */
public final class SanctionTexts {
    private SanctionTexts() {
    }

    // ---------------------------------------------------------------- the ladder (SanctionPolicy)

    public static final String NOT_LAWFUL_IN_TENANCY = "Husleieloven tillater ikke dette tiltaket i et botiltak med "
            + "husleiekontrakt; lovlige tiltak er muntlig advarsel, skriftlig klage og henvisning til oppsigelse hos eieren";
    public static final String TYPE_NOT_FOR_KIND = "Tiltaket hører til husleiekontrakter, ikke bo- og tjenesteavtaler";
    public static final String NEEDS_SERIOUS_BREACH = "Ingen av hendelsene det vises til, er registrert som alvorlig brudd";
    public static final String NEEDS_WARNINGS_AND_SERIOUS_BREACH =
            "Bortvisning på dette grunnlaget krever tidligere muntlige og skriftlige advarsler og et alvorlig brudd";
    public static final String NEEDS_SERIOUS_REPEATED_BREACHES = "Oppsigelse for brudd krever alvorlige og gjentatte brudd: "
            + "et alvorlig brudd og en tidligere skriftlig advarsel";
    public static final String DECISION_NEEDS_GROUNDS = "Bortvisning og oppsigelse er enkeltvedtak: skriftlig begrunnelse "
            + "og en vurdering av forholdsmessighet er påkrevd";

    /** {@code grounds} prints as the list it is ({@code [A, B]}). */
    public static String groundNotValid(Collection<SanctionGround> grounds) {
        return "Grunnlaget gir ikke adgang til dette tiltaket; gyldige grunnlag er " + grounds;
    }

    public static String groundNotSupported(SanctionGround ground) {
        return "Ingen av hendelsene det vises til, gjelder " + ground;
    }

    public static String needsEarlierWarnings(int needed, int given) {
        return "Skriftlig advarsel etter gjentatte muntlige advarsler krever minst " + needed
                + " muntlige advarsler i perioden; beboeren har " + given;
    }

    public static String exclusionNeedsAlternative(LocalDate from, LocalDate to) {
        return "Bortvisning kan ikke registreres uten at et annet sted å bo er sikret for hele perioden " + from + "–" + to;
    }

    /** The measure in bokmål inside a sentence ("Vedtak om bortvisning venter på godkjenning"). */
    public static String name(SanctionType type) {
        return DocumentFormat.inSentence(type.label());
    }

    // ---------------------------------------------------------------- incidents

    public static String unknownCategory(String category) {
        return "ukjent kategori: " + category;
    }

    public static String unknownPoliceReason(String reason) {
        return "ukjent grunn: " + reason;
    }

    public static String personNotAtFacility(UUID person) {
        return "personen bor ikke ved botiltaket: " + person;
    }

    public static String ruleNotInForce(int number) {
        return "regel " + number + " finnes ikke i gjeldende versjon";
    }

    // ---------------------------------------------------------------- sanctions and decisions

    public static final String SANCTION = "Reaksjonen";
    public static final String AGREEMENT = "Avtalen";
    public static final String AGREEMENT_NOT_FOUND = "avtalen finnes ikke";
    public static final String AGREEMENT_ENDED = "Reaksjoner gis bare på avtaler som gjelder";
    public static final String INCIDENT_NOT_OF_RESIDENT = "hendelsen gjelder ikke denne beboeren";
    public static final String EXCLUSION_FROM_MISSING = "må fylles ut for bortvisning";
    public static final String STATUS_FILTER = "bare AWAITING_APPROVAL kan brukes som filter";
    public static final String ONLY_FAGLEDER_APPROVES = "Bare en fagleder ved botiltaket kan godkjenne";
    public static final String NEEDS_NO_APPROVAL = "Advarsler og skriftlig klage gjelder straks";
    public static final String ONLY_FAGLEDER_RETURNS = "Bare en fagleder ved botiltaket kan sende forslaget tilbake";
    public static final String RETURNED_ALREADY = "Forslaget er sendt tilbake til den som foreslo det, og er avsluttet. "
            + "Foreslå tiltaket på nytt om det fortsatt trengs.";
    public static final String FOUR_EYES_RETURN = "Den som foreslo vedtaket, kan ikke sende det tilbake selv.";
    public static final String APPEAL_OUTCOME_BY_ANOTHER_FAGLEDER = "Utfallet av en klage på et enkeltvedtak registreres av "
            + "en fagleder ved botiltaket, ikke av den som foreslo vedtaket";
    public static final String FOUR_EYES = "Et enkeltvedtak om bortvisning eller oppsigelse må godkjennes av en annen "
            + "fagleder enn den som foreslo det";
    public static final String NOT_APPROVED = "Beboeren varsles når vedtaket er godkjent av en annen fagleder";
    public static final String NOT_APPEALABLE = "Klage registreres på bortvisning og oppsigelse etter at beboeren er varslet";
    public static final String APPEAL_OUTCOME = "må være UPHELD, CHANGED eller REVERSED";

    /** The reason an approved termination gives on the agreement. */
    public static String terminationDecided(SanctionGround ground) {
        return "Oppsigelse vedtatt (" + ground + ")";
    }

    // ---------------------------------------------------------------- a termination only by decision (issue 13)

    public static String alreadyNotified(LocalDate notifiedOn) {
        return "Beboeren ble underrettet om vedtaket " + DocumentFormat.date(notifiedOn) + "; klagefristen løper fra den dagen";
    }

    public static String notifiedBeforeApproval(LocalDate approvedOn) {
        return "kan ikke være før vedtaket ble godkjent " + DocumentFormat.date(approvedOn);
    }

    public static String appealAlreadyDecided(AppealOutcome outcome) {
        return "Utfallet av klagen er allerede registrert (" + outcome + ")";
    }

    /** R-SAN-5: the ledger's overdue arrears today, against the threshold (the ledger's own flag). */
    public static String terminationNeedsArrears(long arrearsOre, long thresholdOre) {
        return "Oppsigelse for manglende betaling krever forfalt restanse i reskontroen på minst "
                + DocumentFormat.kroner(thresholdOre) + " den dagen den foreslås; restansen er " + DocumentFormat.kroner(arrearsOre)
                + ". En hendelse merket NON_PAYMENT erstatter ikke restansen";
    }

    /** R-FAC-2: an incident's rule number checked against the version a resident involved signed. */
    public static String ruleNotInSignedVersion(int number, int version) {
        return "regel " + number + " finnes ikke i husordensreglene beboeren har signert (versjon " + version + ")";
    }

    /** R-FAC-2: a cited incident names a rule the version on the sanction's agreement does not have. */
    public static String incidentRuleNotInSignedVersion(int number, int version) {
        return "hendelsen viser til regel " + number + ", som ikke finnes i husordensreglene beboeren har signert (versjon "
                + version + ")";
    }

    public static final String TERMINATION_WITHOUT_DECISION =
            "Kommunen har sagt opp eller registrert utflytting etter oppsigelse uten et vedtak om oppsigelse bak";

    // ---------------------------------------------------------------- entries and visitor bans

    public static final String UNIT_NOT_FOUND = "boenheten finnes ikke";
    public static final String ENTRY_ONLY_ON_DANGER_IN_TENANCY =
            "I en bolig med husleiekontrakt kan personalet bare låse seg inn ved fare for liv eller helse";
    public static final String ENTRY_GROUND_NOT_HERE = "ikke tillatt her";
    public static final String NOT_IN_THE_FUTURE = "kan ikke være fram i tid";
    public static final String ISSUED_BY = "må være STAFF eller POLICE";
    public static final String NO_STAFF_VISITOR_BAN_IN_TENANCY =
            "Utleier kan ikke nekte leietakere besøk; bare politiet kan ilegge besøksforbud her";
    public static final String TO_BEFORE_FROM_DATE = "kan ikke være før fra-datoen";
    public static final String VISITOR_BAN = "Besøksforbudet";
    public static final String BAN_NOT_IN_FORCE = "Forbudet er allerede opphevet eller utløpt, og kan ikke oppheves igjen.";

    public static String entryGroundNotListed(Collection<EntryGround> listed) {
        return "Grunnen står ikke på botiltakets liste over når personalet kan låse seg inn: " + listed;
    }

    // ---------------------------------------------------------------- the control report

    public static final String WHOLE_MUNICIPALITY = "Hele kommunen";
    public static final String WHOLE_MUNICIPALITY_IS_FOR_CONTROL =
            "Kontrollrapporten for hele kommunen er for internkontrollen (rollen kontroll)";
    public static final String REQUIRED = "må fylles ut";
    public static final String TO_BEFORE_FROM = "kan ikke være før from";
    public static final String FORMAT = "må være json, csv eller pdf";
    public static final String TERMINATION_WITHOUT_WRITTEN_WARNING = "Oppsigelse uten tidligere skriftlig advarsel";

    public static String exclusionsCloseTogether(int days) {
        return "To bortvisninger innen " + days + " dager for samme beboer";
    }

    public static String entriesAtHmsRoundWithoutAnswer(long count) {
        return count + " innlåsinger fordi beboeren ikke svarte på HMS-runden";
    }

    // ---------------------------------------------------------------- due process (R-SAN-11) and the exclusion's start

    public static final String ADVANCE_NOTICE = "Forhåndsvarselet";
    public static final String ADVANCE_NOTICE_TYPE = "må være EXCLUSION eller TERMINATION";
    public static final String ADVANCE_NOTICE_IN_TENANCY = "Forhåndsvarsel om bortvisning eller oppsigelse gis i bo- og "
            + "tjenesteavtaler; i et leieforhold sier eieren opp etter husleieloven";
    public static final String ADVANCE_NOTICE_NOT_FOUND = "forhåndsvarselet finnes ikke for denne avtalen";
    public static final String ADVANCE_NOTICE_NOT_FOR_WARNINGS = "forhåndsvarsel hører til bortvisning og oppsigelse";
    public static final String BEFORE_SENT = "kan ikke være før datoen varselet ble sendt";
    public static final String STATEMENT_EITHER = "oppgi enten datoen og uttalelsen, eller at ingen uttalelse kom innen fristen";
    public static final String STATEMENT_ALREADY_RECORDED = "Uttalelsen til dette forhåndsvarselet er allerede registrert";
    public static final String INCIDENT_NOT_IN_ADVANCE_NOTICE =
            "hendelsen sto ikke i forhåndsvarselet, så beboeren har ikke fått uttale seg om den";
    public static final String URGENT_ONLY_FOR_VIOLENCE_OR_THREATS = "Bare en bortvisning for vold eller trusler kan "
            + "foreslås som hastesak uten forhåndsvarsel (forvaltningsloven § 16 tredje ledd bokstav a)";
    public static final String EXCLUSION_FROM_IN_PAST =
            "kan ikke være før i dag: bortvisningen begynner tidligst når vedtaket er godkjent";
    public static final String NOT_A_DECISION = "Vedtaksbrev gis for enkeltvedtak (bortvisning, oppsigelse og henvisning "
            + "til oppsigelse); advarsler og skriftlig klage gjelder straks";

    public static String advanceNoticeMissing(SanctionType type) {
        return "Før " + name(type) + " skal beboeren ha fått forhåndsvarsel med en frist for å uttale seg "
                + "(forvaltningsloven § 16); vis til forhåndsvarselet";
    }

    public static String advanceNoticeOfOtherType(SanctionType noticeType, SanctionType type) {
        return "Forhåndsvarselet gjaldt " + name(noticeType) + ", ikke " + name(type);
    }

    public static String statementPending(LocalDate deadline) {
        return "Beboerens frist for å uttale seg går ut " + fmt(deadline)
                + "; registrer uttalelsen, eller vent til fristen har gått ut";
    }

    public static String deadlineNotPassed(LocalDate deadline) {
        return "Fristen for å uttale seg går ut " + fmt(deadline)
                + "; først etter det kan det registreres at ingen uttalelse kom";
    }

    public static String exclusionBeforeApproval(LocalDate from, DueProcess.Period moved) {
        return "Bortvisningen skulle begynne " + fmt(from) + ", før vedtaket ble godkjent. Flyttet til " + fmt(moved.from())
                + "–" + fmt(moved.to()) + " er den ikke dekket av det andre bostedet som er sikret; foreslå bortvisningen på nytt";
    }

    static String fmt(LocalDate d) {
        return DocumentFormat.date(d);
    }
}
