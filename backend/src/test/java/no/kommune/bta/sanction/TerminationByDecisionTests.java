package no.kommune.bta.sanction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.egenbetaling.EgenbetalingFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * A lawful decision behind every termination of a BTA (R-SAN-5, R-SAN-7, R-SAN-12), on arrears the ledger shows,
 * citing the rules the resident signed (R-FAC-2). Bakklandet: bakklandet1 is botiltak, bakklandet-leder proposes,
 * bakklandet-leder2 is the other fagleder. The residents live in units of their own, so that a stay can start months
 * ago whatever other tests did with the facility's units.
 */
@QuarkusTest
public class TerminationByDecisionTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
    static final String FAC = "bakklandet";
    static final String STAFF = "bakklandet1";
    static final String PROPOSER = "bakklandet-leder";
    static final String APPROVER = "bakklandet-leder2";
    private static int units;

    /** A unit of the facility no other test uses, free since long ago. */
    static synchronized String ownUnit(String facility) {
        String label = "Oppsigelsestest " + (++units);
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes((facility + "/" + label).getBytes()), facility, label);
        return label;
    }

    /**
     * A resident of the facility since the first day of the month before last, whose two months' charges are overdue
     * (the monthly charge runs for both months, through the API).
     */
    public static String residentInArrears(String leader, String facility) throws InterruptedException {
        YearMonth twoAgo = YearMonth.from(TODAY).minusMonths(2);
        String ag = AgreementFlowTests.movedIn(leader, facility, ownUnit(facility), twoAgo.atDay(1));
        EgenbetalingFlowTests.run(twoAgo.toString());
        EgenbetalingFlowTests.run(twoAgo.plusMonths(1).toString());
        return ag;
    }

    /** A termination for non-payment as {@code user} proposes it, citing a NON_PAYMENT incident. */
    static Map<String, Object> terminationForArrears(String agreement) {
        String person = SanctionFlowTests.personOf(PROPOSER, agreement);
        String incident = SanctionFlowTests.incident(STAFF, FAC, person, List.of("NON_PAYMENT"), false);
        Map<String, Object> body = SanctionFlowTests.sanction(agreement, "TERMINATION", "NON_PAYMENT", incident);
        // R-SAN-11: the forhåndsvarsel and the resident's statement come before the decision
        body.put("advanceNoticeId", no.kommune.bta.support.AdvanceNotices.ready(PROPOSER, agreement, "TERMINATION", List.of(incident)));
        body.put("writtenGrounds", "Egenbetalingen for to måneder er ikke betalt.");
        body.put("proportionality", "Nedbetalingsplan er tilbudt og ikke fulgt; restansen vokser.");
        return body;
    }

    static Map<String, Object> municipalNotice() {
        return Map.of("givenBy", "MUNICIPALITY", "givenOn", TODAY.toString(), "reason", "Restanse");
    }

    static Map<String, Object> moveOut(String ground) {
        return Map.of("movedOutOn", TODAY.toString(), "destination", "UNKNOWN", "terminationGround", ground);
    }

    /**
     * The agreement runs on: signed, no notice, not ended (ACTIVE, or EXPIRED once its first period's end date has
     * passed, R-AGR-9: the residents here moved in months ago).
     */
    static void assertRunsOn(String agreement) {
        assertRunsOn(PROPOSER, agreement);
    }

    static void assertRunsOn(String user, String agreement) {
        String s = Api.as(user).get("/api/agreements/" + agreement).then().statusCode(200).extract().path("status");
        assertTrue(s.equals("ACTIVE") || s.equals("EXPIRED"), "runs on, but is " + s);
    }

    static String status(String agreement) {
        return Api.as(PROPOSER).get("/api/agreements/" + agreement).then().statusCode(200).extract().path("status");
    }

    static JsonPath controlReport(String facility, String leader) {
        return Api.as(leader).queryParam("facility", facility).queryParam("from", TODAY.minusDays(1).toString())
                .queryParam("to", TODAY.plusDays(1).toString()).get("/api/control-reports").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every side door, tried by the botiltak and by the fagleder who proposed the termination. */
    static void sideDoorsAreShut(String agreement) {
        String base = "/api/agreements/" + agreement;
        for (String user : List.of(STAFF, PROPOSER)) {
            Api.as(user).body(municipalNotice()).post(base + "/notice").then().statusCode(422)
                    .body("type", equalTo(P + "r-san-12-termination-by-decision-only")).body("rule", equalTo("R-SAN-12"))
                    .body("violations.field", hasItem("givenBy")).body("detail", containsString("/api/sanctions"));
            for (String ground : List.of("BREACHES", "ARREARS")) {
                Api.as(user).body(moveOut(ground)).post(base + "/move-out").then().statusCode(422)
                        .body("type", equalTo(P + "r-san-12-termination-ground-needs-decision"))
                        .body("violations.field", hasItem("terminationGround"));
            }
        }
    }

    @Test
    void R_SAN_12_no_side_door_ends_a_bta_as_botiltak_or_as_the_proposer_R_SAN_7_R_AGR_2_R_AGR_8() throws Exception {
        String ag = residentInArrears(PROPOSER, FAC);
        String base = "/api/agreements/" + ag;
        sideDoorsAreShut(ag);
        assertRunsOn(ag);

        String id = Api.as(PROPOSER).body(terminationForArrears(ag)).post("/api/sanctions").then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL")).extract().path("id");
        String sanction = "/api/sanctions/" + id;
        // approval: the botiltak has no say, the proposer is not the second pair of eyes
        Api.as(STAFF).post(sanction + "/approval").then().statusCode(403);
        Api.as(PROPOSER).post(sanction + "/approval").then().statusCode(403).body("type", equalTo(P + "r-san-7-four-eyes"));
        Api.as(STAFF).body(Map.of("notifiedOn", TODAY.toString(), "how", "Lest opp")).post(sanction + "/notification").then()
                .statusCode(409).body("type", equalTo(P + "r-san-7-not-approved"));
        sideDoorsAreShut(ag);
        assertRunsOn(ag);

        Api.as(APPROVER).post(sanction + "/approval").then().statusCode(200).body("status", equalTo("APPROVED"));
        // approved but not yet notified: the decision has not reached the resident, there is no notice
        assertRunsOn(ag);
        sideDoorsAreShut(ag);
        Api.as(STAFF).body(Map.of("notifiedOn", TODAY.minusDays(1).toString(), "how", "Lest opp")).post(sanction + "/notification")
                .then().statusCode(422).body("type", equalTo(P + "r-san-7-notified-before-approval"))
                .body("violations.field", hasItem("notifiedOn"));
        Api.as(STAFF).body(Map.of("notifiedOn", TODAY.toString(), "how", "Vedtaket lest opp og gitt skriftlig"))
                .post(sanction + "/notification").then().statusCode(200).body("status", equalTo("IN_FORCE"));
        Api.as(PROPOSER).get(base).then().body("status", equalTo("NOTICE_GIVEN")).body("notice.givenBy", equalTo("MUNICIPALITY"))
                .body("notice.givenOn", equalTo(TODAY.toString())).body("notice.effectiveOn", equalTo(TODAY.plusDays(14).toString()))
                .body("notice.decisionId", equalTo(id));
        Api.as(STAFF).body(Map.of("notifiedOn", TODAY.plusDays(1).toString(), "how", "Igjen")).post(sanction + "/notification")
                .then().statusCode(409).body("type", equalTo(P + "r-san-7-already-notified"));

        // the appeal: recorded by staff, decided by a fagleder other than the proposer, once
        Api.as(STAFF).body(Map.of("appealedOn", TODAY.toString())).post(sanction + "/appeal").then().statusCode(200)
                .body("status", equalTo("APPEALED"));
        for (String user : List.of(STAFF, PROPOSER)) {
            Api.as(user).body(Map.of("appealedOn", TODAY.toString(), "outcome", "UPHELD")).post(sanction + "/appeal").then()
                    .statusCode(403).body("type", equalTo(P + "r-san-7-appeal-outcome-by-another-fagleder"));
        }
        Api.as(APPROVER).body(Map.of("appealedOn", TODAY.toString(), "outcome", "UPHELD")).post(sanction + "/appeal").then()
                .statusCode(200).body("status", equalTo("IN_FORCE"));
        Api.as(APPROVER).body(Map.of("appealedOn", TODAY.toString(), "outcome", "REVERSED")).post(sanction + "/appeal").then()
                .statusCode(409).body("type", equalTo(P + "r-san-7-appeal-already-decided"));

        // the move-out records the ground the decision gives, and no other
        Api.as(STAFF).body(moveOut("BREACHES")).post(base + "/move-out").then().statusCode(422)
                .body("type", equalTo(P + "r-san-12-termination-ground-needs-decision"))
                .body("detail", containsString("restanse"));
        Api.as(STAFF).body(moveOut("ARREARS")).post(base + "/move-out").then().statusCode(200)
                .body("status", equalTo("ENDED")).body("moveOut.terminationGround", equalTo("ARREARS"));

        // R-SAN-10: the control report lists the termination with the decision behind it
        JsonPath report = controlReport(FAC, PROPOSER);
        Map<String, Object> listed = report.getMap("agreementTerminations.find { it.agreementId == '" + ag + "' }");
        assertEquals("ARREARS", listed.get("terminationGround"), report.prettify());
        assertEquals(TODAY.toString(), listed.get("noticeGivenOn"));
        assertEquals(TODAY.toString(), listed.get("movedOutOn"));
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) listed.get("decision");
        assertEquals(id, decision.get("sanctionId"));
        assertEquals("NON_PAYMENT", decision.get("ground"));
        assertEquals(StaffNames.of(APPROVER), decision.get("approvedBy"));
        assertTrue(decision.get("approvedAt") != null);
        assertEquals(TODAY.toString(), decision.get("notifiedOn"));
        assertEquals("UPHELD", decision.get("appealOutcome"));
        String person = SanctionFlowTests.personOf(PROPOSER, ag);
        assertFalse(report.getList("flags.findAll { it.flag == 'TERMINATION_WITHOUT_DECISION' }.personId").contains(person));
    }

    @Test
    void R_SAN_12_a_termination_reversed_on_appeal_withdraws_its_notice_and_the_timeline_says_why() throws Exception {
        String ag = residentInArrears(PROPOSER, FAC);
        String base = "/api/agreements/" + ag;
        String id = Api.as(PROPOSER).body(terminationForArrears(ag)).post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(APPROVER).post("/api/sanctions/" + id + "/approval").then().statusCode(200);
        Api.as(STAFF).body(Map.of("notifiedOn", TODAY.toString(), "how", "Gitt skriftlig")).post("/api/sanctions/" + id + "/notification")
                .then().statusCode(200);
        assertEquals("NOTICE_GIVEN", status(ag));
        long events = Db.query("SELECT id FROM change_event WHERE type = 'NOTICE_WITHDRAWN' AND ids->>'agreementId' = ?", ag).size();
        assertEquals(0, events);

        Api.as(APPROVER).body(Map.of("appealedOn", TODAY.toString(), "outcome", "REVERSED", "outcomeOn", TODAY.toString()))
                .post("/api/sanctions/" + id + "/appeal").then().statusCode(200).body("status", equalTo("REVERSED"));
        Api.as(PROPOSER).get(base).then().body("status", org.hamcrest.Matchers.oneOf("ACTIVE", "EXPIRED")).body("notice", nullValue())
                .body("timeline.type", hasItem("NOTICE_WITHDRAWN"))
                .body("timeline.find { it.type == 'NOTICE_WITHDRAWN' }.summary", containsString("omgjort etter klage"));
        assertEquals(1, Db.query("SELECT id FROM change_event WHERE type = 'NOTICE_WITHDRAWN' AND ids->>'agreementId' = ?", ag).size());
        // with the decision gone, no step records a termination, and the report lists none
        sideDoorsAreShut(ag);
        assertTrue(controlReport(FAC, PROPOSER).getList("agreementTerminations.agreementId").stream().noneMatch(ag::equals));
        // the resident may still leave of their own accord
        Api.as(STAFF).body(Map.of("givenBy", "RESIDENT", "givenOn", TODAY.toString(), "reason", "Flytter til familie"))
                .post(base + "/notice").then().statusCode(200).body("notice.givenBy", equalTo("RESIDENT"))
                .body("notice.decisionId", nullValue());
    }

    @Test
    void R_SAN_10_the_control_report_lists_every_termination_and_flags_one_with_no_decision_behind_it() throws Exception {
        // records from before the rule (or moved over from elsewhere) are listed too, and flagged for the auditor
        String ag = AgreementFlowTests.movedIn(PROPOSER, FAC, ownUnit(FAC), TODAY);
        Db.update("""
                UPDATE agreement SET notice_given_on = ?, notice_by = 'MUNICIPALITY', notice_reason = 'Gammel oppsigelse',
                       notice_effective_on = ? WHERE id = ?::uuid""", TODAY, TODAY.plusDays(14), ag);
        String person = SanctionFlowTests.personOf(PROPOSER, ag);
        JsonPath report = controlReport(FAC, PROPOSER);
        Map<String, Object> listed = report.getMap("agreementTerminations.find { it.agreementId == '" + ag + "' }");
        assertEquals("MUNICIPALITY", listed.get("noticeBy"), report.prettify());
        assertEquals(null, listed.get("decision"));
        assertTrue(report.getList("flags.findAll { it.flag == 'TERMINATION_WITHOUT_DECISION' }.personId").contains(person));
        String csv = Api.as(PROPOSER).accept("text/csv").queryParam("facility", FAC).queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).queryParam("format", "csv").get("/api/control-reports").then().statusCode(200)
                .extract().asString();
        String today = TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String effective = TODAY.plusDays(14).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(csv.contains("\nAvtale sagt opp;" + today + ";"), csv);
        assertTrue(csv.contains(";;Uten vedtak;Uten vedtak – oppsagt av kommunen, gjelder fra " + effective + "\n"), csv);
        assertFalse(csv.contains(person) || csv.contains(ag), "no ids in the file for its readers: " + csv);
        byte[] pdf = Api.as(PROPOSER).accept("application/pdf").queryParam("facility", FAC).queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).queryParam("format", "pdf").get("/api/control-reports").then().statusCode(200)
                .extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Gjennomførte oppsigelser og vedtakene bak dem"), text);
            assertTrue(text.contains("Uten vedtak"), text);
            assertTrue(text.contains(SanctionTexts.TERMINATION_WITHOUT_DECISION), text);
        }
        // the internal control sees it too, in every facility's report together
        Api.as("kontroll1").queryParam("facility", "alle").queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                .get("/api/control-reports").then().statusCode(200)
                .body("agreementTerminations.agreementId", hasItem(ag))
                .body("flags.flag", hasItem("TERMINATION_WITHOUT_DECISION"));
    }

    @Test
    void R_SAN_5_a_termination_for_non_payment_needs_arrears_in_the_ledger_from_the_threshold() throws Exception {
        // moved in on the 16th two months ago: that month's part is below the threshold (kr 5 000), both months above
        YearMonth twoAgo = YearMonth.from(TODAY).minusMonths(2);
        String ag = AgreementFlowTests.movedIn(PROPOSER, FAC, ownUnit(FAC), twoAgo.atDay(16));
        // a month another test ran before this move-in was recorded is charged at once (R-PAY-7): start this
        // resident's ledger empty, as if no run had come yet
        Db.update("DELETE FROM charge WHERE agreement_id = ?::uuid", ag);
        Map<String, Object> body = terminationForArrears(ag);
        // a NON_PAYMENT incident alone: no arrears in the ledger
        Api.as(PROPOSER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-5-termination-needs-arrears")).body("rule", equalTo("R-SAN-5"))
                .body("violations.field", hasItem("ground")).body("detail", containsString("kr 0,00"));
        EgenbetalingFlowTests.run(twoAgo.toString());
        long part = overdue(ag);
        assertTrue(part > 0 && part < 500_000, "part of a month: " + part);
        Api.as(PROPOSER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-5-termination-needs-arrears")).body("detail", containsString("kr 5 000,00"));
        EgenbetalingFlowTests.run(twoAgo.plusMonths(1).toString());
        long arrears = overdue(ag);
        assertEquals(part + 500_000, arrears);
        String id = Api.as(PROPOSER).body(body).post("/api/sanctions").then().statusCode(201)
                .body("arrearsOre", equalTo((int) arrears))
                .body("arrearsMonths", equalTo(List.of(twoAgo.toString(), twoAgo.plusMonths(1).toString())))
                .extract().path("id");
        Api.as(STAFF).get("/api/sanctions/" + id).then().statusCode(200).body("arrearsOre", equalTo((int) arrears));
        // a warning on another ground states no arrears
        String person = SanctionFlowTests.personOf(PROPOSER, ag);
        String noise = SanctionFlowTests.incident(STAFF, FAC, person, List.of("NOISE_AND_DISTURBANCE"), false);
        Api.as(STAFF).body(SanctionFlowTests.sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE", noise)).post("/api/sanctions")
                .then().statusCode(201).body("arrearsOre", nullValue()).body("arrearsMonths", nullValue());
    }

    static long overdue(String agreement) {
        return ((Number) Api.as("okonomi1").get("/api/agreements/" + agreement + "/ledger").then().statusCode(200)
                .extract().path("overdueOre")).longValue();
    }

    @Test
    void R_FAC_2_incidents_and_sanctions_cite_the_rules_version_on_the_residents_agreement() {
        String fac = "osloveien-155", leader = "osloveien155-leder";
        String a = AgreementFlowTests.movedIn(leader, fac, ownUnit(fac), TODAY.minusDays(10));
        int signedByA = Api.as(leader).get("/api/agreements/" + a).then().extract().path("rulesVersion");
        // the next version drops house rule 10 and adds rule 11; A keeps the version A signed
        JsonPath rules = Api.as(leader).get("/api/facilities/" + fac + "/house-rules").then().statusCode(200).extract().jsonPath();
        int current = rules.getInt("currentVersion");
        assertEquals(signedByA, current);
        List<Map<String, Object>> house = new ArrayList<>(rules.getList("versions.find { it.version == " + current + " }.houseRules"));
        assertTrue(house.removeIf(r -> ((Number) r.get("number")).intValue() == 10), "version " + current + " has rule 10");
        house.add(Map.of("number", 11, "text", "Sykler settes i sykkelboden."));
        List<Map<String, Object>> hms = rules.getList("versions.find { it.version == " + current + " }.hmsRules");
        Api.as(leader).body(Map.of("basedOnVersion", current, "validFrom", TODAY.toString(), "houseRules", house, "hmsRules", hms))
                .post("/api/facilities/" + fac + "/house-rules").then().statusCode(201);
        String b = AgreementFlowTests.movedIn(leader, fac, ownUnit(fac), TODAY);
        Api.as(leader).get("/api/agreements/" + b).then().body("rulesVersion", equalTo(current + 1));
        String personA = SanctionFlowTests.personOf(leader, a), personB = SanctionFlowTests.personOf(leader, b);

        // rule 10 is in the version A signed, though no longer in force; rule 11 is not
        incident(leader, fac, List.of(personA), List.of(10)).then().statusCode(201).body("rulesVersion", equalTo(current));
        incident(leader, fac, List.of(personA), List.of(1, 11)).then().statusCode(422)
                .body("type", equalTo(P + "r-fac-2-rule-not-in-signed-version")).body("rule", equalTo("R-FAC-2"))
                .body("violations.field", hasItem("ruleNumbers[1]")).body("detail", containsString("versjon " + current));
        // B signed the new version: 11 yes, 10 no
        incident(leader, fac, List.of(personB), List.of(11)).then().statusCode(201).body("rulesVersion", equalTo(current + 1));
        incident(leader, fac, List.of(personB), List.of(10)).then().statusCode(422).body("violations.field", hasItem("ruleNumbers[0]"));
        // both involved: a number must be in each one's version
        incident(leader, fac, List.of(personA, personB), List.of(1, 10)).then().statusCode(422)
                .body("type", equalTo(P + "r-fac-2-rule-not-in-signed-version")).body("violations.field", hasItem("ruleNumbers[1]"))
                .body("detail", containsString("versjon " + (current + 1)));
        incident(leader, fac, List.of(personA, personB), List.of(1)).then().statusCode(201);

        // a sanction cites incidents by the version on the agreement it is given on: A's incident citing rule 10 serves
        // a warning on A's agreement, and not one on A's next agreement, signed under the new version
        String houseRule = incident(leader, fac, List.of(personA), List.of(10), List.of("HOUSE_RULE_BREACH")).then().statusCode(201)
                .extract().path("id");
        Api.as(leader).body(SanctionFlowTests.sanction(a, "ORAL_WARNING", "HOUSE_RULE_BREACH", houseRule)).post("/api/sanctions")
                .then().statusCode(201);
        Api.as(leader).body(Map.of("movedOutOn", TODAY.toString(), "destination", "TREATMENT", "terminationGround", "NONE"))
                .post("/api/agreements/" + a + "/move-out").then().statusCode(200);
        UUID again = AgreementFlowTests.decidedIntake(UUID.fromString(personA), fac, ownUnit(fac), TODAY, TODAY);
        String next = AgreementFlowTests.movedIn(leader, again, TODAY);
        Api.as(leader).get("/api/agreements/" + next).then().body("rulesVersion", equalTo(current + 1));
        Api.as(leader).body(SanctionFlowTests.sanction(next, "ORAL_WARNING", "HOUSE_RULE_BREACH", houseRule)).post("/api/sanctions")
                .then().statusCode(422).body("type", equalTo(P + "r-fac-2-rule-not-in-signed-version"))
                .body("violations.field", hasItem("incidentIds[0]")).body("detail", containsString("regel 10"));
    }

    static io.restassured.response.Response incident(String user, String facility, List<String> persons, List<Integer> rules) {
        return incident(user, facility, persons, rules, List.of("HMS_BREACH"));
    }

    static io.restassured.response.Response incident(String user, String facility, List<String> persons, List<Integer> rules,
                                                     List<String> categories) {
        return Api.as(user).body(Map.of("facilityId", facility, "occurredAt", java.time.Instant.now().minusSeconds(600).toString(),
                        "personIds", persons, "categories", categories, "ruleNumbers", rules, "description", "Brudd på husordensreglene"))
                .post("/api/incidents");
    }
}
