package no.kommune.bta.person;

import static java.util.Map.entry;
import static no.kommune.bta.person.InnsynKind.CHANGE;
import static no.kommune.bta.person.InnsynKind.JOB;
import static no.kommune.bta.person.InnsynKind.LIST;
import static no.kommune.bta.person.InnsynKind.READ;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kommune.bta.common.DocumentFormat;
import java.util.stream.Collectors;
import no.kommune.bta.security.AccessReason;
import no.kommune.bta.security.Roles;

/**
 * The bokmål of innsyn (R-ACC-2, R-ACC-3), in one place: what each logged operation means to the person, the staff's
 * roles and units, the outcome, who may see the person now and why, and the PDF's headings. An operation missing
 * from the table is still described, from its kind and resource type.
 */
public final class InnsynTexts {
    private InnsynTexts() {
    }

    /** How an operation reads in innsyn. A {@link InnsynKind#LIST} text gets the staff's unit appended ("ved …"). */
    record What(InnsynKind kind, String text) {
    }

    /** Operation (the resource method's name, = the contract's operationId) to its innsyn text. */
    static final Map<String, What> OPERATIONS = Map.ofEntries(
            // persons
            entry("createPerson", new What(CHANGE, "Registrerte personopplysninger")),
            entry("getPerson", new What(READ, "Leste personopplysninger")),
            entry("getPersonSummary", new What(READ, "Leste personoversikten (kontaktopplysninger, avtale og søknad)")),
            entry("getPersonAccessLog", new What(READ, "Leste loggen over hvem som har sett opplysningene")),
            entry("getPersonInnsyn", new What(READ, "Leste innsynsloggen")),
            entry("getPersonInnsynPdf", new What(READ, "Lagde innsynsrapporten (PDF)")),
            entry("searchPersons", new What(LIST, "Vist i søket etter personer")),
            entry("listPersons", new What(LIST, "Vist i søket etter personer")),
            // applications (intake)
            entry("createIntake", new What(CHANGE, "Registrerte en søknad om bo- og tjenestetilbud")),
            entry("listIntakes", new What(LIST, "Vist i listen over søknader")),
            entry("getIntake", new What(READ, "Leste søknaden")),
            entry("prioritiseIntake", new What(CHANGE, "Prioriterte søknaden")),
            entry("allocateUnit", new What(CHANGE, "Tildelte en boenhet")),
            entry("recordApplicantInformed", new What(CHANGE, "Registrerte at du er informert om tilbudet")),
            entry("recordOrientationMeeting", new What(CHANGE, "Registrerte orienteringssamtalen")),
            entry("recordServiceDecision", new What(CHANGE, "Registrerte vedtaket om tjenesten")),
            entry("withdrawIntake", new What(CHANGE, "Registrerte at søknaden er trukket")),
            entry("rejectIntake", new What(CHANGE, "Avslo søknaden")),
            // agreements
            entry("createAgreement", new What(CHANGE, "Lagde utkast til avtale")),
            entry("listAgreements", new What(LIST, "Vist i listen over avtaler")),
            entry("getAgreement", new What(READ, "Leste avtalen")),
            entry("getAgreementStatus", new What(READ, "Leste status for avtalen")),
            entry("getAgreementDocument", new What(READ, "Hentet avtaledokumentet (PDF)")),
            entry("signAgreement", new What(CHANGE, "Registrerte signatur på avtalen")),
            entry("recordEvaluation", new What(CHANGE, "Registrerte evaluering av avtalen")),
            entry("renewAgreement", new What(CHANGE, "Fornyet avtalen")),
            entry("changeFee", new What(CHANGE, "Endret egenbetalingen i avtalen")),
            entry("giveNotice", new What(CHANGE, "Registrerte oppsigelse av avtalen")),
            entry("appointPrimaryContact", new What(CHANGE, "Oppnevnte primærkontakt")),
            entry("recordFollowUp", new What(CHANGE, "Registrerte oppfølging")),
            entry("setResponsibilityGroup", new What(CHANGE, "Registrerte ansvarsgruppen")),
            entry("recordMeeting", new What(CHANGE, "Registrerte et møte")),
            entry("recordDeposit", new What(CHANGE, "Registrerte depositum")),
            entry("moveIn", new What(CHANGE, "Registrerte innflytting")),
            entry("voidAgreement", new What(CHANGE, "Annullerte avtalen")),
            entry("moveOut", new What(CHANGE, "Registrerte utflytting")),
            entry("listAgreementReferrals", new What(READ, "Leste henvisningene til utleier")),
            entry("respondToReferral", new What(CHANGE, "Registrerte svar på henvisning til utleier")),
            // incidents and sanctions
            entry("recordIncident", new What(CHANGE, "Registrerte en hendelse")),
            entry("listIncidents", new What(LIST, "Vist i listen over hendelser")),
            entry("proposeSanction", new What(CHANGE, "Foreslo en reaksjon")),
            entry("listSanctions", new What(LIST, "Vist i listen over reaksjoner")),
            entry("getSanction", new What(READ, "Leste en reaksjon")),
            entry("approveSanction", new What(CHANGE, "Godkjente et vedtak")),
            entry("recordSanctionNotification", new What(CHANGE, "Registrerte at du er gjort kjent med et vedtak")),
            entry("recordSanctionAppeal", new What(CHANGE, "Registrerte en klage")),
            entry("getDecisionLetter", new What(READ, "Hentet vedtaksbrevet (PDF)")),
            entry("getSanctionHistory", new What(READ, "Leste reaksjonene dine")),
            entry("recordAdvanceNotice", new What(CHANGE, "Registrerte et forhåndsvarsel")),
            entry("listAdvanceNotices", new What(READ, "Leste forhåndsvarslene")),
            entry("getAdvanceNotice", new What(READ, "Leste et forhåndsvarsel")),
            entry("recordAdvanceNoticeStatement", new What(CHANGE, "Registrerte uttalelsen din til et forhåndsvarsel")),
            entry("getAdvanceNoticeLetter", new What(READ, "Hentet forhåndsvarselet (PDF)")),
            entry("recordEntry", new What(CHANGE, "Registrerte at personalet gikk inn i boenheten")),
            entry("recordVisitorBan", new What(CHANGE, "Registrerte et besøksforbud")),
            entry("getControlReport", new What(LIST, "Vist i kontrollrapporten")),
            // egenbetaling
            entry("matchPayment", new What(CHANGE, "Knyttet en innbetaling til avtalen")),
            entry("getArrears", new What(LIST, "Vist i listen over restanser")),
            entry("exportAccounts", new What(LIST, "Med i eksporten til regnskapet")),
            entry("searchAccounts", new What(LIST, "Vist i søket etter egenbetalingskontoer")),
            entry("getMonthlyInvoices", new What(LIST, "Med i månedens fakturaer")),
            entry("getNavDeductions", new What(LIST, "Vist i listen over trekk i ytelser fra NAV")),
            entry("getLedger", new What(READ, "Leste reskontroen (egenbetaling)")),
            entry("setPaymentMethod", new What(CHANGE, "Endret betalingsmåten")),
            entry("getInvoice", new What(READ, "Hentet fakturaen (PDF)")),
            entry("getStandingOrderLetter", new What(READ, "Hentet brevet om faste betalinger (PDF)")),
            entry("createRepaymentPlan", new What(CHANGE, "Lagde en nedbetalingsplan")),
            entry("recordRefund", new What(CHANGE, "Registrerte en tilbakebetaling")),
            entry("recordHousingBenefit", new What(CHANGE, "Registrerte bostøtte")),
            // follow-up, reports, retention
            entry("recordAssessment", new What(CHANGE, "Registrerte en kartlegging")),
            entry("listAssessments", new What(READ, "Leste kartleggingene")),
            entry("recordAssessmentSharing", new What(CHANGE, "Registrerte samtykke til deling av kartlegginger")),
            entry("getOverview", new What(LIST, "Vist i dagsoversikten")),
            entry("getRetentionPreview", new What(LIST, "Vist i listen over personer som skal slettes")),
            entry("listEvents", new What(LIST, "Nevnt med id i hendelsesstrømmen til andre kommunale systemer")),
            entry("anonymise", new What(JOB, "Slettet eller anonymiserte opplysningene etter slettefristen")));

