package no.kommune.bta.sanction;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.kommune.bta.common.DocumentFormat;

/**
 * The letters the resident receives, in bokmål (R-SAN-11): the enkeltvedtak with what forvaltningsloven §§ 24-27
 * require (the facts, the rules broken in the version the resident signed, the grounds and the proportionality
 * assessment, the decision and its dates, where the resident stays during an exclusion, the right to appeal, its
 * deadline and where to send it, and the right to see the case documents), and the forhåndsvarsel (§ 16). Each
 * starts with a plain-language page. Pure: the facts come in as records, the letter goes out as sections that the
 * template {@code letter.html} lays out.
 */
public final class SanctionLetters {

    private SanctionLetters() {
    }

    // ---------------------------------------------------------------- what the letters are made of

    /** A heading with its paragraphs and, optionally, a list. */
    @TemplateData
    public record Section(String heading, List<String> paragraphs, List<String> items) {
        static Section of(String heading, String... paragraphs) {
            return new Section(heading, List.of(paragraphs), List.of());
        }
    }

    /** A letter as the template lays it out: the plain-language page first, then the formal letter. */
    @TemplateData
    public record Letter(String title, String plainHeading, List<Section> plain, List<String> header, List<Section> formal,
                         List<String> signatures, String draftNote) {
    }

    // ---------------------------------------------------------------- the facts a letter is written from

    /** The resident, the facility and the agreement's terms; {@code rulesVersion} is the version the resident signed. */
    public record Parties(String givenName, String familyName, LocalDate birthDate, String facilityName, String operator,
                          String facilityAddress, String unitLabel, int rulesVersion, int noticeDays, Integer exclusionDays) {
    }

    /** A house rule the incidents cite, worded as in the resident's version; {@code text} is null when it has no such rule. */
    public record CitedRule(int number, String text) {
    }

    /** An incident the letter rests on. */
    public record Occurrence(Instant occurredAt, List<IncidentCategory> categories, String description) {
    }

    /** The forhåndsvarsel and the resident's statement (received: {@code receivedOn} and {@code text}). */
    public record NoticeFacts(LocalDate sentOn, String deliveredHow, LocalDate deadline, LocalDate receivedOn, String text,
                              boolean noneReceived) {
    }

    /**
     * ARREARS (issue 13, deliverable 4): the arrears a termination for non-payment rests on, in øre, and the months
     * they are for. The sanction does not carry them yet; when it does (V13's arrears columns), DecisionLetterPdf
     * fills {@link Decision#arrears()} and the letter states them in {@link #arrears(Arrears)}.
     */
    public record Arrears(long amountOre, List<YearMonth> months) {
    }

    /**
     * Where the appeal (or a written statement) is sent: the facility's fagleder, at {@code address} (null when none
     * is known: the resident then hands it to the staff); and who decides an appeal the facility does not grant.
     */
    public record AppealRoute(String recipient, String address, String appealBody) {
        String sendTo() {
            return recipient + (address == null ? "" : ", " + address);
        }
    }

    /** An individual decision as the letter states it. */
    public record Decision(UUID reference, SanctionType type, SanctionGround ground, Parties parties, List<CitedRule> rules,
                           List<Occurrence> incidents, String writtenGrounds, String proportionality, LocalDate exclusionFrom,
                           LocalDate exclusionTo, String alternativePlace, LocalDate alternativeFrom, LocalDate alternativeTo,
                           boolean urgent, NoticeFacts notice, LocalDate proposedOn, String proposedBy, LocalDate approvedOn,
                           String approvedBy, LocalDate notifiedOn, LocalDate appealDeadline, LocalDate terminationEffectiveOn,
                           Arrears arrears, AppealRoute route) {
    }

    /** A forhåndsvarsel as its letter states it. */
    public record Warning(UUID reference, SanctionType type, Parties parties, List<CitedRule> rules, List<Occurrence> incidents,
                          String description, NoticeFacts notice, String sentBy, AppealRoute route) {
    }

    // ---------------------------------------------------------------- the decision (fvl §§ 24-27)

