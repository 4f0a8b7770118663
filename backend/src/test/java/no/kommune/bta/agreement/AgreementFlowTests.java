package no.kommune.bta.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.facility.ConversionJob;
import no.kommune.bta.support.People;
import no.kommune.bta.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class AgreementFlowTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

    /** An application through intake to a decision, allocated to the given unit from the given date. */
    public static UUID decidedIntake(String facility, String unit, LocalDate from, String sex, LocalDate birth) {
        return decidedIntake(facility, unit, from, sex, birth, TODAY);
    }

    /** As above, with the date the application was received (for waiting times). */
    public static UUID decidedIntake(String facility, String unit, LocalDate from, String sex, LocalDate birth, LocalDate received) {
        return decidedIntake(People.create("Avtale", "Testesen", birth, sex), facility, unit, from, received);
    }

    /** An application of a given person through intake to a decision (a second stay, a transfer). */
    public static UUID decidedIntake(UUID person, String facility, String unit, LocalDate from, LocalDate received) {
        String id = Api.as("hvk1").body(Map.of("personId", person, "assessment", "Trenger bo- og tjenestetilbud.",
                        "receivedOn", received.toString()))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
        Api.as("esikt1").body(Map.of("priority", 2, "reason", "Venter")).post("/api/intakes/" + id + "/priority").then().statusCode(200);
        Api.as("esikt1").body(Map.of("unitId", People.unit(facility, unit), "fromDate", from.toString(), "coordinator", "Lars"))
                .post("/api/intakes/" + id + "/allocation").then().statusCode(200);
        Api.as("hvk1").body(Map.of("informedOn", TODAY.toString())).post("/api/intakes/" + id + "/applicant-informed").then().statusCode(200);
        Api.as("hvk1").body(Map.of("heldOn", TODAY.toString(), "participants", List.of("APPLICANT", "HVK", "FACILITY"),
                "applicantAnswer", "ACCEPTED")).post("/api/intakes/" + id + "/orientation-meeting").then().statusCode(200);
        Api.as("hvk1").body(Map.of("decisionDate", TODAY.toString(), "scope", "Praktisk bistand i hverdagen."))
                .post("/api/intakes/" + id + "/service-decision").then().statusCode(200);
        return UUID.fromString(id);
    }

    static String draft(String user, UUID intake, LocalDate start) {
        return Api.as(user).body(Map.of("intakeId", intake, "startDate", start.toString()))
                .post("/api/agreements").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    /** Signed by both, primary contact, IP accepted, moved in on the start date. */
    public static String movedIn(String leader, String facility, String unit, LocalDate start) {
        return movedIn(leader, facility, unit, start, LocalDate.of(2002, 2, 2), TODAY);
    }

    public static String movedIn(String leader, String facility, String unit, LocalDate start, LocalDate birth, LocalDate received) {
        return movedIn(leader, decidedIntake(facility, unit, start, "FEMALE", birth, received), start);
    }

    /** Drafted from the decided application, signed by both, primary contact, IP accepted, moved in on the start date. */
    public static String movedIn(String leader, UUID intake, LocalDate start) {
        String id = draft(leader, intake, start);
        String base = "/api/agreements/" + id;
        Api.as(leader).body(Map.of("party", "RESIDENT", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leader).body(Map.of("party", "MUNICIPALITY", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leader).body(Map.of("name", "Berit Bakken")).post(base + "/primary-contact").then().statusCode(200);
        Api.as(leader).body(Map.of("individualPlan", "ACCEPTED")).post(base + "/follow-up").then().statusCode(200);
        Api.as(leader).body(Map.of("movedInOn", start.toString())).post(base + "/move-in").then().statusCode(200);
        return id;
    }

    @Test
    void R_INT_5_move_in_needs_signatures_primary_contact_and_follow_up_and_R_AGR_4_R_FOL_1_R_AGR_5() {
        UUID intake = decidedIntake("bakklandet", "H105", TODAY.plusDays(3), "MALE", LocalDate.of(2003, 3, 3));
        String id = draft("bakklandet1", intake, TODAY.plusDays(3));
        String base = "/api/agreements/" + id;
        Api.as("bakklandet1").body(Map.of("movedInOn", TODAY.plusDays(3).toString())).post(base + "/move-in").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(P + "r-int-5-move-in-requirements")).body("rule", equalTo("R-INT-5"))
                .body("violations.field", hasItems("signatures.resident", "signatures.municipality", "primaryContact",
                        "individualPlan"));
        // R-AGR-4: staff record the resident's signature; only a fagleder signs for the municipality
        Api.as("bakklandet1").body(Map.of("party", "RESIDENT", "signedOn", TODAY.toString())).post(base + "/signatures")
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        Api.as("bakklandet1").body(Map.of("party", "MUNICIPALITY", "signedOn", TODAY.toString())).post(base + "/signatures")
                .then().statusCode(403).body("type", equalTo(P + "r-agr-4-fagleder-signs"));
        Api.as("bakklandet-leder").body(Map.of("party", "MUNICIPALITY", "signedOn", TODAY.toString())).post(base + "/signatures")
                .then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("signatures.municipalitySignedBy", equalTo(StaffNames.of("bakklandet-leder"))).body("rulesVersion", equalTo(
                        Api.as("bakklandet1").get("/api/facilities/bakklandet").then().extract().path("currentRulesVersion")));
        Api.as("bakklandet-leder").body(Map.of("party", "RESIDENT", "signedOn", TODAY.toString())).post(base + "/signatures")
                .then().statusCode(409);
        // R-FOL-1: the fagleder appoints the primary contact
        Api.as("bakklandet1").body(Map.of("name", "Meg Selv")).post(base + "/primary-contact").then().statusCode(403);
        Api.as("bakklandet-leder").body(Map.of("name", "Berit Bakken")).post(base + "/primary-contact").then()
                .statusCode(200).body("followUp.primaryContact", equalTo("Berit Bakken"));
        // R-AGR-5: IP declined needs a cooperation agreement before move-in
        Api.as("bakklandet1").body(Map.of("individualPlan", "DECLINED")).post(base + "/follow-up").then().statusCode(200)
                .body("moveInMissing", hasSize(1));
        Api.as("bakklandet1").body(Map.of("movedInOn", TODAY.plusDays(3).toString())).post(base + "/move-in").then()
                .statusCode(422).body("violations.field", equalTo(List.of("cooperationAgreement")));
        Api.as("bakklandet1").body(Map.of("individualPlan", "DECLINED", "cooperationGoals", "Stabil bosituasjon",
                        "cooperationNeeds", "Hjelp med økonomi", "cooperationStaffProvide", "Ukentlige samtaler"))
                .post(base + "/follow-up").then().statusCode(200).body("moveInMissing", hasSize(0));
        Api.as("bakklandet1").body(Map.of("movedInOn", TODAY.plusDays(3).toString())).post(base + "/move-in").then()
                .statusCode(200).body("movedInOn", equalTo(TODAY.plusDays(3).toString()));
        Api.as("hvk1").get("/api/intakes/" + intake).then().body("status", equalTo("MOVED_IN"));
        // the person stays visible to the facility after move-in
        Api.as("bakklandet1").get(base).then().statusCode(200).body("timeline.type", hasItems("DRAFTED", "ACTIVE", "MOVED_IN"));
    }

    @Test
    void R_AGR_1_a_long_first_period_warns_and_renewal_needs_an_evaluation() {
        UUID intake = decidedIntake("bakklandet", "H201", TODAY, "FEMALE", LocalDate.of(2001, 1, 1));
        Api.as("bakklandet1").body(Map.of("intakeId", intake, "startDate", TODAY.toString(),
                        "endDate", TODAY.plusMonths(6).toString()))
                .post("/api/agreements").then().statusCode(201)
                .body("warnings[0]", containsString("R-AGR-1")).body("periods", hasSize(1));
        String id = Api.as("bakklandet1").queryParam("status", "DRAFT").queryParam("size", 200).get("/api/agreements")
                .then().extract().path("items.find { it.unitLabel == 'H201' }.id");
        String base = "/api/agreements/" + id;
        Api.as("bakklandet1").body(Map.of("party", "RESIDENT", "signedOn", TODAY.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as("bakklandet-leder").body(Map.of("party", "MUNICIPALITY", "signedOn", TODAY.toString())).post(base + "/signatures")
                .then().statusCode(200).body("flags", hasItems("FIRST_PERIOD_NOT_EVALUATED", "LONG_FIRST_PERIOD"));
        // the long first period stays visible on the agreement and in the list, not only in the draft's response
        Api.as("bakklandet1").get(base).then().body("warnings[0]", containsString("R-AGR-1"));
        Api.as("bakklandet1").queryParam("facility", "bakklandet").queryParam("size", 200).get("/api/agreements").then()
                .body("items.find { it.id == '" + id + "' }.flags", hasItem("LONG_FIRST_PERIOD"));
        Api.as("bakklandet1").body(Map.of("toDate", TODAY.plusMonths(18).toString())).post(base + "/renewals").then()
                .statusCode(422).body("type", equalTo(P + "r-agr-1-evaluation-before-renewal"));
        Api.as("bakklandet1").body(Map.of("heldOn", TODAY.toString(), "summary", "Går bra")).post(base + "/evaluations")
                .then().statusCode(200).body("evaluations", hasSize(1));
        Api.as("bakklandet1").body(Map.of("toDate", TODAY.plusMonths(18).toString())).post(base + "/renewals").then()
                .statusCode(200).body("periods", hasSize(2)).body("endDate", equalTo(TODAY.plusMonths(18).toString()))
                .body("flags", not(hasItem("LONG_FIRST_PERIOD")))
                .body("periods[1].fromDate", equalTo(TODAY.plusMonths(6).plusDays(1).toString()));
    }

    @Test
    void R_AGR_3_a_fee_change_needs_one_months_notice() {
        String id = movedIn("bakklandet-leder", "bakklandet", "H202", TODAY);
        String base = "/api/agreements/" + id;
        Api.as("bakklandet1").body(Map.of("monthlyFeeOre", 520000, "notifiedOn", TODAY.toString(),
                        "effectiveFrom", TODAY.plusMonths(1).minusDays(1).toString()))
                .post(base + "/fee-changes").then().statusCode(422)
                .body("type", equalTo(P + "r-agr-3-fee-change-notice")).body("violations.field", hasItem("effectiveFrom"));
        Api.as("bakklandet1").body(Map.of("monthlyFeeOre", 520000, "notifiedOn", TODAY.toString(),
                        "effectiveFrom", TODAY.plusMonths(1).toString()))
                .post(base + "/fee-changes").then().statusCode(200).body("fees", hasSize(2))
                .body("monthlyFeeOre", equalTo(500000)).body("fees[1].monthlyFeeOre", equalTo(520000));
    }

    @Test
    void R_FOL_1_responsibility_group_and_meetings_are_recorded() {
        UUID intake = decidedIntake("heidrunsenteret", "Hybel 6", TODAY, "FEMALE", LocalDate.of(1985, 5, 5));
        String base = "/api/agreements/" + draft("heidrun1", intake, TODAY);
        Api.as("heidrun1").body(Map.of("members", List.of(Map.of("name", "Hanne Hvalstad", "represents", "HVK"),
                        Map.of("name", "Heidi Rundberg", "represents", "Primærkontakt"))))
                .post(base + "/responsibility-group").then().statusCode(200)
                .body("followUp.responsibilityGroup.represents", equalTo(List.of("HVK", "Primærkontakt")));
        Api.as("heidrun1").body(Map.of("kind", "PRIMARY_CONTACT_TALK", "heldOn", TODAY.toString(), "note", "Ukeplan"))
                .post(base + "/meetings").then().statusCode(200)
                .body("followUp.meetings[0].kind", equalTo("PRIMARY_CONTACT_TALK"))
                .body("followUp.meetings[0].createdBy", equalTo(StaffNames.of("heidrun1")));
        Api.as("heidrun1").body(Map.of("kind", "RESPONSIBILITY_GROUP", "heldOn", TODAY.plusDays(5).toString()))
                .post(base + "/meetings").then().statusCode(422).body("violations.field", hasItem("heldOn"));
    }

    @Test
    void R_AGR_6_deposit_and_insurance_and_a_withheld_deposit_needs_a_reason() {
        UUID intake = decidedIntake("heidrunsenteret", "Hybel 5", TODAY, "FEMALE", LocalDate.of(1990, 10, 10));
        String base = "/api/agreements/" + draft("heidrun1", intake, TODAY);
        Api.as("heidrun1").body(Map.of("amountOre", 50000, "withheldOre", 20000)).post(base + "/deposit").then()
                .statusCode(422).body("violations.field", hasItem("withheldReason"));
        Api.as("heidrun1").body(Map.of("amountOre", 50000, "paidOn", TODAY.toString(),
                        "insuranceInformedOn", TODAY.toString()))
                .post(base + "/deposit").then().statusCode(200).body("deposit.amountOre", equalTo(50000))
                .body("deposit.insuranceInformedOn", equalTo(TODAY.toString()));
    }

    @Test
    void R_AGR_2_bta_notice_takes_effect_after_fourteen_days_R_SAN_12_only_the_residents_own_and_R_AGR_8_move_out_frees_the_unit() {
        String id = movedIn("bakklandet-leder", "bakklandet", "H203", TODAY.minusDays(20));
        String base = "/api/agreements/" + id;
        // R-SAN-12: the municipality ends a BTA only through an approved, notified termination decision (sanctions)
        Api.as("bakklandet1").body(Map.of("givenBy", "MUNICIPALITY", "givenOn", TODAY.toString(), "reason", "Gjentatte brudd"))
                .post(base + "/notice").then().statusCode(422).body("type", equalTo(P + "r-san-12-termination-by-decision-only"))
                .body("violations.field", hasItem("givenBy"));
        Api.as("bakklandet1").body(Map.of("givenBy", "RESIDENT", "givenOn", TODAY.toString(), "reason", "Flytter til familien"))
                .post(base + "/notice").then().statusCode(200).body("status", equalTo("NOTICE_GIVEN"))
                .body("notice.givenBy", equalTo("RESIDENT")).body("notice.effectiveOn", equalTo(TODAY.plusDays(14).toString()));
        Api.asInvalid("bakklandet1").body(Map.of("movedOutOn", TODAY.plusDays(14).toString(), "destination", "NOWHERE",
                "terminationGround", "NONE")).post(base + "/move-out").then().statusCode(422)
                .body("violations.field", hasItem("destination"));
        // no decision behind the notice: the move-out is the resident's own wish, not a termination for breaches
        Api.as("bakklandet1").body(Map.of("movedOutOn", TODAY.plusDays(14).toString(), "destination", "TREATMENT",
                        "terminationGround", "BREACHES"))
                .post(base + "/move-out").then().statusCode(422)
                .body("type", equalTo(P + "r-san-12-termination-ground-needs-decision"))
                .body("violations.field", hasItem("terminationGround"));
        Api.as("bakklandet1").body(Map.of("movedOutOn", TODAY.plusDays(14).toString(), "destination", "TREATMENT",
                        "terminationGround", "NONE"))
                .post(base + "/move-out").then().statusCode(200).body("status", equalTo("ENDED"))
                .body("moveOut.destination", equalTo("TREATMENT")).body("moveOut.terminationGround", equalTo("NONE"))
                .body("endReason", equalTo("MOVED_OUT"));
        UUID unit = People.unit("bakklandet", "H203");
        Api.as("esikt1").queryParam("from", TODAY.plusDays(15).toString()).queryParam("facility", "bakklandet")
                .get("/api/vacancies").then().body("items.unitId", hasItem(unit.toString()));
        Api.as("esikt1").queryParam("from", TODAY.plusDays(14).toString()).queryParam("facility", "bakklandet")
                .get("/api/vacancies").then().body("items.unitId", not(hasItem(unit.toString())));
    }

    @Test
    void R_FAC_2_the_pdf_keeps_the_rule_version_it_was_signed_under() throws Exception {
        String id = movedIn("bakklandet-leder", "bakklandet", "H204", TODAY);
        // issue 18: saved under a human name (the resident and the start date), in UTF-8 and in ASCII
        byte[] before = Api.as("bakklandet1").accept("application/pdf").get("/api/agreements/" + id + "/document.pdf")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.equalTo("inline; filename=\"Avtale Avtale Testesen " + TODAY
                        + ".pdf\"; filename*=UTF-8''Avtale%20Avtale%20Testesen%20" + TODAY + ".pdf"))
                .extract().asByteArray();
        String text = text(before);
        assertTrue(text.contains("Bo- og tjenesteavtale"), text);
        assertTrue(text.contains("Avtale Testesen"), "the resident is named");
        assertTrue(text.contains("5 000,00"), "the fee");
        assertTrue(text.contains("14 dagers varsel"), "the notice");
        assertTrue(text.contains("Kort fortalt"), "the plain-language summary");
        int signedVersion = Api.as("bakklandet1").get("/api/agreements/" + id).then().extract().path("rulesVersion");
        assertTrue(text.contains("Husordensregler (versjon " + signedVersion + ")"), text);

        int current = Api.as("bakklandet-leder").get("/api/facilities/bakklandet/house-rules").then().extract().path("currentVersion");
        Api.as("bakklandet-leder").body(Map.of("basedOnVersion", current, "validFrom", TODAY.toString(),
                        "houseRules", List.of(Map.of("number", 1, "text", "Helt ny regel om sykler i gangen.")),
                        "hmsRules", List.of(Map.of("number", 1, "text", "Ny HMS-regel.")))).post("/api/facilities/bakklandet/house-rules")
                .then().statusCode(201);
        String after = text(Api.as("bakklandet1").accept("application/pdf").get("/api/agreements/" + id + "/document.pdf")
                .then().statusCode(200).extract().asByteArray());
        assertTrue(after.contains("Husordensregler (versjon " + signedVersion + ")"), after);
        assertFalse(after.contains("sykler i gangen"), "the new rules are not in an agreement signed before them");
    }

    /** R-FAC-3: the facility converted to tenancies, and its two fagleder: one proposes, the other approves. */
    static final String CONVERTING = "gamle-oslovei-93";
    static final String PROPOSER = "goa93-leder";
    static final String APPROVER = "goa93-leder2";

    @Inject
    ConversionJob conversions;

    @Test
    void R_FAC_3_conversion_with_residents_takes_effect_on_its_date_and_the_stay_continues_R_AGR_7_overstay_R_AGR_2_lease_notice() {
        LocalDate start = TODAY.minusYears(3);
        UUID intake = decidedIntake(CONVERTING, "Leilighet 1", start, "FEMALE", LocalDate.of(1980, 8, 8));
        String id = Api.as(PROPOSER).body(Map.of("intakeId", intake, "startDate", start.toString(),
                "endDate", TODAY.plusMonths(6).toString())).post("/api/agreements").then().statusCode(201).extract().path("id");
        String base = "/api/agreements/" + id;
        Api.as(PROPOSER).body(Map.of("party", "RESIDENT", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("party", "MUNICIPALITY", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("name", "Gunn")).post(base + "/primary-contact").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("individualPlan", "ACCEPTED")).post(base + "/follow-up").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("movedInOn", start.toString())).post(base + "/move-in").then().statusCode(200);
        // R-AGR-7: three years of continuous BTA stay is past the facility's limit of 730 days
        Api.as(PROPOSER).queryParam("overstay", "true").get("/api/agreements").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == '" + id + "' }.flags", hasItem("OVERSTAY"));
        Api.as(PROPOSER).get(base).then().body("continuousStayDays", org.hamcrest.Matchers.greaterThan(730))
                .body("warnings[0]", containsString("R-AGR-7"));
        // a second resident, who moves out after the conversion
        LocalDate secondIn = TODAY.minusDays(100);
        String second = movedIn(PROPOSER, CONVERTING, "Leilighet 2", secondIn, LocalDate.of(1991, 1, 1), secondIn.minusDays(30));

        // proposed by one fagleder for tomorrow, with the rules of a tenancy
        LocalDate effective = TODAY.plusDays(1);
        String conversions = "/api/facilities/" + CONVERTING + "/conversions";
        Map<String, Object> proposal = Map.of("toKind", "LEASE", "effectiveOn", effective.toString(),
                "reason", "Overgang til ordinære husleiekontrakter",
                "houseRules", List.of(Map.of("number", 1, "text", "Vis hensyn til naboer: det skal være ro i bygget mellom kl. 23.00 og kl. 07.00."),
                        Map.of("number", 2, "text", "Leiligheten skal brukes og holdes i stand på en forsvarlig måte.")),
                "hmsRules", List.of(Map.of("number", 1, "text", "Røykvarsler og slokkeutstyr skal ikke kobles fra eller flyttes.")));
        Api.as("bakklandet-leder").body(proposal).post(conversions).then().statusCode(403);
        String conversion = conversions + "/" + Api.as(PROPOSER).body(proposal).post(conversions).then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("proposedBy", equalTo(StaffNames.of(PROPOSER))).extract().path("id");
        // four eyes: not the proposer, another fagleder of the facility
        Api.as(PROPOSER).post(conversion + "/approval").then().statusCode(403).body("type", equalTo(P + "r-fac-3-four-eyes"));
        Api.as(APPROVER).post(conversion + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(StaffNames.of(APPROVER))).body("endedAgreements", hasSize(0));
        // approved for tomorrow: today nothing has changed, and the scheduled run leaves it for the day
        assertEquals(0, this.conversions.runDue());
        Api.as(PROPOSER).get(base).then().body("status", equalTo("ACTIVE")).body("endedOn", nullValue());
        Api.as("hvk1").get("/api/facilities/" + CONVERTING).then().body("agreementKind", equalTo("BTA"))
                .body("currentRulesVersion", equalTo(1));
        // the day comes: the run performs it, once
        TestClock.advanceDays(1);
        try {
            assertEquals(1, this.conversions.runDue());
            assertEquals(0, this.conversions.runDue());
        } finally {
            TestClock.reset();
        }
        var done = Api.as(PROPOSER).get(conversion).then().statusCode(200).body("status", equalTo("DONE"))
                .body("doneBy", equalTo(StaffNames.of("system"))).body("rulesVersion", equalTo(2))
                .body("endedAgreements", hasItems(id, second)).extract().jsonPath();
        List<String> ended = done.getList("endedAgreements");
        List<String> successors = done.getList("successorDrafts");
        assertEquals(ended.size(), successors.size());
        Api.as(PROPOSER).get(base).then().body("status", equalTo("ENDED")).body("endReason", equalTo("CONVERTED"))
                .body("endedOn", equalTo(TODAY.toString()));
        String next = "/api/agreements/" + successors.get(ended.indexOf(id));
        Api.as(PROPOSER).get(next).then().statusCode(200).body("kind", equalTo("LEASE")).body("status", equalTo("DRAFT"))
                .body("predecessorId", equalTo(id)).body("movedInOn", equalTo(start.toString()))
                .body("startDate", equalTo(effective.toString())).body("noticeDays", equalTo(90));
        Api.as("hvk1").get("/api/facilities/" + CONVERTING).then().body("agreementKind", equalTo("LEASE"))
                .body("exclusionDays", nullValue()).body("substancePolicy", equalTo("TENANCY"))
                .body("currentRulesVersion", equalTo(2));
        // the tenancy's rules took effect on the date; the BTA rules are not among them
        Api.as("hvk1").get("/api/facilities/" + CONVERTING + "/house-rules").then()
                .body("versions[0].version", equalTo(2)).body("versions[0].validFrom", equalTo(effective.toString()))
                .body("versions[0].houseRules.text", hasItem(containsString("Vis hensyn til naboer")))
                .body("versions[0].houseRules.text", not(hasItem(containsString("overnatte"))));
        Api.as("hvk1").get("/api/facilities/" + CONVERTING + "/units").then()
                .body("items.find { it.label == 'Leilighet 1' }.status", equalTo("OCCUPIED"));
        Api.as(PROPOSER).body(Map.of("party", "RESIDENT", "signedOn", TODAY.toString())).post(next + "/signatures").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("party", "MUNICIPALITY", "signedOn", TODAY.toString())).post(next + "/signatures").then().statusCode(200);
        Api.as(PROPOSER).body(Map.of("givenBy", "MUNICIPALITY", "givenOn", TODAY.toString(), "reason", "Brudd"))
                .post(next + "/notice").then().statusCode(422).body("type", equalTo(P + "r-agr-2-lease-termination-by-owner"));
        Api.as(PROPOSER).body(Map.of("givenBy", "RESIDENT", "givenOn", LocalDate.of(2030, 3, 15).toString(), "reason", "Flytter"))
                .post(next + "/notice").then().statusCode(200).body("notice.effectiveOn", equalTo("2030-06-30"));

        // the second resident moves out of the successor, after the conversion
        Api.as(PROPOSER).body(Map.of("movedOutOn", effective.toString(), "destination", "PRIVATE_RENTAL", "terminationGround", "NONE"))
                .post("/api/agreements/" + successors.get(ended.indexOf(second)) + "/move-out").then().statusCode(200);
        // one stay each: the second from her first move-in to the move-out, with where she went; the first lives there
        long firstDays = java.time.temporal.ChronoUnit.DAYS.between(start, effective) + 1;
        long secondDays = java.time.temporal.ChronoUnit.DAYS.between(secondIn, effective) + 1;
        Api.as(PROPOSER).queryParam("facility", CONVERTING).queryParam("from", secondIn.toString())
                .queryParam("to", effective.toString()).get("/api/statistics").then().statusCode(200)
                .body("residentsServed", equalTo(2)).body("moveIns", equalTo(1)).body("moveOuts", equalTo(1))
                .body("stillLiving", equalTo(1))
                .body("moveOutsByDestination.find { it.key == 'PRIVATE_RENTAL' }.count", equalTo(1))
                .body("stayBuckets.find { it.key == '91-180' }.count", equalTo(1))
                .body("stayBuckets.find { it.key == '731-' }.count", equalTo(1))
                .body("meanStayDays", equalTo((int) Math.round((firstDays + secondDays) / 2.0)));
    }

    @Test
    void R_ACC_1_agreements_are_scoped_to_the_facility_and_R_ACC_3_status_only_for_its_facility_caseworker_and_integration() {
        UUID intake = decidedIntake("bakklandet", "H103", TODAY, "FEMALE", LocalDate.of(2000, 9, 9));
        String id = draft("bakklandet1", intake, TODAY);
        Api.as("heidrun1").get("/api/agreements/" + id).then().statusCode(404);
        Api.as("heidrun1").queryParam("size", 200).get("/api/agreements").then().body("items.id", not(hasItem(id)));
        Api.as("hvk1").get("/api/agreements/" + id).then().statusCode(403);
        Api.as("hvk1").get("/api/agreements/" + id + "/status").then().statusCode(200).body("status", equalTo("DRAFT"));
        Api.asIntegration().get("/api/agreements/" + id + "/status").then().statusCode(200);
        // R-ACC-3: an application allocated elsewhere is answered exactly as one that does not exist
        String elsewhere = Api.as("heidrun1").body(Map.of("intakeId", intake, "startDate", TODAY.toString())).post("/api/agreements")
                .then().statusCode(422).body("violations.field", equalTo(List.of("intakeId"))).extract().path("detail");
        Api.as("heidrun1").body(Map.of("intakeId", UUID.randomUUID(), "startDate", TODAY.toString())).post("/api/agreements")
                .then().statusCode(422).body("detail", equalTo(elsewhere));
        Api.as("bakklandet1").get("/api/agreements/" + id + "/status").then().statusCode(200).body("facilityId", equalTo("bakklandet"));
        Api.as("heidrun1").get("/api/agreements/" + id + "/status").then().statusCode(404).body("type", equalTo(P + "not-found"));
        Db.update("UPDATE intake SET caseworker_subject = 'en-annen-saksbehandler' WHERE id = ?", intake);
        Api.as("hvk1").get("/api/agreements/" + id + "/status").then().statusCode(404);
        Api.asIntegration().get("/api/agreements/" + id + "/status").then().statusCode(200);
    }

    @Test
    void an_application_with_an_open_agreement_leads_to_it_and_is_no_longer_handled_as_an_application() {
        String unit = Api.as("esikt1").queryParam("facility", "valoyveien-9").queryParam("from", TODAY.toString())
                .get("/api/vacancies").then().extract().path("items[0].unitLabel");
        UUID intake = decidedIntake("valoyveien-9", unit, TODAY, "MALE", LocalDate.of(1999, 3, 3));
        Api.as("hvk1").get("/api/intakes/" + intake).then().body("nextActions", equalTo(List.of("WITHDRAW")))
                .body("agreementId", org.hamcrest.Matchers.nullValue());
        String id = draft("valoya-leder", intake, TODAY);
        Api.as("valoya1").get("/api/intakes/" + intake).then().statusCode(200).body("agreementId", equalTo(id));
        Api.as("valoya-leder").body(Map.of("intakeId", intake, "startDate", TODAY.toString())).post("/api/agreements").then()
                .statusCode(409).body("type", equalTo(P + "agreement-exists"));
        // the unit is held for the agreement: withdrawing the application would free it for a second allocation
        Api.as("hvk1").get("/api/intakes/" + intake).then().body("nextActions", org.hamcrest.Matchers.empty());
        Api.as("hvk1").body(Map.of("reason", "Søkeren har fått annen bolig")).post("/api/intakes/" + intake + "/withdrawal").then()
                .statusCode(409).body("type", equalTo(P + "intake-has-agreement"));
    }

    @Test
    void R_INT_4_an_agreement_needs_a_decided_application() {
        UUID person = People.create("Uten", "Vedtak", LocalDate.of(2001, 1, 1), "FEMALE");
        String id = Api.as("hvk1").body(Map.of("personId", person, "assessment", "x")).post("/api/intakes").then().extract().path("id");
        Api.as("esikt1").body(Map.of("priority", 2, "reason", "x")).post("/api/intakes/" + id + "/priority").then().statusCode(200);
        Api.as("esikt1").body(Map.of("unitId", People.unit("heidrunsenteret", "Hybel 4"), "fromDate", TODAY.toString(), "coordinator", "x"))
                .post("/api/intakes/" + id + "/allocation").then().statusCode(200);
        Api.as("heidrun1").body(Map.of("intakeId", id, "startDate", TODAY.toString())).post("/api/agreements").then()
                .statusCode(422).body("type", equalTo(P + "r-int-4-decision-before-agreement"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
