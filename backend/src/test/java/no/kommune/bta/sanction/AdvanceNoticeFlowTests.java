package no.kommune.bta.sanction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.AdvanceNotices;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Due process before an exclusion or a termination (R-SAN-11), the exclusion's start (R-SAN-7) and the letters the
 * resident receives, through the API with real tokens at Osloveien 155 (BTA) and Valøyveien 9 (tenancy).
 */
@QuarkusTest
class AdvanceNoticeFlowTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String SITE = "osloveien-155";
    static final String LEDER = "osloveien155-leder";
    static final String LEDER2 = "osloveien155-leder2";
    static final DateTimeFormatter NB = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Units of their own at Osloveien 155 (the other tests fill the five rooms). */
    @BeforeAll
    static void units() {
        for (int i = 1; i <= 6; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("due-process-" + i).getBytes()), SITE, "Vedtakstest " + i);
        }
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    static String resident() {
        return AgreementFlowTests.movedIn(LEDER, SITE, SanctionFlowTests.vacant(SITE), TODAY);
    }

    static String incident(String agreement, String category, String description) {
        String person = SanctionFlowTests.personOf(LEDER, agreement);
        return Api.as(LEDER).body(Map.of("facilityId", SITE, "occurredAt", java.time.Instant.now().minusSeconds(3600).toString(),
                        "personIds", List.of(person), "categories", List.of(category), "serious", true,
                        "description", description, "ruleNumbers", List.of(1)))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> exclusion(String agreement, String ground, List<String> incidents, LocalDate altTo) {
        Map<String, Object> body = SanctionFlowTests.sanction(agreement, "EXCLUSION", ground, incidents.get(0));
        body.put("incidentIds", incidents);
        body.put("exclusionFrom", TODAY.toString());
        body.put("writtenGrounds", "Truet en ansatt med kniv på kjøkkenet.");
        body.put("proportionality", "Faren for ansatte og beboere veier tyngst; en advarsel er ikke nok.");
        // SanctionFlowTests' control report expects every exclusion at Osloveien 155 to name this place
        body.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.toString(),
                "to", altTo.toString()));
        return body;
    }

    static String fmt(LocalDate d) {
        return NB.format(d);
    }

    /** The PDF's text with every run of white space (line breaks too) as one space. */
    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
        }
    }

    @Test
    void R_SAN_11_an_exclusion_needs_a_forhandsvarsel_whose_statement_is_recorded_and_that_cites_every_incident() {
        String ag = resident();
        String knife = incident(ag, "VIOLENCE_OR_THREATS", "Truet en ansatt med kniv.");
        String later = incident(ag, "VIOLENCE_OR_THREATS", "Truet en beboer i gangen.");
        Map<String, Object> body = exclusion(ag, "VIOLENCE_OR_THREATS", List.of(knife), TODAY.plusDays(4));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-advance-notice-missing")).body("rule", equalTo("R-SAN-11"))
                .body("violations.field", hasItem("advanceNoticeId"));

        // the forhåndsvarsel, with three days to answer
        String notice = AdvanceNotices.sent(LEDER, ag, "EXCLUSION", List.of(knife), TODAY.plusDays(3));
        Api.as(LEDER).get("/api/advance-notices/" + notice).then().statusCode(200)
                .body("status", equalTo("AWAITING_STATEMENT")).body("type", equalTo("EXCLUSION"))
                .body("incidentIds", equalTo(List.of(knife))).body("sanctionIds", equalTo(List.of()));
        body.put("advanceNoticeId", notice);
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-statement-pending")).body("detail", org.hamcrest.Matchers.containsString(
                        fmt(TODAY.plusDays(3))));
        // "none came" only after the deadline; then the statement, once
        Api.as(LEDER).body(Map.of("noneReceived", true)).post("/api/advance-notices/" + notice + "/statement").then()
                .statusCode(422).body("type", equalTo(P + "r-san-11-deadline-not-passed"));
        Api.as(LEDER).body(Map.of("receivedOn", TODAY.minusDays(1).toString(), "text", "x"))
                .post("/api/advance-notices/" + notice + "/statement").then().statusCode(422)
                .body("violations.field", hasItem("receivedOn"));
        Api.as(LEDER).body(Map.of("receivedOn", TODAY.toString(), "text", "Jeg var redd og angrer. Jeg vil bli boende."))
                .post("/api/advance-notices/" + notice + "/statement").then().statusCode(200)
                .body("status", equalTo("STATEMENT_RECEIVED")).body("statement.recordedBy", equalTo(StaffNames.of(LEDER)));
        Api.as(LEDER2).body(Map.of("noneReceived", true)).post("/api/advance-notices/" + notice + "/statement").then()
                .statusCode(409).body("type", equalTo(P + "r-san-11-statement-already-recorded"));

        // the decision rests only on what the resident could answer
        body.put("incidentIds", List.of(knife, later));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-incident-not-in-advance-notice"))
                .body("violations.field", hasItem("incidentIds[1]"));
        body.put("incidentIds", List.of(knife));
        // R-SAN-7: an exclusion starts no earlier than its approval, so not before today
        body.put("exclusionFrom", TODAY.minusDays(1).toString());
        body.put("alternativeAccommodation", Map.of("place", "Hospits", "from", TODAY.minusDays(1).toString(),
                "to", TODAY.plusDays(4).toString()));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("violations.field", hasItem("exclusionFrom"));
        body.put("exclusionFrom", TODAY.toString());
        String id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201)
                .body("advanceNoticeId", equalTo(notice)).extract().path("id");
        Api.as(LEDER).get("/api/agreements/" + ag + "/advance-notices").then().statusCode(200)
                .body("[0].id", equalTo(notice)).body("[0].sanctionIds", equalTo(List.of(id)));

        // a forhåndsvarsel of another measure, or on another agreement, is no forhåndsvarsel for this one
        String termination = AdvanceNotices.ready(LEDER, ag, "TERMINATION", List.of(knife));
        body.put("advanceNoticeId", termination);
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-advance-notice-missing"));
        body.put("advanceNoticeId", AdvanceNotices.ready(LEDER, SanctionFlowTests.sharedAgreement(), "EXCLUSION",
                List.of(SanctionFlowTests.incident(LEDER, SITE, SanctionFlowTests.personOf(LEDER, SanctionFlowTests.sharedAgreement()),
                        List.of("VIOLENCE_OR_THREATS"), true))));
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-advance-notice-missing"));
    }

    @Test
    void R_SAN_11_only_an_exclusion_for_violence_or_threats_may_be_urgent_without_a_forhandsvarsel() {
        String ag = resident();
        String drugs = incident(ag, "SUBSTANCE_USE", "Røykte hasj på rommet.");
        Map<String, Object> substance = exclusion(ag, "SUBSTANCE_USE", List.of(drugs), TODAY.plusDays(4));
        substance.put("urgent", true);
        Api.as(LEDER).body(substance).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-urgent-only-for-violence-or-threats")).body("violations.field", hasItem("urgent"));
        Map<String, Object> threat = exclusion(ag, "VIOLENCE_OR_THREATS", List.of(incident(ag, "VIOLENCE_OR_THREATS", "Slo en ansatt.")),
                TODAY.plusDays(4));
        threat.put("urgent", true);
        Api.as(LEDER).body(threat).post("/api/sanctions").then().statusCode(201).body("urgent", equalTo(true));
        // a tenancy has no exclusion and no termination of its own: the owner terminates under husleieloven
        String lease = AgreementFlowTests.movedIn("valoya-leder", "valoyveien-9", SanctionFlowTests.vacant("valoyveien-9"), TODAY);
        String noise = SanctionFlowTests.incident("valoya-leder", "valoyveien-9", SanctionFlowTests.personOf("valoya-leder", lease),
                List.of("NOISE_AND_DISTURBANCE"), false);
        Api.as("valoya-leder").body(Map.of("type", "TERMINATION", "incidentIds", List.of(noise), "description", "x",
                        "sentOn", TODAY.toString(), "deliveredHow", "Personlig", "statementDeadline", TODAY.plusDays(7).toString()))
                .post("/api/agreements/" + lease + "/advance-notices").then().statusCode(422)
                .body("type", equalTo(P + "r-san-6-not-lawful-in-tenancy"));
        // staff of another facility do not see the forhåndsvarsel
        String notice = AdvanceNotices.sent(LEDER, ag, "EXCLUSION", List.of(drugs), TODAY.plusDays(3));
        Api.as("valoya-leder").get("/api/advance-notices/" + notice).then().statusCode(404);
        Api.as("valoya-leder").get("/api/advance-notices/" + notice + "/letter.pdf").then().statusCode(404);
        Api.as("valoya-leder").body(Map.of("noneReceived", true)).post("/api/advance-notices/" + notice + "/statement").then()
                .statusCode(404);
        Api.as(LEDER).body(Map.of("type", "EXCLUSION", "incidentIds", List.of(drugs), "description", "x",
                        "sentOn", TODAY.toString(), "deliveredHow", "Personlig", "statementDeadline", TODAY.minusDays(1).toString()))
                .post("/api/agreements/" + ag + "/advance-notices").then().statusCode(422)
                .body("violations.field", hasItem("statementDeadline"));
    }

    @Test
    void R_SAN_11_a_termination_may_be_proposed_once_the_deadline_has_passed_and_its_letter_says_none_came() throws Exception {
        String ag = resident();
        String breach = incident(ag, "HOUSE_RULE_BREACH", "Knuste vinduet i fellesstua.");
        Api.as(LEDER).body(SanctionFlowTests.sanction(ag, "WRITTEN_WARNING", "SERIOUS_BREACH", breach)).post("/api/sanctions")
                .then().statusCode(201);
        String notice = AdvanceNotices.sent(LEDER, ag, "TERMINATION", List.of(breach), TODAY);
        Map<String, Object> body = SanctionFlowTests.sanction(ag, "TERMINATION", "SERIOUS_REPEATED_BREACHES", breach);
        body.put("advanceNoticeId", notice);
        body.put("writtenGrounds", "Gjentatte og alvorlige brudd etter skriftlig advarsel.");
        body.put("proportionality", "Advarsler er prøvd; tryggheten i huset veier tyngst.");
        Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(422)
                .body("type", equalTo(P + "r-san-11-statement-pending"));
        String id;
        TestClock.advanceDays(1);
        try {
            Api.as(LEDER).get("/api/advance-notices/" + notice).then().body("status", equalTo("DEADLINE_PASSED"));
            id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201).extract().path("id");
            Api.as(LEDER).body(Map.of("noneReceived", true)).post("/api/advance-notices/" + notice + "/statement").then()
                    .statusCode(200).body("status", equalTo("NO_STATEMENT")).body("statement.noneReceived", equalTo(true));
        } finally {
            TestClock.reset();
        }
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(200);
        Api.as(LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Gitt personlig")).post("/api/sanctions/" + id + "/notification")
                .then().statusCode(200);
        // the termination's effective date follows the notice date: the agreement's notice period from the notice
        String effective = Api.as(LEDER).get("/api/agreements/" + ag).then().extract().path("notice.effectiveOn");
        assertEquals(TODAY.plusDays(14).toString(), effective);
        String letter = text(Api.as(LEDER).get("/api/sanctions/" + id + "/decision.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertTrue(letter.contains("Vedtak om oppsigelse av bo- og tjenesteavtalen"), letter);
        assertTrue(letter.contains("Du må flytte ut senest " + fmt(TODAY.plusDays(14))), letter);
        assertTrue(letter.contains("Avtalen avsluttes " + fmt(TODAY.plusDays(14))), letter);
        assertTrue(letter.contains("Vi mottok ingen uttalelse fra deg innen fristen."), letter);
        assertTrue(letter.contains("alvorlige og gjentatte brudd på avtalen"), letter);
    }

    @Test
    void R_SAN_7_an_exclusion_approved_late_moves_to_the_approval_day_or_is_refused_when_the_alternative_does_not_cover_it() {
        String ag = resident();
        Map<String, Object> covered = exclusion(ag, "VIOLENCE_OR_THREATS", List.of(incident(ag, "VIOLENCE_OR_THREATS", "Truet en ansatt.")),
                TODAY.plusDays(10));
        covered.put("urgent", true);
        String moved = Api.as(LEDER).body(covered).post("/api/sanctions").then().statusCode(201)
                .body("exclusionTo", equalTo(TODAY.plusDays(4).toString())).extract().path("id");
        Map<String, Object> exact = exclusion(ag, "VIOLENCE_OR_THREATS", List.of(incident(ag, "VIOLENCE_OR_THREATS", "Truet en beboer.")),
                TODAY.plusDays(4));
        exact.put("urgent", true);
        String refused = Api.as(LEDER).body(exact).post("/api/sanctions").then().statusCode(201).extract().path("id");
        TestClock.advanceDays(2);
        try {
            Api.as(LEDER2).post("/api/sanctions/" + moved + "/approval").then().statusCode(200)
                    .body("exclusionFrom", equalTo(TODAY.plusDays(2).toString()))
                    .body("exclusionTo", equalTo(TODAY.plusDays(6).toString()));
            Api.as(LEDER2).post("/api/sanctions/" + refused + "/approval").then().statusCode(409)
                    .body("type", equalTo(P + "r-san-7-exclusion-before-approval")).body("rule", equalTo("R-SAN-7"));
        } finally {
            TestClock.reset();
        }
        Api.as(LEDER).get("/api/sanctions/" + refused).then().body("status", equalTo("AWAITING_APPROVAL"))
                .body("exclusionFrom", equalTo(TODAY.toString()));
    }

    @Test
    void R_SAN_11_the_decision_letter_and_the_forhandsvarsel_state_every_part_the_law_requires() throws Exception {
        String ag = resident();
        String knife = incident(ag, "VIOLENCE_OR_THREATS", "Truet nattevakten med en kjøkkenkniv.");
        String notice = AdvanceNotices.sent(LEDER, ag, "EXCLUSION", List.of(knife), TODAY.plusDays(3));
        Api.as(LEDER).body(Map.of("receivedOn", TODAY.toString(), "text", "Jeg husker lite, men jeg angrer."))
                .post("/api/advance-notices/" + notice + "/statement").then().statusCode(200);
        Map<String, Object> body = exclusion(ag, "VIOLENCE_OR_THREATS", List.of(knife), TODAY.plusDays(4));
        body.put("advanceNoticeId", notice);
        String id = Api.as(LEDER).body(body).post("/api/sanctions").then().statusCode(201).extract().path("id");
        // before approval the letter is a draft
        assertTrue(text(Api.as(LEDER).get("/api/sanctions/" + id + "/decision.pdf").then().statusCode(200).extract().asByteArray())
                .contains("UTKAST"));
        Api.as(LEDER2).post("/api/sanctions/" + id + "/approval").then().statusCode(200);
        Api.as(LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", "Lest opp og gitt skriftlig"))
                .post("/api/sanctions/" + id + "/notification").then().statusCode(200);
        int signed = Api.as(LEDER).get("/api/agreements/" + ag).then().extract().path("rulesVersion");
        String givenName = (String) Db.query("SELECT p.given_name FROM agreement a JOIN person p ON p.id = a.person_id "
                + "WHERE a.id = ?::uuid", ag).get(0).get("given_name");

        // a newer version of the house rules after the resident signed: the letters cite the one they signed
        UUID newer = UUID.randomUUID();
        Db.update("INSERT INTO house_rules_version (id, facility_id, version, valid_from, created_by) "
                + "SELECT ?::uuid, ?, max(version) + 1, ?, 'test' FROM house_rules_version WHERE facility_id = ?", newer.toString(), SITE,
                TODAY, SITE);
        Db.update("INSERT INTO house_rule (rules_version_id, category, number, text) VALUES (?::uuid, 'HOUSE', 1, 'NY REGEL SOM BEBOEREN IKKE HAR SIGNERT')",
                newer.toString());
        String letter, warning;
        try {
            letter = text(Api.as(LEDER).get("/api/sanctions/" + id + "/decision.pdf").then().statusCode(200)
                    .contentType("application/pdf").header("Content-Disposition", org.hamcrest.Matchers.matchesPattern("inline; filename=\"Vedtak om [a-zø ]+ "
                            + givenName + " [^\"]+ \\d{4}-\\d{2}-\\d{2}\\.pdf\"; filename\\*=UTF-8''Vedtak%20om%20[^\" ]+\\.pdf"))
                    .extract().asByteArray());
            warning = text(Api.as(LEDER2).get("/api/advance-notices/" + notice + "/letter.pdf").then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray());
        } finally {
            Db.update("DELETE FROM house_rules_version WHERE id = ?::uuid", newer.toString());
        }

        // the plain-language first page
        assertTrue(letter.startsWith("Dette betyr vedtaket for deg"), letter);
        assertTrue(letter.contains("Du kan ikke bo i "), letter);
        assertTrue(letter.contains("I denne tiden skal du bo her: Hospits."), letter);
        // the decision, its dates and where the resident stays (fvl § 24-25)
        assertTrue(letter.contains("Vedtak om bortvisning"), letter);
        assertTrue(letter.contains("Til: " + givenName), letter);
        assertTrue(letter.contains("fra " + fmt(TODAY) + " til og med " + fmt(TODAY.plusDays(4))), letter);
        assertTrue(letter.contains("Under bortvisningen bor du her: Hospits (sikret fra " + fmt(TODAY) + " til " + fmt(TODAY.plusDays(4)) + ")"), letter);
        assertTrue(letter.contains("Godkjent: " + fmt(TODAY)), letter);
        // the facts, the rules broken in the version the resident signed, the ground
        assertTrue(letter.contains("Truet nattevakten med en kjøkkenkniv."), letter);
        assertTrue(letter.contains("Husordensreglene i versjon " + signed + ", den versjonen du skrev under på"), letter);
        assertTrue(letter.contains("Regel 1: Vold og trusler mot ansatte, andre beboere eller besøkende godtas ikke."), letter);
        assertFalse(letter.contains("NY REGEL SOM BEBOEREN IKKE HAR SIGNERT"), letter);
        assertTrue(letter.contains("vold eller trusler mot personalet, andre beboere eller besøkende"), letter);
        // the forhåndsvarsel and the statement, the grounds and the proportionality assessment
        assertTrue(letter.contains("Du fikk forhåndsvarsel " + fmt(TODAY) + " (Gitt personlig og lest opp), med frist til "
                + fmt(TODAY.plusDays(3))), letter);
        assertTrue(letter.contains("«Jeg husker lite, men jeg angrer.»"), letter);
        assertTrue(letter.contains("Begrunnelse Truet en ansatt med kniv på kjøkkenet."), letter);
        assertTrue(letter.contains("Vurdering av forholdsmessighet Faren for ansatte og beboere veier tyngst"), letter);
        // the appeal: the right, the deadline three weeks from notice, where to send it, postponed execution (§§ 27-29, 42)
        assertTrue(letter.contains("Du har rett til å klage på vedtaket (forvaltningsloven § 28)"), letter);
        assertTrue(letter.contains("fristen går ut " + fmt(TODAY.plusWeeks(3))), letter);
        assertTrue(letter.contains("Send klagen til: fagleder ved Osloveien 155, EPHOR. Du kan levere den til personalet"), letter);
        assertTrue(letter.contains("kommunens klagenemnd"), letter);
        assertTrue(letter.contains("(§ 42)"), letter);
        // the right to see the case documents (§ 18)
        assertTrue(letter.contains("Du har rett til å se dokumentene i saken din (forvaltningsloven §§ 18 og 19)"), letter);
        assertTrue(letter.contains("Godkjent av " + StaffNames.of(LEDER2)), letter);
        assertFalse(letter.contains(LEDER), "staff by name, not by account: " + letter);
        assertFalse(letter.contains("UTKAST"), letter);

        // the forhåndsvarsel's letter (fvl § 16)
        assertTrue(warning.startsWith("Dette betyr brevet for deg"), warning);
        assertTrue(warning.contains("Vi vurderer å bortvise deg fra"), warning);
        assertTrue(warning.contains("Ingenting er bestemt ennå."), warning);
        assertTrue(warning.contains("Forhåndsvarsel om mulig vedtak om bortvisning"), warning);
        assertTrue(warning.contains("Vi vurderer bortvisning etter hendelsene det vises til."), warning);
        assertTrue(warning.contains("Truet nattevakten med en kjøkkenkniv."), warning);
        assertTrue(warning.contains("Regel 1: Vold og trusler mot ansatte"), warning);
        assertFalse(warning.contains("NY REGEL SOM BEBOEREN IKKE HAR SIGNERT"), warning);
        assertTrue(warning.contains("(forvaltningsloven § 16). Fristen er " + fmt(TODAY.plusDays(3))), warning);
        assertTrue(warning.contains("forvaltningsloven §§ 18 og 19"), warning);

        // both reads are in the access log with the resident
        String person = SanctionFlowTests.personOf(LEDER, ag);
        for (String op : List.of("getDecisionLetter", "getAdvanceNoticeLetter")) {
            assertFalse(Db.query("SELECT 1 FROM access_log WHERE operation = ? AND person_id = ?::uuid AND outcome = 200", op, person)
                    .isEmpty(), op);
        }
        // a warning is no individual decision and has no decision letter
        String warned = Api.as(LEDER).body(SanctionFlowTests.sanction(ag, "ORAL_WARNING", "NOISE_AND_DISTURBANCE",
                incident(ag, "NOISE_AND_DISTURBANCE", "Spilte høy musikk om natten."))).post("/api/sanctions").then().statusCode(201)
                .extract().path("id");
        Api.as(LEDER).get("/api/sanctions/" + warned + "/decision.pdf").then().statusCode(409)
                .body("type", equalTo(P + "r-san-11-not-a-decision"));
        Api.as("bakklandet-leder").get("/api/sanctions/" + id + "/decision.pdf").then().statusCode(404);
    }
}
