package no.kommune.bta.facility;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * R-FAC-3 through the API: who proposes, who approves, when, and with which rules. None of these converts a facility
 * (that is AgreementFlowTests' conversion with residents, at Gamle Oslovei 93): Osloveien 155 has two fagleder and
 * stays a BTA facility for the other test classes.
 */
@QuarkusTest
class ConversionTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String FACILITY = "osloveien-155";
    static final String CONVERSIONS = "/api/facilities/" + FACILITY + "/conversions";
    static final String LEDER = "osloveien155-leder";
    static final String LEDER2 = "osloveien155-leder2";

    /** A proposal to convert to tenancies on the date, with rules a landlord may set. */
    static Map<String, Object> proposal(LocalDate effectiveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("toKind", "LEASE");
        body.put("effectiveOn", effectiveOn.toString());
        body.put("reason", "Overgang til ordinære husleiekontrakter");
        body.put("houseRules", List.of(Map.of("number", 1, "text", "Leiligheten skal brukes og holdes i stand på en forsvarlig måte."),
                Map.of("number", 2, "text", "Illegale rusmidler skal ikke oppbevares i bygget.")));
        body.put("hmsRules", List.of(Map.of("number", 1, "text", "Rømningsveier skal holdes frie.")));
        return body;
    }

    @Test
    void R_FAC_3_one_fagleder_proposes_another_approves_and_it_can_be_withdrawn_before_it_takes_effect() {
        String id = Api.as(LEDER).body(proposal(TODAY.plusDays(30))).post(CONVERSIONS).then().statusCode(201)
                .header("Location", containsString(CONVERSIONS + "/"))
                .body("status", equalTo("PROPOSED")).body("fromKind", equalTo("BTA")).body("toKind", equalTo("LEASE"))
                .body("proposedBy", equalTo(StaffNames.of(LEDER))).body("houseRules.number", equalTo(List.of(1, 2)))
                .extract().path("id");
        String c = CONVERSIONS + "/" + id;
        // staff of another facility are refused; a conversion asked for under another facility does not exist there
        Api.as("bakklandet-leder").post(c + "/approval").then().statusCode(403).body("type", equalTo(P + "forbidden"));
        Api.as("bakklandet-leder").get("/api/facilities/bakklandet/conversions/" + id).then().statusCode(404);
        // four eyes
        Api.as(LEDER).post(c + "/approval").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo(P + "r-fac-3-four-eyes")).body("rule", equalTo("R-FAC-3"));
        Api.as(LEDER2).post(c + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(StaffNames.of(LEDER2)));
        Api.as(LEDER2).post(c + "/approval").then().statusCode(409).body("type", equalTo(P + "conversion-step-not-allowed"));
        // approved for a later day: nothing has changed yet, and a second conversion waits for this one
        Api.as("hvk1").get("/api/facilities/" + FACILITY).then().body("agreementKind", equalTo("BTA"))
                .body("exclusionDays", equalTo(5));
        Api.as(LEDER2).body(proposal(TODAY.plusDays(60))).post(CONVERSIONS).then().statusCode(409)
                .body("type", equalTo(P + "r-fac-3-conversion-under-way"));
        Api.as(LEDER).queryParam("size", 200).get(CONVERSIONS).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("APPROVED"));
        // withdrawn with a reason, by any fagleder there; then it is over
        Api.asInvalid(LEDER).body(Map.of()).post(c + "/withdrawal").then().statusCode(422);
        Api.as(LEDER).body(Map.of("reason", " ")).post(c + "/withdrawal").then().statusCode(422);
        Api.as(LEDER).body(Map.of("reason", "Eieren trakk seg")).post(c + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawnBy", equalTo(StaffNames.of(LEDER)))
                .body("withdrawalReason", equalTo("Eieren trakk seg"));
        Api.as(LEDER2).body(Map.of("reason", "igjen")).post(c + "/withdrawal").then().statusCode(409);
        Api.as(LEDER2).post(c + "/approval").then().statusCode(409);
        Api.as("hvk1").get("/api/facilities/" + FACILITY).then().body("agreementKind", equalTo("BTA"));
    }

    @Test
    void R_PAY_8_a_conversion_to_tenancies_stops_egenbetaling_unless_it_says_otherwise() {
        for (Boolean collects : java.util.Arrays.asList(null, true)) {
            Map<String, Object> body = proposal(TODAY.plusDays(30));
            if (collects != null) body.put("collectsEgenbetaling", collects);
            String id = Api.as(LEDER).body(body).post(CONVERSIONS).then().statusCode(201)
                    .body("collectsEgenbetaling", equalTo(collects != null)).extract().path("id");
            Api.as(LEDER).get(CONVERSIONS + "/" + id).then().body("collectsEgenbetaling", equalTo(collects != null));
            Api.as(LEDER).body(Map.of("reason", "Bare en prøve")).post(CONVERSIONS + "/" + id + "/withdrawal").then().statusCode(200);
        }
        Api.as("hvk1").get("/api/facilities/" + FACILITY).then().body("collectsEgenbetaling", equalTo(true));
    }

    @Test
    void R_FAC_3_the_effective_date_is_today_or_later() {
        Api.as(LEDER).body(proposal(TODAY.minusDays(1))).post(CONVERSIONS).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(P + "r-fac-3-effective-date-passed"))
                .body("violations.field", equalTo(List.of("effectiveOn")));
        Map<String, Object> same = proposal(TODAY);
        same.put("toKind", "BTA");
        Api.as(LEDER).body(same).post(CONVERSIONS).then().statusCode(409).body("type", equalTo(P + "facility-already-of-kind"));
    }

    @Test
    void R_FAC_3_a_tenancy_keeps_none_of_the_bta_house_rules_that_husleieloven_forbids() {
        // the facility's own BTA rules, kept as they are: the alcohol ban, visiting hours and the overnight ban are named
        var current = Api.as(LEDER).get("/api/facilities/" + FACILITY + "/house-rules").then().statusCode(200).extract().jsonPath();
        Map<String, Object> kept = proposal(TODAY.plusDays(30));
        kept.put("houseRules", current.getList("versions[0].houseRules"));
        kept.put("hmsRules", current.getList("versions[0].hmsRules"));
        Api.as(LEDER).body(kept).post(CONVERSIONS).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(P + "r-fac-3-rule-not-lawful-in-tenancy")).body("rule", equalTo("R-FAC-3"))
                .body("violations.field", hasItems("houseRules[2].text", "houseRules[3].text", "houseRules[4].text",
                        "hmsRules[0].text"))
                .body("detail", containsString("Husordensregel 3: forbud mot alkohol"))
                .body("detail", containsString("Husordensregel 5: forbud mot gjester som overnatter"));
        Map<String, Object> oneLeft = proposal(TODAY.plusDays(30));
        oneLeft.put("houseRules", List.of(Map.of("number", 1, "text", "Leiligheten holdes i stand."),
                Map.of("number", 7, "text", "Gjester kan ikke overnatte.")));
        Api.as(LEDER).body(oneLeft).post(CONVERSIONS).then().statusCode(422)
                .body("violations.field", equalTo(List.of("houseRules[1].text")))
                .body("violations[0].message", containsString("Husordensregel 7"));
        // nor can a tenancy facility adopt such a rule later
        int version = Api.as("valoya-leder").get("/api/facilities/valoyveien-9/house-rules").then().extract().path("currentVersion");
        Api.as("valoya-leder").body(Map.of("basedOnVersion", version, "validFrom", TODAY.toString(),
                        "houseRules", List.of(Map.of("number", 1, "text", "Alkohol er ikke tillatt i leiligheten.")),
                        "hmsRules", List.of(Map.of("number", 1, "text", "Rømningsveier skal holdes frie."))))
                .post("/api/facilities/valoyveien-9/house-rules").then().statusCode(422)
                .body("type", equalTo(P + "r-fac-3-rule-not-lawful-in-tenancy"))
                .body("violations.field", equalTo(List.of("houseRules[0].text")));
    }
}