    public static Letter decision(Decision d) {
        Parties p = d.parties();
        List<Section> plain = new ArrayList<>();
        plain.add(new Section("Dette har vi bestemt", plainDecision(d), List.of()));
        plain.add(Section.of("Hvorfor", "Vi mener du har brutt reglene du har skrevet under på: " + groundName(d.ground()) + "."
                + (d.rules().isEmpty() ? "" : " Det gjelder husordensregel " + numbers(d.rules()) + ".")));
        arrearsLine(d.arrears()).ifPresent(a -> plain.add(Section.of("Dette skylder du", a)));
        plain.add(Section.of("Er du uenig?", "Du kan klage. Fristen er " + appealDeadlinePlain(d) + ". Klagen må være skriftlig. "
                        + "Personalet hjelper deg å skrive den.",
                "Du kan be om at vedtaket ikke gjelder før klagen er behandlet.",
                "Du kan be om å få se papirene i saken din."));

        List<Section> formal = new ArrayList<>();
        formal.add(new Section("Vedtak", decisionParagraphs(d), List.of()));
        formal.add(new Section("Hva som har skjedd", List.of("Vedtaket bygger på disse hendelsene:"), occurrences(d.incidents())));
        formal.add(rulesSection(p, d.rules(), "Reglene du har brutt"));
        formal.add(Section.of("Grunnlaget for vedtaket",
                "Grunnlaget er " + groundName(d.ground()) + ". Vedtaket er truffet etter " + agreementName(d.type())
                        + " du har inngått, punktet om hva som skjer ved brudd på reglene, og reglene om enkeltvedtak i "
                        + "forvaltningsloven."));
        formal.add(new Section("Forhåndsvarsel og din uttalelse", noticeParagraphs(d), List.of()));
        formal.add(Section.of("Begrunnelse", d.writtenGrounds()));
        formal.add(Section.of("Vurdering av forholdsmessighet", d.proportionality()));
        arrears(d.arrears()).ifPresent(formal::add);
        formal.add(new Section("Datoer", List.of(), dates(d)));
        formal.add(new Section("Du kan klage", appealParagraphs(d), List.of()));
        formal.add(Section.of("Du kan se dokumentene i saken",
                "Du har rett til å se dokumentene i saken din (forvaltningsloven §§ 18 og 19). Spør personalet eller "
                        + "fagleder ved " + p.facilityName() + "."));

        List<String> signatures = new ArrayList<>();
        signatures.add("Foreslått av " + DocumentFormat.staff(d.proposedBy()) + " " + DocumentFormat.date(d.proposedOn()));
        signatures.add(d.approvedOn() == null ? "Ikke godkjent ennå" : "Godkjent av " + DocumentFormat.staff(d.approvedBy()) + " " + DocumentFormat.date(d.approvedOn()));
        String draft = d.approvedOn() == null
                ? "UTKAST – vedtaket er ikke godkjent av en annen fagleder og gjelder ikke ennå." : null;
        return new Letter(decisionTitle(d.type()), "Dette betyr vedtaket for deg", plain, header(p, d.reference(), d.approvedOn()),
                formal, signatures, draft);
    }

    static String decisionTitle(SanctionType type) {
        return switch (type) {
            case EXCLUSION -> "Vedtak om bortvisning";
            case TERMINATION -> "Vedtak om oppsigelse av bo- og tjenesteavtalen";
            case TERMINATION_REFERRAL -> "Vedtak om å be eieren vurdere oppsigelse av leieforholdet";
            default -> "Vedtak om " + SanctionTexts.name(type);
        };
    }

    private static List<String> plainDecision(Decision d) {
        Parties p = d.parties();
        return switch (d.type()) {
            case EXCLUSION -> List.of(
                    "Du kan ikke bo i " + p.unitLabel() + " på " + p.facilityName() + " fra " + DocumentFormat.date(d.exclusionFrom())
                            + " til og med " + DocumentFormat.date(d.exclusionTo()) + ".",
                    "I denne tiden skal du bo her: " + d.alternativePlace() + ".",
                    "Avtalen din fortsetter. Du kan komme tilbake " + DocumentFormat.date(d.exclusionTo().plusDays(1)) + ".");
            case TERMINATION -> List.of(
                    "Vi sier opp bo- og tjenesteavtalen din.",
                    "Du må flytte ut senest " + effectiveOnPlain(d) + ".",
                    "Snakk med personalet om hvor du skal bo etterpå.");
            default -> List.of(
                    "Vi ber eieren av boligen vurdere å si opp leiekontrakten din.",
                    "Det er eieren som bestemmer om leieforholdet skal sies opp, etter husleieloven.");
        };
    }

