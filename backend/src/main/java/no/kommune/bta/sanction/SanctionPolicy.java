package no.kommune.bta.sanction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lawful sanction ladder (R-SAN-1 … R-SAN-7), pure: which measures an agreement kind allows, on
 * which grounds, and what each needs before it can be recorded. No database, no clock.
 */
public final class SanctionPolicy {

    public static final Set<String> BTA_TYPES = Set.of("ORAL_WARNING", "WRITTEN_WARNING", "EXCLUSION", "TERMINATION");
    public static final Set<String> LEASE_TYPES = Set.of("ORAL_WARNING", "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL");
    /** Individual decisions (enkeltvedtak): written grounds, proportionality, four-eyes approval, appeal. */
    public static final Set<String> DECISIONS = Set.of("EXCLUSION", "TERMINATION", "TERMINATION_REFERRAL");

    /** Grounds per kind and type (R-SAN-2 … R-SAN-6). */
    static final Map<String, Map<String, Set<String>>> GROUNDS = Map.of(
            "BTA", Map.of(
                    "ORAL_WARNING", Set.of("SUBSTANCE_USE", "NOISE_AND_DISTURBANCE", "UNLAWFUL_OVERNIGHT_GUEST", "ANIMALS",
                            "HMS_BREACH", "HOUSE_RULE_BREACH"),
                    "WRITTEN_WARNING", Set.of("REPEATED_ORAL_WARNINGS", "SERIOUS_BREACH"),
                    "EXCLUSION", Set.of("VIOLENCE_OR_THREATS", "WEAPONS_OR_THREATENING_OBJECTS", "SUBSTANCE_USE",
                            "REPEATED_WARNINGS_AND_SERIOUS_BREACH"),
                    "TERMINATION", Set.of("NON_PAYMENT", "SERIOUS_REPEATED_BREACHES")),
            "LEASE", Map.of(
                    "ORAL_WARNING", Set.of("NOISE_AND_DISTURBANCE", "HMS_BREACH", "HOUSE_RULE_BREACH", "DAMAGE"),
                    "WRITTEN_COMPLAINT", Set.of("REPEATED_ORAL_WARNINGS", "SERIOUS_BREACH"),
                    "TERMINATION_REFERRAL", Set.of("NON_PAYMENT", "SERIOUS_REPEATED_BREACHES")));

    /** Grounds that name an incident category: a cited incident must have it. */
    static final Set<String> CATEGORY_GROUNDS = Set.of("SUBSTANCE_USE", "NOISE_AND_DISTURBANCE", "UNLAWFUL_OVERNIGHT_GUEST",
            "ANIMALS", "HMS_BREACH", "HOUSE_RULE_BREACH", "DAMAGE", "VIOLENCE_OR_THREATS", "WEAPONS_OR_THREATENING_OBJECTS",
            "NON_PAYMENT");

    /** What the resident has been given before, within the facility's window. */
    public record History(int oralWarnings, int writtenWarnings) {
    }

    public record Proposal(String kind, String type, String ground, Set<String> incidentCategories,
                           boolean seriousIncident, History history, int oralWarningsNeeded, boolean hasArrears,
                           String writtenGrounds, String proportionality, LocalDate exclusionFrom,
                           LocalDate exclusionTo, String alternativePlace, LocalDate alternativeFrom,
                           LocalDate alternativeTo) {
    }

    public record Refusal(int status, String problem, String rule, String field, String message) {
    }

    private SanctionPolicy() {
    }

    public static Set<String> typesFor(String kind) {
        return kind.equals("BTA") ? BTA_TYPES : LEASE_TYPES;
    }

    public static Set<String> groundsFor(String kind, String type) {
        return GROUNDS.getOrDefault(kind, Map.of()).getOrDefault(type, Set.of());
    }

    public static boolean needsApproval(String type) {
        return DECISIONS.contains(type);
    }

