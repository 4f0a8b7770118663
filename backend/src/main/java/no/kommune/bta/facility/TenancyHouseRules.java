package no.kommune.bta.facility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.kommune.bta.common.Problem;
import no.kommune.bta.facility.FacilityDtos.Rule;

/**
 * R-FAC-3: the house rules a tenancy may not have. A bo- og tjenesteavtale may restrict what husleieloven does not
 * let a landlord restrict: substances that are legal, overnight guests and visits, exclusion from the home and
 * staff coming into it on rounds. A rule set for a LEASE facility (a conversion's, or a new version at a LEASE
 * facility) that keeps one of these restrictions is refused, naming the rule.
 *
 * <p>The rules are free text, so the review reads the wording: a rule is caught when it names the subject of a
 * BTA-only restriction together with a prohibition (alcohol and "not allowed", overnight stays and "cannot"). A
 * rule that only forbids illegal substances, sets quiet hours or asks for care of the flat passes.
 */
public final class TenancyHouseRules {

    /** A restriction a BTA may set and a tenancy may not, with how the refusal names it. */
    public enum Restriction {
        LEGAL_SUBSTANCES("forbud mot alkohol eller andre lovlige rusmidler"),
        OVERNIGHT_GUESTS("forbud mot gjester som overnatter"),
        VISITS("begrensning av besøk (besøkstider eller besøk etter avtale med personalet)"),
        EXCLUSION("bortvisning fra boligen"),
        STAFF_ROUNDS("personalets runder eller kontroller inne i boligen");

        private final String label;

        Restriction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern PROHIBITION = Pattern.compile(
            "\\b(forbud\\w*|forbudt|ikke tillatt|ikke lov|ikke lovlig|skal ikke|kan ikke|må ikke|får ikke|ingen|nekt\\w*)\\b");
    private static final Pattern ALCOHOL = Pattern.compile("alkohol|\\bøl\\b|\\bvin\\b|brennevin");
    private static final Pattern SUBSTANCES = Pattern.compile("rusmid\\w*");
    private static final Pattern ILLEGAL_ONLY = Pattern.compile("\\b(illegal\\w*|ulovlig\\w*|narkotika\\w*)");
    private static final Pattern SUBSTANCE_FREE = Pattern.compile("\\brusfri\\w*");
    private static final Pattern OVERNIGHT = Pattern.compile("overnatt\\w*");
    private static final Pattern VISIT = Pattern.compile("\\bbesøk\\w*");
    private static final Pattern STAFF_CONSENT = Pattern.compile(
            "avtales med personalet|godkjen\\w* av personalet|meldes til personalet|tillatelse fra personalet");
    private static final Pattern VISIT_LIMIT = Pattern.compile("besøkstid\\w*|mellom kl|etter kl|før kl");
    private static final Pattern EXCLUSION = Pattern.compile("bortvis\\w*");
    private static final Pattern STAFF_ROUNDS = Pattern.compile(
            "hms-rund\\w*|romkontroll\\w*|rombesøk\\w*|personalet kan gå inn|låse seg inn|låser seg inn");

    private TenancyHouseRules() {
    }

    /** The first BTA-only restriction the rule's text keeps, if any. */
    public static Optional<Restriction> restriction(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        boolean prohibits = PROHIBITION.matcher(t).find();
        if (SUBSTANCE_FREE.matcher(t).find()
                || prohibits && ALCOHOL.matcher(t).find()
                || prohibits && SUBSTANCES.matcher(t).find() && !ILLEGAL_ONLY.matcher(t).find()) {
            return Optional.of(Restriction.LEGAL_SUBSTANCES);
        }
        boolean staffDecides = STAFF_CONSENT.matcher(t).find();
        if (OVERNIGHT.matcher(t).find() && (prohibits || staffDecides || t.contains("ikke"))) {
            return Optional.of(Restriction.OVERNIGHT_GUESTS);
        }
        if (VISIT.matcher(t).find() && (prohibits || staffDecides || VISIT_LIMIT.matcher(t).find())) {
            return Optional.of(Restriction.VISITS);
        }
        if (EXCLUSION.matcher(t).find()) return Optional.of(Restriction.EXCLUSION);
        if (STAFF_ROUNDS.matcher(t).find()) return Optional.of(Restriction.STAFF_ROUNDS);
        return Optional.empty();
    }

    /**
     * One violation per rule that keeps a BTA-only restriction, on {@code field[i].text}, naming the rule by its
     * number and list ({@code listName}: "husordensregel", "HMS-regel").
     */
    public static List<Problem.Violation> review(String field, String listName, List<Rule> rules) {
        List<Problem.Violation> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            int index = i;
            restriction(r.text()).ifPresent(x -> out.add(new Problem.Violation(field + "[" + index + "].text",
                    ConversionTexts.notLawfulInTenancy(listName, r.number(), x))));
        }
        return out;
    }
}