    private static List<String> decisionParagraphs(Decision d) {
        Parties p = d.parties();
        String who = p.operator() + ", " + p.facilityName();
        List<String> out = new ArrayList<>();
        switch (d.type()) {
            case EXCLUSION -> {
                long days = ChronoUnit.DAYS.between(d.exclusionFrom(), d.exclusionTo()) + 1;
                out.add(who + " har vedtatt at du bortvises fra boenheten " + p.unitLabel() + " i " + days + " døgn, fra "
                        + DocumentFormat.date(d.exclusionFrom()) + " til og med " + DocumentFormat.date(d.exclusionTo()) + ".");
                out.add("Under bortvisningen bor du her: " + d.alternativePlace() + " (sikret fra "
                        + DocumentFormat.date(d.alternativeFrom()) + " til " + DocumentFormat.date(d.alternativeTo()) + ").");
                out.add("Bortvisningen begynner tidligst den dagen vedtaket er godkjent. Avtalen din gjelder videre.");
            }
            case TERMINATION -> {
                out.add(who + " har vedtatt å si opp bo- og tjenesteavtalen din med " + p.noticeDays() + " dagers varsel.");
                out.add("Avtalen avsluttes " + effectiveOnPlain(d) + ". Da må du ha flyttet ut.");
            }
            default -> {
                out.add(who + " har vedtatt å be eieren av boligen vurdere å si opp leieforholdet ditt.");
                out.add("Eieren avgjør oppsigelsen etter husleieloven, og du har de rettighetene husleieloven gir deg.");
            }
        }
        return out;
    }

    private static List<String> noticeParagraphs(Decision d) {
        NoticeFacts n = d.notice();
        if (n == null) {
            return List.of(d.urgent()
                    ? "Du fikk ikke forhåndsvarsel, fordi saken hastet: den gjelder vold eller trusler, og et varsel kunne "
                    + "ikke vente (forvaltningsloven § 16 tredje ledd bokstav a)."
                    : "Det er ikke registrert noe forhåndsvarsel i saken.");
        }
        List<String> out = new ArrayList<>();
        out.add("Du fikk forhåndsvarsel " + DocumentFormat.date(n.sentOn()) + " (" + n.deliveredHow()
                + "), med frist til " + DocumentFormat.date(n.deadline()) + " for å uttale deg (forvaltningsloven § 16).");
        out.add(statementLine(n));
        if (n.receivedOn() != null) out.add("Vi har tatt med det du sa i vurderingen.");
        return out;
    }

    private static String statementLine(NoticeFacts n) {
        if (n.receivedOn() != null) return "Din uttalelse, mottatt " + DocumentFormat.date(n.receivedOn()) + ": «" + n.text() + "»";
        return "Vi mottok ingen uttalelse fra deg innen fristen.";
    }

    private static List<String> dates(Decision d) {
        List<String> out = new ArrayList<>();
        out.add("Foreslått: " + DocumentFormat.date(d.proposedOn()));
        out.add("Godkjent: " + (d.approvedOn() == null ? "ikke ennå" : DocumentFormat.date(d.approvedOn())));
        if (d.notifiedOn() != null) out.add("Du fikk melding om vedtaket: " + DocumentFormat.date(d.notifiedOn()));
        if (d.type() == SanctionType.EXCLUSION) {
            out.add("Bortvisning: " + DocumentFormat.date(d.exclusionFrom()) + " – " + DocumentFormat.date(d.exclusionTo()));
        } else if (d.type() == SanctionType.TERMINATION) {
            out.add("Avtalen avsluttes: " + effectiveOnPlain(d));
        }
        out.add("Klagefrist: " + appealDeadlinePlain(d));
        return out;
    }

    private static List<String> appealParagraphs(Decision d) {
        return List.of(
                "Du har rett til å klage på vedtaket (forvaltningsloven § 28). Fristen er tre uker fra den dagen du fikk "
                        + "melding om vedtaket (§ 29)" + (d.appealDeadline() == null ? "." : ": fristen går ut "
                        + DocumentFormat.date(d.appealDeadline()) + "."),
                "Klagen skal være skriftlig og underskrevet. Skriv hvilket vedtak du klager på, og hva du vil ha endret "
                        + "(§ 32). Personalet hjelper deg å skrive klagen.",
                "Send klagen til: " + d.route().sendTo() + "." + (d.route().address() == null
                        ? " Du kan levere den til personalet, som sender den videre." : "")
                        + " Blir vedtaket ikke endret der, sendes klagen til " + d.route().appealBody()
                        + ", som avgjør den (§§ 28 og 33).",
                "Du kan be om at vedtaket ikke settes i verk før klagen er avgjort (§ 42).");
    }

