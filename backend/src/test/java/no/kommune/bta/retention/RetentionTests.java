package no.kommune.bta.retention;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import no.kommune.bta.egenbetaling.EgenbetalingFlowTests;
import no.kommune.bta.reporting.StatisticsDb;
import no.kommune.bta.retention.PersonalData.Owner;
import no.kommune.bta.retention.PersonalData.Rule;
import no.kommune.bta.retention.PersonalData.Treatment;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import no.kommune.bta.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-5 (M30): after the retention period a person's identifying data and every free text and health datum about
 * them is gone from every table, and the statistics are the same. One person is taken through every flow that
 * stores text about them (applications withdrawn, rejected, declined and decided, a voided draft, a tenancy with a
 * referral case, a BTA stay with follow-up, assessments, incidents, a forhåndsvarsel and statement, an exclusion
 * with appeal, an entry into the unit, notice, deposit, a refund), the clock is moved past the period, and every
 * text, json and text-array column of the database is searched for their name, number and a unique phrase from
 * each free text. Runs in the statistics database (its own history; the retention run forgets everyone due there).
 */
@QuarkusTest
@TestProfile(StatisticsDb.class)
class RetentionTests {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final LocalDate TODAY = LocalDate.now(OSLO);
    static final String BTA = "osloveien-155";
    static final String BTA_LEDER = "osloveien155-leder";
    static final String BTA_LEDER2 = "osloveien155-leder2";
    static final String LEASE = "valoyveien-9";
    static final String LEASE_STAFF = "valoya1";
    static final String LEASE_LEDER = "valoya-leder";
    static final String WOMEN_ONLY = "gamle-oslovei-93";
    /** Past the five-year period, and past the appeal deadline of a decision notified today. */
    static final int YEARS_LATER = 1900;