    /** Empty when the measure is lawful as proposed; otherwise the first reason it is not. */
    public static Optional<Refusal> check(Proposal p) {
        if (!typesFor(p.kind()).contains(p.type())) {
            if (p.kind().equals("LEASE")) {
                return refuse("r-san-6-not-lawful-in-tenancy", "R-SAN-6", "type",
                        "Husleieloven tillater ikke dette tiltaket i et botiltak med husleiekontrakt; lovlige tiltak er "
                                + "muntlig advarsel, skriftlig klage og henvisning til oppsigelse hos eieren");
            }
            return refuse("sanction-type-not-for-kind", "R-SAN-1", "type",
                    "Tiltaket hører til husleiekontrakter, ikke bo- og tjenesteavtaler");
        }
        if (!groundsFor(p.kind(), p.type()).contains(p.ground())) {
            return refuse("r-san-1-ground-not-valid", "R-SAN-1", "ground",
                    "Grunnlaget gir ikke adgang til dette tiltaket; gyldige grunnlag er " + groundsFor(p.kind(), p.type()));
        }
        if (CATEGORY_GROUNDS.contains(p.ground()) && !p.incidentCategories().contains(p.ground())
                && !(p.ground().equals("NON_PAYMENT") && p.hasArrears())) {
            return refuse("r-san-1-ground-not-supported", "R-SAN-1", "incidentIds",
                    "Ingen av hendelsene det vises til, gjelder " + p.ground());
        }
        switch (p.ground()) {
            case "REPEATED_ORAL_WARNINGS" -> {
                if (p.history().oralWarnings() < p.oralWarningsNeeded()) {
                    return refuse("r-san-3-needs-earlier-warnings", "R-SAN-3", "ground",
                            "Skriftlig advarsel etter gjentatte muntlige advarsler krever minst " + p.oralWarningsNeeded()
                                    + " muntlige advarsler i perioden; beboeren har " + p.history().oralWarnings());
                }
            }
            case "SERIOUS_BREACH" -> {
                if (!p.seriousIncident()) {
                    return refuse("r-san-3-needs-serious-breach", "R-SAN-3", "incidentIds",
                            "Ingen av hendelsene det vises til, er registrert som alvorlig brudd");
                }
            }
            case "REPEATED_WARNINGS_AND_SERIOUS_BREACH" -> {
                if (p.history().oralWarnings() < 1 || p.history().writtenWarnings() < 1 || !p.seriousIncident()) {
                    return refuse("r-san-4-needs-warnings-and-serious-breach", "R-SAN-4", "ground",
                            "Bortvisning på dette grunnlaget krever tidligere muntlige og skriftlige advarsler og et alvorlig brudd");
                }
            }
            case "SERIOUS_REPEATED_BREACHES" -> {
                if (!p.seriousIncident() || p.history().writtenWarnings() < 1) {
                    return refuse("r-san-5-needs-serious-repeated-breaches", "R-SAN-5", "ground",
                            "Oppsigelse for brudd krever alvorlige og gjentatte brudd: et alvorlig brudd og en tidligere skriftlig advarsel");
                }
            }
            default -> {
            }
        }
        if (p.type().equals("EXCLUSION")) {
            if (p.alternativePlace() == null || p.alternativeFrom() == null || p.alternativeTo() == null
                    || p.alternativeFrom().isAfter(p.exclusionFrom()) || p.alternativeTo().isBefore(p.exclusionTo())) {
                return refuse("r-san-4-exclusion-needs-alternative-housing", "R-SAN-4", "alternativeAccommodation",
                        "Bortvisning kan ikke registreres uten at et annet sted å bo er sikret for hele perioden "
                                + p.exclusionFrom() + "–" + p.exclusionTo());
            }
        }
        if (DECISIONS.contains(p.type()) && (blank(p.writtenGrounds()) || blank(p.proportionality()))) {
            return refuse("r-san-7-decision-needs-grounds", "R-SAN-7", blank(p.writtenGrounds()) ? "writtenGrounds" : "proportionality",
                    "Bortvisning og oppsigelse er enkeltvedtak: skriftlig begrunnelse og en vurdering av forholdsmessighet er påkrevd");
        }
        return Optional.empty();
    }

    /** What the next step up the ladder would need, for the resident's sanction history page. */
    public static List<String> ladder(String kind) {
        return kind.equals("BTA") ? List.of("ORAL_WARNING", "WRITTEN_WARNING", "EXCLUSION", "TERMINATION")
                : List.of("ORAL_WARNING", "WRITTEN_COMPLAINT", "TERMINATION_REFERRAL");
    }

    private static Optional<Refusal> refuse(String problem, String rule, String field, String message) {
        return Optional.of(new Refusal(422, problem, rule, field, message));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The measure in bokmål, lower case, for sentences ("Vedtak om bortvisning venter på godkjenning"). */
    public static String name(String type) {
        return switch (type) {
            case "ORAL_WARNING" -> "muntlig advarsel";
            case "WRITTEN_WARNING" -> "skriftlig advarsel";
            case "EXCLUSION" -> "bortvisning";
            case "TERMINATION" -> "oppsigelse";
            case "WRITTEN_COMPLAINT" -> "skriftlig klage";
            case "TERMINATION_REFERRAL" -> "henvisning til oppsigelse";
            default -> type.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