    private static String effectiveOnPlain(Decision d) {
        if (d.terminationEffectiveOn() != null) return DocumentFormat.date(d.terminationEffectiveOn());
        return d.parties().noticeDays() + " dager etter den dagen du fikk melding om vedtaket";
    }

    private static String appealDeadlinePlain(Decision d) {
        return d.appealDeadline() != null ? DocumentFormat.date(d.appealDeadline()) : "tre uker etter den dagen du fikk melding om vedtaket";
    }

    // ---------------------------------------------------------------- ARREARS: the optional arrears line (deliverable 4)

    /** The arrears as the plain page says them; empty when the decision rests on none. */
    static Optional<String> arrearsLine(Arrears a) {
        if (a == null) return Optional.empty();
        return Optional.of("Du skylder " + DocumentFormat.kroner(a.amountOre()) + " i egenbetaling for "
                + a.months().stream().map(DocumentFormat::month).collect(Collectors.joining(", ")) + ".");
    }

    /** The arrears section of the formal letter; empty when the decision rests on none. */
    static Optional<Section> arrears(Arrears a) {
        return arrearsLine(a).map(line -> Section.of("Restanse",
                "Da vedtaket ble foreslått, var restansen på egenbetalingen " + DocumentFormat.kroner(a.amountOre())
                        + ", for " + a.months().size() + " måned" + (a.months().size() == 1 ? "" : "er") + ": "
                        + a.months().stream().map(DocumentFormat::month).collect(Collectors.joining(", ")) + "."));
    }

    // ---------------------------------------------------------------- the forhåndsvarsel (fvl § 16)

    public static Letter warning(Warning w) {
        Parties p = w.parties();
        NoticeFacts n = w.notice();
        String measure = w.type() == SanctionType.EXCLUSION
                ? "bortvise deg fra " + p.unitLabel() + " i " + p.exclusionDays() + " døgn"
                : "si opp bo- og tjenesteavtalen din";
        List<Section> plain = List.of(
                Section.of("Dette vurderer vi", "Vi vurderer å " + measure + ".", "Ingenting er bestemt ennå."),
                Section.of("Si hva du mener", "Du kan fortelle oss hva du mener før vi bestemmer oss. Fristen er "
                                + DocumentFormat.date(n.deadline()) + ".",
                        "Du kan si det til personalet, eller skrive det. Personalet hjelper deg."),
                Section.of("Papirene i saken", "Du kan be om å få se papirene i saken din."));

        List<Section> formal = new ArrayList<>();
        formal.add(Section.of("Hva saken gjelder", w.description()));
        formal.add(new Section("Hva som har skjedd", List.of("Saken gjelder disse hendelsene:"), occurrences(w.incidents())));
        formal.add(rulesSection(p, w.rules(), "Reglene det gjelder"));
        formal.add(Section.of("Hva vi vurderer", w.type() == SanctionType.EXCLUSION
                ? "Vi vurderer å bortvise deg fra boenheten " + p.unitLabel() + " i " + p.exclusionDays() + " døgn. Ved "
                + "bortvisning sørger vi alltid for et annet sted å bo i hele perioden. Bortvisning er et enkeltvedtak "
                + "som må godkjennes av en annen fagleder, og du kan klage på det."
                : "Vi vurderer å si opp bo- og tjenesteavtalen din med " + p.noticeDays() + " dagers varsel. Oppsigelse er "
                + "et enkeltvedtak som må godkjennes av en annen fagleder, og du kan klage på det."));
        formal.add(Section.of("Du kan uttale deg",
                "Du har rett til å uttale deg før vi avgjør saken (forvaltningsloven § 16). Fristen er "
                        + DocumentFormat.date(n.deadline()) + ".",
                "Du kan uttale deg muntlig til personalet eller skriftlig til " + w.route().sendTo()
                        + ". Det du sier, tar vi med i vurderingen. Hører vi ikke fra deg innen fristen, kan saken bli "
                        + "avgjort uten din uttalelse."));
        formal.add(Section.of("Du kan se dokumentene i saken",
                "Du har rett til å se dokumentene i saken din (forvaltningsloven §§ 18 og 19). Spør personalet eller "
                        + "fagleder ved " + p.facilityName() + "."));
        List<String> signatures = List.of("Sendt " + DocumentFormat.date(n.sentOn()) + " av " + DocumentFormat.staff(w.sentBy()) + " (" + n.deliveredHow() + ")");
        return new Letter(warningTitle(w.type()), "Dette betyr brevet for deg", plain, header(p, w.reference(), n.sentOn()),
                formal, signatures, null);
    }