    /** The operations that show persons in a list, search or report. */
    static final Set<String> LIST_OPERATIONS = OPERATIONS.entrySet().stream().filter(e -> e.getValue().kind() == LIST)
            .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());

    /** A resource type as a noun, for operations the table does not name. */
    private static final Map<String, String> RESOURCE_TYPES = Map.ofEntries(
            entry("person", "personopplysninger"), entry("intake", "søknad"), entry("agreement", "avtale"),
            entry("referral", "henvisning til utleier"), entry("sanction", "reaksjon"), entry("advance-notice", "forhåndsvarsel"),
            entry("incident", "hendelse"), entry("entry", "innlåsing"), entry("visitor-ban", "besøksforbud"),
            entry("assessment", "kartlegging"), entry("assessment-sharing", "deling av kartlegginger"),
            entry("egenbetaling", "egenbetaling"), entry("control-report", "kontrollrapport"), entry("retention", "sletting"),
            entry("facility", "botiltak"));

    /** The unit of roles that belong to no facility. */
    private static final Map<String, String> ROLE_UNITS = Map.of(
            Roles.HVK, "Helse- og velferdskontoret (HVK)",
            Roles.ESIKT, "ESIKT",
            Roles.OKONOMI, "Økonomi, egenbetaling",
            Roles.KONTROLL, "Kommunens internkontroll",
            Roles.INTEGRASJON, "Annet kommunalt system");

    static final String SYSTEM = "BTA (automatisk)";
    static final String UNKNOWN_CALLER = "Ukjent (ikke innlogget)";

    /** What the person reads for one log row; {@code units} are the staff's facility names (for lists: "ved …"). */
    static String what(String operation, String resourceType, InnsynKind kind, List<String> units) {
        What w = OPERATIONS.get(operation);
        String text = w != null ? w.text() : fallback(resourceType, kind);
        return kind == LIST && !units.isEmpty() ? text + " ved " + and(units) : text;
    }

    private static String fallback(String resourceType, InnsynKind kind) {
        String noun = RESOURCE_TYPES.getOrDefault(resourceType, "opplysninger");
        return switch (kind) {
            case READ -> "Leste opplysninger (" + noun + ")";
            case CHANGE -> "Registrerte eller endret opplysninger (" + noun + ")";
            case LIST -> "Vist i en liste (" + noun + ")";
            case JOB -> "Automatisk behandling (" + noun + ")";
        };
    }

    /** The staff's roles in bokmål, fagleder first. */
    static String roles(List<String> roles, InnsynKind kind) {
        if (kind == JOB) return "Automatisk jobb";
        String text = Roles.ORDER.stream().filter(roles::contains).map(Roles.LABELS::get).collect(Collectors.joining(", "));
        return text.isEmpty() ? "Ingen rolle" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The staff's unit: their facilities, else the unit of their role (HVK, ESIKT, …), else none. */
    static String unit(List<String> facilityNames, List<String> roles) {
        if (!facilityNames.isEmpty()) return and(facilityNames);
        return Roles.ORDER.stream().filter(roles::contains).map(ROLE_UNITS::get).filter(u -> u != null).findFirst().orElse(null);
    }

    /** Who did it: the name on their token, else their username, else the system or the client. */
    static String staffName(String name, String username, String clientId, InnsynKind kind) {
        if (kind == JOB) return SYSTEM;
        if (name != null && !name.isBlank()) return name;
        if (username != null && !username.isBlank()) return username;
        return clientId != null ? clientId : UNKNOWN_CALLER;
    }

    static String outcome(int status) {
        if (status >= 200 && status < 400) return "Utført";
        if (status == 401) return "Avvist: ikke innlogget";
        if (status == 403) return "Avvist: ingen tilgang";
        if (status == 404) return "Avvist: ikke funnet eller ingen tilgang";
        if (status == 503) return "Avbrutt: loggen kunne ikke skrives";
        if (status >= 500) return "Feil i systemet";
        return "Avvist: ugyldig forespørsel";
    }

    // ---------------------------------------------------------------- who may see the person now (R-ACC-3)

    /** Who holds a grant. */
    static String holder(AccessReason reason, String facilityName, String caseworker) {
        return switch (reason) {
            case ALLOCATED, RESIDENT, AFTER_CARE -> "Ansatte ved " + facilityName;
            case APPLICATION -> caseworker == null ? "Saksbehandleren din ved helse- og velferdskontoret (HVK)"
                    : "Saksbehandler " + caseworker + " ved helse- og velferdskontoret (HVK)";
            case QUEUE -> "ESIKT, som tildeler boenheter";
        };
    }

    /** Why they hold it. */
    static String why(AccessReason reason, LocalDate endedOn) {
        return switch (reason) {
            case ALLOCATED -> "Du er tildelt en boenhet der.";
            case RESIDENT -> "Du bor der, og avtalen er ikke avsluttet.";
            case AFTER_CARE -> "Avtalen din der ble avsluttet " + date(endedOn) + ". De har tilgang en tid etterpå for "
                    + "oppgjør og oppfølging.";
            case APPLICATION -> endedOn == null ? "Saksbehandler for søknaden din om bo- og tjenestetilbud."
                    : "Saksbehandler for søknaden din, som ble avsluttet " + date(endedOn) + ".";
            case QUEUE -> "Søknaden din venter på tildeling av boenhet. ESIKT ser navn, fødselsår, kjønn og "
                    + "saksbehandlerens oppsummering, ikke hele søknaden eller helseopplysninger.";
        };
    }

    /** Until when. */
    static String until(AccessReason reason, LocalDate until, int windowDays) {
        if (until != null) return "Til og med " + date(until) + ".";
        return switch (reason) {
            case ALLOCATED -> "Så lenge tildelingen gjelder.";
            case RESIDENT -> "Så lenge du bor der, og " + windowDays + " dager etter at avtalen er avsluttet.";
            case APPLICATION -> "Så lenge søknaden behandles, og " + windowDays + " dager etter at den er avsluttet.";
            case QUEUE -> "Til du flytter inn, eller søknaden avsluttes.";
            case AFTER_CARE -> "";
        };
    }

    /** The roles that see every person's data, each for one bounded purpose. */
    record Standing(String role, String who, String why) {
    }

    static final List<Standing> STANDING = List.of(
            new Standing(Roles.OKONOMI, "Økonomi (egenbetaling)",
                    "Ser navn, avtale, boenhet og betalingsopplysninger for alle som betaler egenbetaling, for å fakturere "
                            + "og følge opp betalingen. Ikke helseopplysninger, hendelser eller reaksjoner."),
            new Standing(Roles.KONTROLL, "Kommunens internkontroll",
                    "Ser reaksjoner, innlåsinger og besøksforbud i kontrollrapporten for hvert botiltak, med beboerens id og ikke navnet, "
                            + "for å kontrollere at reglene for tvang og inngrep blir fulgt."));

    // ---------------------------------------------------------------- the PDF

    static final String TITLE = "Hvem har sett opplysningene dine";

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) return "Hele perioden loggen dekker";
        if (from == null) return "Til og med " + date(to);
        if (to == null) return "Fra og med " + date(from);
        return date(from) + " – " + date(to);
    }

    static String kind(InnsynKind kind) {
        if (kind == null) return "Alle slags oppslag og endringer";
        return switch (kind) {
            case READ -> "Bare lesing";
            case CHANGE -> "Bare registreringer og endringer";
            case LIST -> "Bare visning i lister, søk og rapporter";
            case JOB -> "Bare automatiske jobber";
        };
    }

    static String truncated(int shown, long total) {
        return "Viser de " + shown + " nyeste av " + total + " oppføringer. Velg en kortere periode for å se resten.";
    }

    static String date(LocalDate d) {
        return DocumentFormat.date(d);
    }

    /** "a", "a og b", "a, b og c". */
    static String and(List<String> items) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
    }
}
