package no.kommune.bta.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import no.kommune.bta.common.Problem;
import no.kommune.bta.facility.FacilityDtos.Rule;
import no.kommune.bta.facility.TenancyHouseRules.Restriction;
import org.junit.jupiter.api.Test;

class TenancyHouseRulesTests {

    private static Optional<Restriction> of(String text) {
        return TenancyHouseRules.restriction(text);
    }

    @Test
    void R_FAC_3_the_bta_only_restrictions_of_the_bta_rules_are_found() {
        assertEquals(Optional.of(Restriction.LEGAL_SUBSTANCES), of("Ingen rusmidler i huset: det er forbudt å bruke, kjøpe, "
                + "selge eller oppbevare alkohol, illegale rusmidler eller legemidler som ikke er skrevet ut til deg."));
        assertEquals(Optional.of(Restriction.LEGAL_SUBSTANCES), of("Alkohol er ikke tillatt i leiligheten."));
        assertEquals(Optional.of(Restriction.LEGAL_SUBSTANCES), of("Øl og vin er ikke tillatt."));
        assertEquals(Optional.of(Restriction.LEGAL_SUBSTANCES), of("Huset er rusfritt."));
        assertEquals(Optional.of(Restriction.OVERNIGHT_GUESTS), of("Gjester kan ikke overnatte."));
        assertEquals(Optional.of(Restriction.OVERNIGHT_GUESTS), of("Overnattingsgjester må avtales med personalet på forhånd."));
        assertEquals(Optional.of(Restriction.VISITS), of("Fra kl. 23.00 skal det være ro i huset. Besøkende kan ikke være i "
                + "huset mellom kl. 23.00 og kl. 10.00."));
        assertEquals(Optional.of(Restriction.VISITS), of("Fra kl. 23.00 skal det være ro i huset. Besøk avtales med personalet."));
        assertEquals(Optional.of(Restriction.EXCLUSION), of("Den som bryter reglene, kan bortvises i inntil fem døgn."));
        assertEquals(Optional.of(Restriction.STAFF_ROUNDS), of("Du samarbeider med personalet på de faste HMS-rundene."));
    }

    @Test
    void R_FAC_3_rules_a_landlord_may_set_pass() {
        for (String lawful : List.of(
                "Vis hensyn til naboer: det skal være ro i bygget mellom kl. 23.00 og kl. 07.00.",
                "Leiligheten skal brukes og holdes i stand på en forsvarlig måte.",
                "Fellesarealer holdes ryddige; det skal ikke settes gjenstander i trapp eller gang.",
                "Skader på leiligheten eller bygget meldes til personalet så snart som mulig.",
                "Røykvarsler og slokkeutstyr skal ikke kobles fra eller flyttes.",
                "Illegale rusmidler og legemidler som ikke er skrevet ut til deg, skal ikke brukes, kjøpes, selges eller "
                        + "oppbevares i huset.",
                "Vold og trusler mot ansatte, andre beboere eller besøkende godtas ikke.",
                "Ingenting brennbart skal ligge nær varmekilder.",
                "Gjester kan overnatte.",
                "Du må følge reglene for vinterdrift.")) {
            assertEquals(Optional.empty(), of(lawful), lawful);
        }
    }

    @Test
    void R_FAC_3_the_review_names_each_rule_that_keeps_a_restriction() {
        List<Problem.Violation> found = TenancyHouseRules.review("houseRules", "Husordensregel", List.of(
                new Rule(1, "Leiligheten skal holdes i stand."), new Rule(3, "Alkohol er forbudt."),
                new Rule(5, "Gjester kan ikke overnatte.")));
        assertEquals(List.of(
                new Problem.Violation("houseRules[1].text",
                        "Husordensregel 3: forbud mot alkohol eller andre lovlige rusmidler er ikke lovlig i et leieforhold (husleieloven)"),
                new Problem.Violation("houseRules[2].text",
                        "Husordensregel 5: forbud mot gjester som overnatter er ikke lovlig i et leieforhold (husleieloven)")),
                found);
    }
}