    static String warningTitle(SanctionType type) {
        return type == SanctionType.EXCLUSION ? "Forhåndsvarsel om mulig vedtak om bortvisning"
                : "Forhåndsvarsel om mulig vedtak om oppsigelse av bo- og tjenesteavtalen";
    }

    // ---------------------------------------------------------------- shared parts

    private static List<String> header(Parties p, UUID reference, LocalDate dated) {
        List<String> out = new ArrayList<>();
        out.add("Til: " + p.givenName() + " " + p.familyName() + ", født " + DocumentFormat.date(p.birthDate()));
        out.add("Fra: " + p.operator() + ", " + p.facilityName() + (p.facilityAddress() == null ? "" : ", " + p.facilityAddress()));
        out.add("Boenhet: " + p.unitLabel());
        out.add("Dato: " + (dated == null ? "ikke datert (utkast)" : DocumentFormat.date(dated)));
        out.add("Referanse: " + reference);
        return out;
    }

    private static Section rulesSection(Parties p, List<CitedRule> rules, String heading) {
        String intro = "Husordensreglene i versjon " + p.rulesVersion() + ", den versjonen du skrev under på i avtalen din:";
        if (rules.isEmpty()) return Section.of(heading, intro + " hendelsene viser ikke til en enkelt regel.");
        return new Section(heading, List.of(intro), rules.stream()
                .map(r -> "Regel " + r.number() + ": " + (r.text() == null ? "(finnes ikke i denne versjonen)" : r.text()))
                .toList());
    }

    private static List<String> occurrences(List<Occurrence> incidents) {
        return incidents.stream().map(i -> DocumentFormat.dateTime(i.occurredAt()) + " – "
                + i.categories().stream().map(SanctionLetters::categoryName).collect(Collectors.joining(", "))
                + ": " + i.description()).toList();
    }

    private static String numbers(List<CitedRule> rules) {
        return rules.stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(", "));
    }

    private static String agreementName(SanctionType type) {
        return type == SanctionType.TERMINATION_REFERRAL ? "beboeravtalen" : "bo- og tjenesteavtalen";
    }

    static String groundName(SanctionGround ground) {
        return switch (ground) {
            case SUBSTANCE_USE -> "bruk av rusmidler på huset";
            case NOISE_AND_DISTURBANCE -> "bråk, uro og sjenerende atferd";
            case UNLAWFUL_OVERNIGHT_GUEST -> "ulovlig overnatting";
            case ANIMALS -> "dyr i boenheten";
            case HMS_BREACH -> "brudd på HMS-reglene";
            case HOUSE_RULE_BREACH -> "brudd på husordensreglene";
            case DAMAGE -> "skadeverk";
            case REPEATED_ORAL_WARNINGS -> "gjentatte muntlige advarsler";
            case SERIOUS_BREACH -> "alvorlig brudd på husordensreglene eller HMS-reglene";
            case VIOLENCE_OR_THREATS -> "vold eller trusler mot personalet, andre beboere eller besøkende";
            case WEAPONS_OR_THREATENING_OBJECTS -> "truende atferd med våpen eller andre gjenstander";
            case REPEATED_WARNINGS_AND_SERIOUS_BREACH -> "gjentatte muntlige og skriftlige advarsler og alvorlige brudd på reglene";
            case NON_PAYMENT -> "manglende betaling av egenbetalingen";
            case SERIOUS_REPEATED_BREACHES -> "alvorlige og gjentatte brudd på avtalen";
        };
    }

    static String categoryName(IncidentCategory category) {
        return DocumentFormat.inSentence(category.label());
    }
}