    /** Letters only, so that it can be part of a name; unique to one run. */
    static String tag() {
        Random r = new Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) s.append((char) ('a' + r.nextInt(26)));
        return s.toString();
    }

    static UUID unit(String facility, String label) {
        UUID id = UUID.nameUUIDFromBytes(("retention-" + facility + "-" + label).getBytes());
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                id, facility, label);
        return id;
    }

    /** Everything one person writes: their name, number, contact data and a numbered phrase per free text. */
    static final class Writer {
        final String tag = tag();
        final List<String> phrases = new ArrayList<>();
        final String given = "Sletta" + tag;
        final String family = "Glemsen" + tag;
        final String nationalId = People.syntheticNumber(LocalDate.of(1990, 6, 15), "MALE");

        String phrase(String what) {
            String p = what + " " + tag + "-" + phrases.size();
            phrases.add(p);
            return p;
        }

        List<String> needles() {
            List<String> n = new ArrayList<>(phrases);
            n.addAll(List.of(given, family, nationalId));
            return n;
        }
    }

    // ---------------------------------------------------------------- the registry

    @Test
    void R_ACC_5_every_text_and_json_column_of_every_table_has_a_rule_in_PersonalData() {
        Map<String, Integer> listed = new TreeMap<>();
        for (Rule r : PersonalData.RULES) for (String c : r.columns()) listed.merge(r.table() + "." + c, 1, Integer::sum);
        Set<String> text = textColumns();
        Set<String> missing = new TreeSet<>(text);
        missing.removeAll(listed.keySet());
        assertEquals(Set.of(), missing, "a text or json column without a retention rule: add it to retention.PersonalData "
                + "(forgotten with the person, or kept as not personal) and the README table");
        assertEquals(List.of(), listed.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList(),
                "a column with two rules");
        Set<String> all = new TreeSet<>(Db.query("""
                SELECT c.table_name || '.' || c.column_name AS col FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'""").stream().map(r -> (String) r.get("col")).toList());
        Set<String> stale = new TreeSet<>(listed.keySet());
        stale.removeAll(all);
        assertEquals(Set.of(), stale, "a rule names a column the schema does not have");
        for (String table : PersonalData.OWNERS.keySet()) assertTrue(all.stream().anyMatch(c -> c.startsWith(table + ".")), table);
    }

    @Test
    void R_ACC_5_the_README_lists_what_is_forgotten_as_PersonalData_says() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String start = "<!-- personal-data:start (generated from retention.PersonalData.markdown(), checked by RetentionTests) -->\n";
        String end = "<!-- personal-data:end -->";
        assertTrue(readme.contains(start) && readme.contains(end), "README.md has the markers of the retention table");
        String table = readme.substring(readme.indexOf(start) + start.length(), readme.indexOf(end));
        assertEquals(PersonalData.markdown(), table, "README.md's retention table is not PersonalData.markdown(): paste it");
    }

    // ---------------------------------------------------------------- one person through everything

    @Test
    void R_ACC_5_a_person_in_every_table_is_forgotten_everywhere_and_the_statistics_stay_the_same() throws Exception {
        Writer w = new Writer();
        String person = createPerson(w);

        // applications that closed without a place: withdrawn, rejected, declined at the orientation (outside the
        // target group, by override)
        close(w, intake(w, person, "Trukket søknad"), "withdrawal");
        close(w, intake(w, person, "Avslått søknad"), "rejection");
        String declined = intake(w, person, "Søknad takket nei");
        prioritise(w, declined);
        Api.as("esikt1").body(Map.of("unitId", unit(WOMEN_ONLY, "Slettetest D"), "fromDate", TODAY.toString(), "coordinator", "Lars",
                "overrideReason", w.phrase("Unntak fra målgruppen fordi"))).post("/api/intakes/" + declined + "/allocation")
                .then().statusCode(200);
        Api.as("hvk1").body(Map.of("informedOn", TODAY.toString())).post("/api/intakes/" + declined + "/applicant-informed")
                .then().statusCode(200);
        Api.as("hvk1").body(Map.of("heldOn", TODAY.toString(), "participants", List.of("APPLICANT", "HVK", "FACILITY"),
                "applicantAnswer", "DECLINED", "declineReason", w.phrase("Takket nei fordi")))
                .post("/api/intakes/" + declined + "/orientation-meeting").then().statusCode(200);

        // a tenancy, first: a written complaint and a referral to the owner, answered; then moved out
        String lease = movedIn(w, person, LEASE, LEASE_LEDER, unit(LEASE, "Slettetest L"), TODAY.minusDays(400), false);
        String breach = incident(w, LEASE_STAFF, LEASE, person, "NOISE_AND_DISTURBANCE");
        Api.as(LEASE_STAFF).body(Map.of("agreementId", lease, "type", "WRITTEN_COMPLAINT", "ground", "SERIOUS_BREACH",
                "incidentIds", List.of(breach))).post("/api/sanctions").then().statusCode(201);
        String referral = Api.as(LEASE_STAFF).body(Map.of("agreementId", lease, "type", "TERMINATION_REFERRAL",
                        "ground", "SERIOUS_REPEATED_BREACHES", "incidentIds", List.of(breach),
                        "writtenGrounds", w.phrase("Henvist fordi"), "proportionality", w.phrase("Forholdsmessig fordi")))
                .post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(LEASE_LEDER).post("/api/sanctions/" + referral + "/approval").then().statusCode(200);
        String caseId = Api.as(LEASE_STAFF).get("/api/agreements/" + lease + "/referrals").then().statusCode(200)
                .extract().path("[0].id");
        Api.as(LEASE_STAFF).body(Map.of("response", "WITHDRAWN", "respondedOn", TODAY.toString(),
                "outcome", w.phrase("Eieren svarte"))).post("/api/referrals/" + caseId + "/response").then().statusCode(200);
        moveOut(LEASE_LEDER, lease, TODAY.minusDays(300));

        // the BTA stay: a draft voided back to the waiting list, then a new place, a cooperation agreement, follow-up,
        // assessments, an incident, a forhåndsvarsel with statement, an exclusion with appeal, an entry, notice, deposit
        String bta = intake(w, person, "Søknad med opphold");
        prioritise(w, bta);
        UUID voidedUnit = unit(BTA, "Slettetest V");
        decide(w, bta, voidedUnit, TODAY.minusDays(60));
        String draft = Api.as(BTA_LEDER).body(Map.of("intakeId", bta, "startDate", TODAY.minusDays(60).toString()))
                .post("/api/agreements").then().statusCode(201).extract().path("id");
        Api.as(BTA_LEDER2).body(Map.of("reason", w.phrase("Annullert fordi"), "applicationTo", "WAITING_LIST"))
                .post("/api/agreements/" + draft + "/void").then().statusCode(200);
        UUID btaUnit = unit(BTA, "Slettetest B");
        String stay = movedIn(w, person, BTA, BTA_LEDER, btaUnit, TODAY.minusDays(40), true, bta);
        String base = "/api/agreements/" + stay;
        Api.as(BTA_LEDER).body(Map.of("amountOre", 50000, "paidOn", TODAY.minusDays(40).toString(), "withheldOre", 20000,
                "withheldReason", w.phrase("Holdt tilbake fordi"))).post(base + "/deposit").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("heldOn", TODAY.minusDays(10).toString(), "summary", w.phrase("Evaluering")))
                .post(base + "/evaluations").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("members", List.of(Map.of("name", w.phrase("Medlem"), "represents", w.phrase("Representerer")))))
                .post(base + "/responsibility-group").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("kind", "RESPONSIBILITY_GROUP", "heldOn", TODAY.minusDays(5).toString(),
                "note", w.phrase("Møtereferat"))).post(base + "/meetings").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("instrument", "AUDIT_C", "takenOn", TODAY.minusDays(5).toString(),
                "answers", Map.of("q1", 3, "q2", 2, "q3", 2))).post("/api/residents/" + person + "/assessments").then().statusCode(201);
        Api.as(BTA_LEDER).body(Map.of("shared", true, "effectiveOn", TODAY.toString()))
                .post("/api/residents/" + person + "/assessment-sharing").then().statusCode(200);
        String sanction = exclusionInForce(w, person, stay);
        Api.as(BTA_LEDER2).body(Map.of("appealedOn", TODAY.toString(), "outcome", "UPHELD", "outcomeOn", TODAY.toString()))
                .post("/api/sanctions/" + sanction + "/appeal").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("unitId", btaUnit, "ground", "NOISE_AND_DISTURBANCE",
                "enteredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString(), "present", w.phrase("Til stede var"),
                "found", w.phrase("Funnet var"))).post("/api/entries").then().statusCode(201);
        Api.as(BTA_LEDER).body(Map.of("facilityId", BTA, "issuedBy", "STAFF", "visitor", w.phrase("Besøkende"),
                "fromDate", TODAY.minusDays(30).toString(), "toDate", TODAY.minusDays(1).toString(), "reason", w.phrase("Forbudt fordi")))
                .post("/api/visitor-bans").then().statusCode(201);
        Api.as(BTA_LEDER).body(Map.of("givenBy", "RESIDENT", "givenOn", TODAY.minusDays(20).toString(), "reason", w.phrase("Sa opp fordi")))
                .post(base + "/notice").then().statusCode(200);
        // money: the months charged, moved out, paid more than owed and the rest paid back with a reference
        for (YearMonth m = YearMonth.from(TODAY.minusDays(40)); !m.isAfter(YearMonth.from(TODAY)); m = m.plusMonths(1)) {
            EgenbetalingFlowTests.run(m.toString());
        }
        moveOut(BTA_LEDER, stay, TODAY);
        settleWithRefund(w, stay);

        // every phrase is stored somewhere before the run (else the scan below proves nothing)
        Map<String, List<String>> before = scan(w.needles());
        assertEquals(new TreeSet<>(w.needles()), before.keySet(), "each thing the person wrote is in the database");
        Map<Rule, Long> filled = new LinkedHashMap<>();
        for (Rule r : forgottenByStatement()) filled.put(r, leftToForget(r, person));
        assertEquals(List.of(), filled.entrySet().stream().filter(e -> e.getValue() == 0).map(e -> e.getKey().table() + " "
                + e.getKey().columns()).toList(), "the flows fill every rule of PersonalData");

        TestClock.advanceDays(YEARS_LATER);
        try {
            List<String> statistics = statistics();
            var preview = Api.as("hvk1").queryParam("size", 200).get("/api/retention/preview").then().statusCode(200)
                    .body("retentionDays", equalTo(1825)).extract().jsonPath();
            int at = preview.getList("items.personId").indexOf(person);
            assertTrue(at >= 0, "the person is due: " + preview.prettify());
            assertEquals("SANCTION", preview.getString("items[" + at + "].lastActivity"), "the appeal decision came last");
            assertEquals(TODAY.toString(), preview.getString("items[" + at + "].lastActivityOn"));
            assertEquals(TODAY.plusDays(1825).toString(), preview.getString("items[" + at + "].dueOn"));
            assertEquals(List.of("IDENTITY", "CONTACT", "APPLICATION", "AGREEMENT", "FOLLOW_UP", "HEALTH", "SANCTIONS", "ENTRIES",
                    "TIMELINE", "MONEY_TEXT"), preview.getList("items[" + at + "].categories.category"));
            assertFalse(preview.prettify().contains(w.tag), "the preview shows no name or text");
            Api.as("bakklandet-leder").get("/api/retention/preview").then().statusCode(403);
            Api.as("bakklandet-leder").post("/api/retention/runs").then().statusCode(403);

            long logged = accessLogRows(person);
            int anonymised = Api.as("hvk1").post("/api/retention/runs").then().statusCode(200)
                    .body("failed", equalTo(0)).extract().path("anonymised");
            assertTrue(anonymised >= 1);
            Api.as("hvk1").queryParam("size", 200).get("/api/retention/preview").then().statusCode(200)
                    .body("items.personId", org.hamcrest.Matchers.not(hasItem(person)));

            assertEquals(Map.of(), scan(w.needles()), "nothing the person wrote, and not their name or number, is left");
            for (Rule r : forgottenByStatement()) assertEquals(0L, leftToForget(r, person), r.table() + " " + r.columns());
            var p = Db.query("SELECT given_name, family_name, national_id, birth_date, sex, anonymised_at FROM person WHERE id = ?::uuid",
                    UUID.fromString(person)).get(0);
            assertEquals("Anonymisert", p.get("given_name"));
            assertEquals(LocalDate.of(1990, 1, 1), ((java.sql.Date) p.get("birth_date")).toLocalDate());
            assertEquals("MALE", p.get("sex"));
            assertEquals(statistics, statistics(), "the statistics are the same after the run");
            assertEquals(logged + 1, accessLogRows(person), "one access-log row for the anonymisation");
            assertEquals(1, Db.query("SELECT 1 FROM access_log WHERE person_id = ?::uuid AND operation = 'anonymise'"
                    + " AND resource_type = 'person' AND username = 'system'", UUID.fromString(person)).size());
            // a second run finds nothing more to do for them
            Api.as("hvk1").post("/api/retention/runs").then().statusCode(200);
            assertEquals(logged + 1, accessLogRows(person));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void R_ACC_5_a_person_who_only_applied_or_only_was_registered_is_forgotten_a_period_after() throws Exception {
        Writer w = new Writer();
        String applicant = createPerson(w);
        close(w, intake(w, applicant, "Eneste søknad"), "rejection");
        Writer v = new Writer();
        String registered = createPerson(v);
        Writer open = new Writer();
        String waiting = createPerson(open);
        intake(open, waiting, "Søknad som venter");

        TestClock.advanceDays(1824);
        try {
            List<String> notYet = Api.as("hvk1").queryParam("size", 200).get("/api/retention/preview").then().statusCode(200)
                    .extract().path("items.personId");
            assertFalse(notYet.contains(applicant), "not before the period has run");
            assertFalse(notYet.contains(registered));
        } finally {
            TestClock.reset();
        }
        TestClock.advanceDays(1826);
        try {
            var preview = Api.as("hvk1").queryParam("size", 200).get("/api/retention/preview").then().statusCode(200).extract().jsonPath();
            List<String> due = preview.getList("items.personId");
            assertTrue(due.contains(applicant), "a rejected application only: due a period after it closed");
            assertEquals("APPLICATION", preview.getString("items[" + due.indexOf(applicant) + "].lastActivity"));
            assertTrue(preview.getString("items[" + due.indexOf(applicant) + "].reason").startsWith("Siste søknad ble avsluttet "));
            assertTrue(due.contains(registered), "registered and never applied: due a period after the registration");
            assertEquals("REGISTERED", preview.getString("items[" + due.indexOf(registered) + "].lastActivity"));
            assertFalse(due.contains(waiting), "an open application keeps the person");

            Api.as("hvk1").post("/api/retention/runs").then().statusCode(200).body("failed", equalTo(0));
            assertEquals(Map.of(), scan(w.needles()));
            assertEquals(Map.of(), scan(v.needles()));
            assertEquals(new TreeSet<>(List.of(open.given, open.family, open.nationalId, open.phrases.get(0))),
                    scan(List.of(open.given, open.family, open.nationalId, open.phrases.get(0))).keySet(), "the waiting applicant is kept");
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void R_ACC_5_a_running_stay_an_open_application_or_an_appeal_not_decided_keeps_the_person_and_a_batch_rechecks_by_the_same_rule()
            throws Exception {
        Writer w = new Writer();
        String tenant = createPerson(w);
        String tenancy = movedIn(w, tenant, LEASE, LEASE_LEDER, unit(LEASE, "Slettetest R"), TODAY.minusDays(100), false);
        Writer v = new Writer();
        String resident = createPerson(v);
        String stay = movedIn(v, resident, BTA, BTA_LEDER, unit(BTA, "Slettetest A"), TODAY.minusDays(30), true);
        String sanction = exclusionInForce(v, resident, stay);
        Api.as(BTA_LEDER).body(Map.of("appealedOn", TODAY.toString())).post("/api/sanctions/" + sanction + "/appeal").then()
                .statusCode(200).body("status", equalTo("APPEALED"));
        Api.as(BTA_LEDER).body(Map.of("givenBy", "RESIDENT", "givenOn", TODAY.minusDays(20).toString(), "reason", v.phrase("Sa opp fordi")))
                .post("/api/agreements/" + stay + "/notice").then().statusCode(200);
        // the stay's months charged here (not left to another test's runs), so that settling has a KID to pay by
        for (YearMonth m = YearMonth.from(TODAY.minusDays(30)); !m.isAfter(YearMonth.from(TODAY)); m = m.plusMonths(1)) {
            EgenbetalingFlowTests.run(m.toString());
        }
        moveOut(BTA_LEDER, stay, TODAY.minusDays(1));
        settleWithRefund(v, stay); // nothing owed either way: only the appeal can keep the resident
        Writer o = new Writer();
        String applicant = createPerson(o);
        close(o, intake(o, applicant, "Avslått søknad"), "rejection");
        String open = intake(o, applicant, "Søknad som venter");

        assertEquals(List.of(), due(tenant), "a stay still running keeps the person");
        assertEquals(List.of(), due(resident), "an appeal lodged and not decided keeps the person");
        assertEquals(List.of(), due(applicant), "an application still open keeps the person, though another one closed");

        moveOut(LEASE_LEDER, tenancy, TODAY.minusDays(2));
        Api.as(BTA_LEDER2).body(Map.of("appealedOn", TODAY.toString(), "outcome", "UPHELD", "outcomeOn", TODAY.toString()))
                .post("/api/sanctions/" + sanction + "/appeal").then().statusCode(200);
        assertEquals(List.of("STAY " + TODAY.minusDays(2)), due(tenant), "moved out: the period runs from the move-out");
        assertEquals(List.of("SANCTION " + TODAY), due(resident), "the appeal decided after the move-out comes last");
        close(o, open, "withdrawal");
        assertEquals(List.of("APPLICATION " + TODAY), due(applicant), "both applications closed: from the last closing");

        // A batch rechecks its persons with retention_due_among(ids); the list reads everyone with NULL. Both by the
        // same rule: each person of this database asked alone, and all asked together, give the list's rows.
        String list = "SELECT person_id, last_activity_on, last_activity_kind FROM retention_candidate ORDER BY person_id";
        List<Map<String, Object>> everyone = Db.query(list);
        assertTrue(everyone.stream().anyMatch(r -> r.get("person_id").toString().equals(tenant)));
        assertEquals(everyone, Db.query("SELECT f.* FROM person p CROSS JOIN LATERAL retention_due_among(ARRAY[p.id]) f"
                + " ORDER BY f.person_id"), "each person alone");
        assertEquals(everyone, Db.query("SELECT * FROM retention_due_among((SELECT array_agg(id) FROM person)) ORDER BY person_id"),
                "all persons named");
    }

    /** The person's row of the list of persons due (whatever the date), as {@code "KIND yyyy-mm-dd"}; empty if kept. */
    static List<String> due(String person) {
        return Db.query("SELECT last_activity_kind, last_activity_on FROM retention_candidate WHERE person_id = ?::uuid",
                UUID.fromString(person)).stream().map(r -> r.get("last_activity_kind") + " " + r.get("last_activity_on")).toList();
    }

    // ---------------------------------------------------------------- flows

    static String createPerson(Writer w) {
        return Api.as("hvk1").body(Map.of("nationalId", w.nationalId, "givenName", w.given, "familyName", w.family,
                        "phone", "9" + w.nationalId.substring(0, 7), "email", w.tag + "@example.org",
                        "address", w.phrase("Adresse"), "navContact", w.phrase("NAV-kontakt")))
                .post("/api/persons").then().statusCode(201).extract().path("id");
    }

    static String intake(Writer w, String person, String what) {
        return Api.as("hvk1").body(Map.of("personId", person, "receivedOn", TODAY.minusDays(90).toString(),
                        "assessment", w.phrase(what + ": vurdering"), "assessmentSummary", w.phrase("Sammendrag"),
                        "needs", w.phrase("Behov"), "wishes", w.phrase("Ønsker")))
                .post("/api/intakes").then().statusCode(201).extract().path("id");
    }

    /** HVK closes the application: {@code withdrawal} or {@code rejection}, with a reason. */
    static void close(Writer w, String intake, String how) {
        Api.as("hvk1").body(Map.of("reason", w.phrase("Avsluttet (" + how + ") fordi"))).post("/api/intakes/" + intake + "/" + how)
                .then().statusCode(200);
    }

    static void prioritise(Writer w, String intake) {
        Api.as("esikt1").body(Map.of("priority", 2, "reason", w.phrase("Prioritert fordi"))).post("/api/intakes/" + intake + "/priority")
                .then().statusCode(200);
    }

    /** Allocated, informed, oriented (accepted) and decided. */
    static void decide(Writer w, String intake, UUID unit, LocalDate from) {
        String i = "/api/intakes/" + intake;
        Api.as("esikt1").body(Map.of("unitId", unit, "fromDate", from.toString(), "coordinator", "Lars")).post(i + "/allocation")
                .then().statusCode(200);
        Api.as("hvk1").body(Map.of("informedOn", TODAY.toString())).post(i + "/applicant-informed").then().statusCode(200);
        Api.as("hvk1").body(Map.of("heldOn", TODAY.toString(), "participants", List.of("APPLICANT", "HVK", "FACILITY"),
                "applicantAnswer", "ACCEPTED")).post(i + "/orientation-meeting").then().statusCode(200);
        Api.as("hvk1").body(Map.of("decisionDate", TODAY.toString(), "scope", w.phrase("Vedtaket gjelder")))
                .post(i + "/service-decision").then().statusCode(200);
    }

    static String movedIn(Writer w, String person, String facility, String leder, UUID unit, LocalDate start, boolean cooperation) {
        String intake = intake(w, person, "Søknad til " + facility);
        prioritise(w, intake);
        return movedIn(w, person, facility, leder, unit, start, cooperation, intake);
    }

    /** From the application (decided here) to a signed agreement with a follow-up plan, moved in on {@code start}. */
    static String movedIn(Writer w, String person, String facility, String leder, UUID unit, LocalDate start, boolean cooperation,
                          String intake) {
        decide(w, intake, unit, start);
        String id = Api.as(leder).body(Map.of("intakeId", intake, "startDate", start.toString(),
                "endDate", TODAY.plusDays(300).toString())).post("/api/agreements").then().statusCode(201).extract().path("id");
        String base = "/api/agreements/" + id;
        Api.as(leder).body(Map.of("party", "RESIDENT", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leder).body(Map.of("party", "MUNICIPALITY", "signedOn", start.toString())).post(base + "/signatures").then().statusCode(200);
        Api.as(leder).body(Map.of("name", "Berit Bakken")).post(base + "/primary-contact").then().statusCode(200);
        Map<String, Object> plan = cooperation
                ? Map.of("individualPlan", "DECLINED", "cooperationGoals", w.phrase("Mål"), "cooperationNeeds", w.phrase("Behov for"),
                        "cooperationStaffProvide", w.phrase("Personalet gir"))
                : Map.of("individualPlan", "ACCEPTED");
        Api.as(leder).body(plan).post(base + "/follow-up").then().statusCode(200);
        Api.as(leder).body(Map.of("movedInOn", start.toString())).post(base + "/move-in").then().statusCode(200);
        return id;
    }

    static String incident(Writer w, String user, String facility, String person, String category) {
        return Api.as(user).body(Map.of("facilityId", facility, "occurredAt", Instant.now().minus(3, ChronoUnit.HOURS).toString(),
                        "personIds", List.of(person), "categories", List.of(category), "serious", true,
                        "description", w.phrase("Hendelsen"), "ruleNumbers", List.of(1)))
                .post("/api/incidents").then().statusCode(201).extract().path("id");
    }

    /**
     * An exclusion for threats on the BTA stay: incident, forhåndsvarsel with the resident's statement, the decision,
     * approved by another fagleder and notified today (so its appeal deadline runs). Returns the sanction's id.
     */
    static String exclusionInForce(Writer w, String person, String stay) {
        String threat = incident(w, BTA_LEDER, BTA, person, "VIOLENCE_OR_THREATS");
        String notice = Api.as(BTA_LEDER).body(Map.of("type", "EXCLUSION", "incidentIds", List.of(threat),
                        "description", w.phrase("Forhåndsvarsel om"), "sentOn", TODAY.toString(), "deliveredHow", w.phrase("Levert ved"),
                        "statementDeadline", TODAY.plusDays(7).toString()))
                .post("/api/agreements/" + stay + "/advance-notices").then().statusCode(201).extract().path("id");
        Api.as(BTA_LEDER).body(Map.of("receivedOn", TODAY.toString(), "text", w.phrase("Beboeren uttalte")))
                .post("/api/advance-notices/" + notice + "/statement").then().statusCode(200);
        Map<String, Object> exclusion = new HashMap<>(Map.of("agreementId", stay, "type", "EXCLUSION", "ground", "VIOLENCE_OR_THREATS",
                "incidentIds", List.of(threat), "exclusionFrom", TODAY.toString(), "writtenGrounds", w.phrase("Bortvist fordi"),
                "proportionality", w.phrase("Nødvendig fordi"), "advanceNoticeId", notice,
                "alternativeAccommodation", Map.of("place", w.phrase("Hospits"), "from", TODAY.toString(),
                        "to", TODAY.plusDays(10).toString())));
        String sanction = Api.as(BTA_LEDER).body(exclusion).post("/api/sanctions").then().statusCode(201).extract().path("id");
        Api.as(BTA_LEDER2).post("/api/sanctions/" + sanction + "/approval").then().statusCode(200);
        Api.as(BTA_LEDER).body(Map.of("notifiedOn", TODAY.toString(), "how", w.phrase("Varslet ved")))
                .post("/api/sanctions/" + sanction + "/notification").then().statusCode(200);
        return sanction;
    }

    static void moveOut(String leder, String agreement, LocalDate on) {
        Api.as(leder).body(Map.of("movedOutOn", on.toString(), "destination", "PRIVATE_RENTAL", "terminationGround", "NONE"))
                .post("/api/agreements/" + agreement + "/move-out").then().statusCode(200);
    }

    /** Pays what is owed and 100 kr more by the agreement's KID, then pays the credit back with a reference. */
    static void settleWithRefund(Writer w, String agreement) {
        long balance = balance(agreement);
        String kid = (String) Db.query("SELECT kid FROM charge WHERE agreement_id = ?::uuid AND kid IS NOT NULL LIMIT 1",
                UUID.fromString(agreement)).get(0).get("kid");
        long paid = Math.max(balance, 0) + 10000;
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kid", kid, "amountOre", paid, "paidOn", TODAY.toString(), "sourceReference", "test-" + UUID.randomUUID()))
                .post("/api/egenbetaling/payments").then().statusCode(201);
        Api.as("okonomi1").body(Map.of("amountOre", paid - balance, "refundedOn", TODAY.toString(), "reference", w.phrase("Utbetalt til")))
                .post("/api/agreements/" + agreement + "/refunds").then().statusCode(201).body("balanceOre", equalTo(0));
        assertEquals(0L, balance(agreement));
    }

    static long balance(String agreement) {
        return ((Number) Db.query("SELECT balance_ore FROM agreement_balance WHERE agreement_id = ?::uuid", UUID.fromString(agreement))
                .get(0).get("balance_ore")).longValue();
    }

    // ---------------------------------------------------------------- what the database holds

    /** Every text, json and text-array column of every table (the Flyway history aside), as {@code table.column}. */
    static Set<String> textColumns() {
        return new TreeSet<>(Db.query("""
                SELECT c.table_name || '.' || c.column_name AS col FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'flyway_schema_history'
                  AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
                       OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_bpchar')))""")
                .stream().map(r -> (String) r.get("col")).toList());
    }

    /** Which needles are found (case-insensitive, anywhere in the value), and in which columns. */
    static Map<String, List<String>> scan(List<String> needles) {
        Map<String, List<String>> found = new TreeMap<>();
        for (String col : textColumns()) {
            String table = col.substring(0, col.indexOf('.')), column = col.substring(col.indexOf('.') + 1);
            for (var row : Db.query("SELECT n FROM unnest(string_to_array(?, chr(31))) n WHERE EXISTS (SELECT 1 FROM \"" + table
                    + "\" t WHERE strpos(lower(t.\"" + column + "\"::text), lower(n)) > 0)", String.join("\u001f", needles))) {
                found.computeIfAbsent((String) row.get("n"), k -> new ArrayList<>()).add(col);
            }
        }
        return found;
    }

    /** The rules a feature's anonymise statement carries out (the person's own row is checked on its own). */
    static List<Rule> forgottenByStatement() {
        return PersonalData.withThePerson().stream().filter(r -> Set.of(Treatment.REPLACED, Treatment.CLEARED, Treatment.DELETED)
                .contains(r.treatment()) && !r.table().equals("person")).toList();
    }

    /** How many of the person's rows of the rule's table still hold what the rule forgets. */
    static long leftToForget(Rule r, String person) {
        Owner o = PersonalData.OWNERS.get(r.table());
        return ((Number) Db.query("SELECT count(*) AS n FROM " + r.table() + " t " + o.join() + " WHERE " + o.personId()
                + " = ?::uuid AND (" + RetentionQueries.leftToForget(r) + ")", UUID.fromString(person)).get(0).get("n")).longValue();
    }

    static long accessLogRows(String person) {
        return ((Number) Db.query("SELECT count(*) AS n FROM access_log WHERE person_id = ?::uuid AND operation = 'anonymise'",
                UUID.fromString(person)).get(0).get("n")).longValue();
    }

    /** The statistics endpoints' answers for the facilities the person lived at and the municipality, JSON and CSV. */
    static List<String> statistics() {
        String from = YearMonth.from(TODAY.minusDays(400)).atDay(1).toString(), to = YearMonth.from(TODAY).atEndOfMonth().toString();
        List<String> out = new ArrayList<>();
        for (String[] q : List.of(new String[] {BTA_LEDER, BTA}, new String[] {LEASE_LEDER, LEASE}, new String[] {"esikt1", "alle"},
                new String[] {"kontroll1", BTA}, new String[] {"kontroll1", WOMEN_ONLY})) {
            out.add(Api.as(q[0]).queryParam("facility", q[1]).queryParam("from", from).queryParam("to", to).get("/api/statistics")
                    .then().statusCode(200).extract().asString());
            out.add(Api.as(q[0]).accept("text/csv").queryParam("facility", q[1]).queryParam("from", from).queryParam("to", to)
                    .queryParam("format", "csv").get("/api/statistics").then().statusCode(200).extract().asString());
        }
        return out;
    }
}
