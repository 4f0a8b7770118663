package no.kommune.bta.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.security.StaffNames;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import no.kommune.bta.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Innsyn (R-ACC-2, R-ACC-3, R-ACC-4): the person's log as they read it (reads, changes and list appearances, with who,
 * role, unit and what in bokmål), filtered by period and kind, who may see them now and why, and the PDF they are given.
 */
@QuarkusTest
class InnsynTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String FACILITY = "osloveien-155";
    static final String FACILITY_NAME = "Osloveien 155";
    static final String LEDER = "osloveien155-leder";
    /** The names on the demo users' tokens (keycloak/realm-bta.json). */
    static final String LEDER_NAME = "Ola Østmo";
    static final String HVK1_NAME = "Hanne Hvalstad";
    static final int WINDOW = 90;

    /** Units of their own at Osloveien 155, so that the other tests' residents leave room. */
    @BeforeAll
    static void units() {
        for (int i = 1; i <= 6; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("innsyn-" + i).getBytes()), FACILITY, "Innsynstest " + i);
        }
    }

    @AfterEach
    void clockBack() {
        TestClock.reset();
    }

    /** A family name no other test uses. */
    static String family() {
        StringBuilder sb = new StringBuilder("Innsynsen");
        for (int i = 0; i < 8; i++) sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        return sb.toString();
    }

    static String vacant() {
        return Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", TODAY.toString()).get("/api/vacancies")
                .then().statusCode(200).extract().path("items[0].unitLabel");
    }

    /** A resident of Osloveien 155 called Inger {@code family}, moved in today, whose caseworker is hvk1. */
    record Resident(UUID person, String agreement) {
    }

    static Resident resident(String family) {
        UUID person = People.create("Inger", family, LocalDate.of(1991, 3, 3), "FEMALE");
        UUID intake = AgreementFlowTests.decidedIntake(person, FACILITY, vacant(), TODAY, TODAY);
        return new Resident(person, AgreementFlowTests.movedIn(LEDER, intake, TODAY));
    }

    static JsonPath innsyn(String user, UUID person, Map<String, ?> query) {
        return Api.as(user).queryParams(query).get("/api/persons/" + person + "/innsyn").then().statusCode(200).extract().jsonPath();
    }

    /** The person's log rows with this operation and outcome, waiting for rows written off the I/O thread. */
    static void awaitLogged(UUID person, String operation, int outcome) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (!Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = ? AND outcome = ?", person, operation, outcome)
                    .isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access-log row " + operation + " " + outcome + " for " + person);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").strip();
        }
    }

    @Test
    void R_ACC_2_R_ACC_4_innsyn_shows_reads_changes_list_appearances_and_refusals_with_who_role_unit_and_what() throws Exception {
        String family = family();
        Resident r = resident(family);
        Api.as(LEDER).get("/api/persons/" + r.person()).then().statusCode(200);
        // lists record one row per person they show: the facility's agreements, and the clerk's account search
        Api.as(LEDER).queryParam("facility", FACILITY).queryParam("size", 200).get("/api/agreements").then().statusCode(200)
                .body("items.person.id", hasItem(r.person().toString()));
        Api.as(LEDER).body(Map.of("query", family)).post("/api/persons/search").then().statusCode(200)
                .body("items.id", equalTo(List.of(r.person().toString())));
        Api.as("okonomi1").queryParam("q", family).get("/api/egenbetaling/accounts").then().statusCode(200)
                .body("items.personId", equalTo(List.of(r.person().toString())));
        // refused: staff of another facility are told the person does not exist, and that is logged too
        Api.as("valoya-leder").get("/api/persons/" + r.person()).then().statusCode(404);
        awaitLogged(r.person(), "getPerson", 404);

        JsonPath all = innsyn("hvk1", r.person(), Map.of("size", 200));
        assertEquals("Inger " + family, all.getString("personName"));
        List<Map<String, Object>> items = all.getList("items");
        assertEquals(all.getLong("totalItems"), items.size());
        Map<String, Object> read = only(items, "the read by " + LEDER,
                e -> LEDER.equals(e.get("username")) && "Leste personopplysninger".equals(e.get("what")));
        assertEquals("READ", read.get("kind"));
        assertEquals(LEDER_NAME, read.get("staffName"));
        assertEquals(FACILITY_NAME, read.get("unit"));
        assertEquals("Fagleder, ansatt ved botiltak", read.get("roleText"));
        assertEquals("Utført", read.get("outcomeText"));
        Map<String, Object> agreements = only(items, "the agreement list",
                e -> ("Vist i listen over avtaler ved " + FACILITY_NAME).equals(e.get("what")));
        assertEquals("LIST", agreements.get("kind"));
        assertEquals(LEDER, agreements.get("username"));
        only(items, "the person search", e -> ("Vist i søket etter personer ved " + FACILITY_NAME).equals(e.get("what"))
                && "LIST".equals(e.get("kind")));
        Map<String, Object> listed = only(items, "the account search", e -> "okonomi1".equals(e.get("username")));
        assertEquals("Oda Kronstad", listed.get("staffName"));
        assertEquals("LIST", listed.get("kind"));
        assertEquals("Vist i søket etter egenbetalingskontoer", listed.get("what"));
        assertEquals("Økonomi, egenbetaling", listed.get("unit"));
        assertEquals(List.of("okonomi"), listed.get("roles"));
        Map<String, Object> registered = only(items, "the registration", e -> "Registrerte personopplysninger".equals(e.get("what")));
        assertEquals("CHANGE", registered.get("kind"));
        assertEquals("hvk1", registered.get("username"));
        assertEquals(HVK1_NAME, registered.get("staffName"));
        assertEquals("Helse- og velferdskontoret (HVK)", registered.get("unit"));
        Map<String, Object> refused = only(items, "the refused read", e -> "valoya-leder".equals(e.get("username")));
        assertEquals(404, refused.get("outcome"));
        assertEquals("Avvist: ikke funnet eller ingen tilgang", refused.get("outcomeText"));
        // newest first
        List<Instant> at = all.getList("items.at", String.class).stream().map(Instant::parse).toList();
        assertEquals(at.stream().sorted(Comparator.reverseOrder()).toList(), at);

        // by kind: only list appearances, only changes (moving in is one), only reads
        innsyn("hvk1", r.person(), Map.of("kind", "LIST")).getList("items.kind").forEach(k -> assertEquals("LIST", k));
        assertEquals(List.of("okonomi1", LEDER, LEDER), innsyn("hvk1", r.person(), Map.of("kind", "LIST")).getList("items.username"));
        JsonPath changes = innsyn("hvk1", r.person(), Map.of("kind", "CHANGE", "size", 200));
        assertTrue(changes.getList("items.what").containsAll(List.of("Registrerte personopplysninger", "Registrerte innflytting",
                "Registrerte en søknad om bo- og tjenestetilbud", "Tildelte en boenhet")), changes.prettify());
        assertEquals(List.of("CHANGE"), changes.getList("items.kind").stream().distinct().toList());
        Api.as("hvk1").queryParam("kind", "READ").queryParam("size", 200).get("/api/persons/" + r.person() + "/innsyn").then()
                .statusCode(200).body("kind", equalTo("READ")).body("items.kind", everyItem(equalTo("READ")))
                .body("items.what", hasItem("Leste personopplysninger")).body("items.what", hasItem("Leste innsynsloggen"));

        // by period (days in Europe/Oslo, both ends included)
        JsonPath today = innsyn("hvk1", r.person(), Map.of("from", TODAY.toString(), "to", TODAY.toString(), "size", 200));
        assertEquals(TODAY.toString(), today.getString("from"));
        assertTrue(today.getLong("totalItems") >= items.size(), "today's rows are all rows so far");
        assertEquals(0, innsyn("hvk1", r.person(), Map.of("from", TODAY.plusDays(1).toString())).getLong("totalItems"));
        assertEquals(0, innsyn("hvk1", r.person(), Map.of("to", TODAY.minusDays(1).toString())).getLong("totalItems"));

        // pages (of changes: reading the innsyn adds reads as it goes)
        JsonPath second = innsyn("hvk1", r.person(), Map.of("kind", "CHANGE", "size", 2, "page", 1));
        assertEquals(2, second.getList("items").size());
        assertEquals(changes.getList("items.what").subList(2, 4), second.getList("items.what"));
        assertEquals(changes.getList("items.at").subList(2, 4), second.getList("items.at"));
        assertEquals(changes.getLong("totalItems"), second.getLong("totalItems"));
    }

    private static Map<String, Object> only(List<Map<String, Object>> items, String what,
                                            java.util.function.Predicate<Map<String, Object>> p) {
        List<Map<String, Object>> found = items.stream().filter(p).toList();
        assertTrue(!found.isEmpty(), "no entry for " + what + " in " + items);
        return found.get(0);
    }

    @Test
    void R_ACC_3_innsyn_says_who_may_see_the_person_now_and_why_from_the_access_rule() {
        Resident r = resident(family());
        JsonPath now = innsyn(LEDER, r.person(), Map.of("size", 1));
        assertEquals(List.of("RESIDENT", "APPLICATION"), now.getList("holders.reason"));
        assertEquals(FACILITY, now.getString("holders[0].facilityId"));
        assertEquals("Ansatte ved " + FACILITY_NAME, now.getString("holders[0].who"));
        assertEquals(StaffNames.of("hvk1"), now.getString("holders[1].caseworker"));
        assertEquals(TODAY.toString(), now.getString("holders[1].endedOn"), "the application closed at move-in");
        assertEquals(TODAY.plusDays(WINDOW - 1).toString(), now.getString("holders[1].until"));
        assertEquals(List.of("okonomi", "kontroll"), now.getList("standingAccess.role"));
        // the same grants the rule gives each holder when they read the person
        Api.as(LEDER).get("/api/persons/" + r.person()).then().statusCode(200)
                .body("access.reason", equalTo(List.of("ALLOCATED", "RESIDENT")));
        Api.as("hvk1").get("/api/persons/" + r.person()).then().statusCode(200).body("access.reason", equalTo(List.of("APPLICATION")));

        // moved out: the facility follows up for the window, then no one holds access
        Api.as(LEDER).body(Map.of("movedOutOn", TODAY.toString(), "destination", "OWN_HOME", "terminationGround", "NONE"))
                .post("/api/agreements/" + r.agreement() + "/move-out").then().statusCode(200);
        TestClock.advanceDays(WINDOW - 1);
        JsonPath after = innsyn("hvk1", r.person(), Map.of("size", 1));
        assertEquals(List.of("AFTER_CARE", "APPLICATION"), after.getList("holders.reason"));
        assertEquals(TODAY.plusDays(WINDOW - 1).toString(), after.getString("holders[0].until"));
        assertEquals("Til og med " + TODAY.plusDays(WINDOW - 1).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ".",
                after.getString("holders[0].untilText"));
        TestClock.advanceDays(1);
        Api.as("hvk1").get("/api/persons/" + r.person() + "/innsyn").then().statusCode(404);
        Api.as(LEDER).get("/api/persons/" + r.person() + "/innsyn").then().statusCode(404);
    }

    @Test
    void R_ACC_3_an_application_in_the_queue_is_held_by_its_caseworker_and_esikt() {
        UUID person = People.create("Kø", family(), LocalDate.of(1993, 4, 4), "MALE");
        Api.as("hvk1").body(Map.of("personId", person, "assessment", "Trenger bolig med oppfølging."))
                .post("/api/intakes").then().statusCode(201);
        JsonPath j = innsyn("hvk1", person, Map.of());
        assertEquals(List.of("APPLICATION", "QUEUE"), j.getList("holders.reason"));
        assertEquals("Saksbehandler " + HVK1_NAME + " ved helse- og velferdskontoret (HVK)", j.getString("holders[0].who"));
        assertEquals(StaffNames.of("hvk1"), j.getString("holders[0].caseworker"));
        assertEquals("ESIKT, som tildeler boenheter", j.getString("holders[1].who"));
        assertEquals(List.of(), j.getList("holders.facilityId").stream().filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void R_ACC_3_innsyn_is_produced_only_by_the_caseworker_and_a_fagleder_who_see_the_person() {
        Resident r = resident(family());
        String path = "/api/persons/" + r.person() + "/innsyn";
        Api.as("hvk1").get(path).then().statusCode(200);
        Api.as(LEDER).get(path).then().statusCode(200);
        Api.as("hvk2").get(path).then().statusCode(404);
        Api.as("bakklandet-leder").get(path).then().statusCode(404);
        Api.as("bakklandet-leder").get(path + ".pdf").then().statusCode(404);
        Api.as("bakklandet1").get(path).then().statusCode(403);
        Api.as("okonomi1").get(path + ".pdf").then().statusCode(403);
        Api.as("kontroll1").get(path).then().statusCode(403);
        Api.as("hvk1").get("/api/persons/" + UUID.randomUUID() + "/innsyn").then().statusCode(404);
        Api.anonymous().get(path).then().statusCode(401);
    }

    @Test
    void innsyn_refuses_a_bad_filter_with_a_problem_naming_the_parameter() {
        Resident r = resident(family());
        String path = "/api/persons/" + r.person() + "/innsyn";
        for (var bad : List.of(Map.of("kind", "LOOK"), Map.of("from", "2026-13-01"), Map.of("to", "i går"),
                Map.of("from", "1899-12-31"), Map.of("to", "2201-01-01"), Map.of("size", "0"))) {
            String field = bad.keySet().iterator().next();
            Api.asInvalid("hvk1").queryParams(bad).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field));
        }
        Api.asInvalid("hvk1").queryParam("from", "2026-05-02").queryParam("to", "2026-05-01").get(path + ".pdf").then()
                .statusCode(400).body("violations[0].field", equalTo("to"));
        Api.as("hvk1").queryParam("kind", "JOB").get(path).then().statusCode(200).body("totalItems", equalTo(0))
                .body("items.kind", not(hasItem("READ")));
    }

    @Test
    void R_ACC_2_the_pdf_for_the_person_names_staff_what_they_did_and_who_may_see_them_now() throws Exception {
        String family = family();
        Resident r = resident(family);
        Api.as(LEDER).get("/api/persons/" + r.person()).then().statusCode(200);
        byte[] pdf = Api.as("hvk1").get("/api/persons/" + r.person() + "/innsyn.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = text(pdf);
        assertTrue(text.startsWith("Hvem har sett opplysningene dine"), text);
        assertTrue(text.contains("Gjelder: Inger " + family + ", født 03.03.1991"), text);
        assertTrue(text.contains("Periode: Hele perioden loggen dekker."), text);
        assertTrue(text.contains(LEDER_NAME), "the staff member: " + text);
        assertTrue(text.contains(" av " + HVK1_NAME + "."), "made by: " + text);
        assertTrue(text.contains("Leste personopplysninger"), text);
        assertTrue(text.contains("Registrerte innflytting"), text);
        assertTrue(text.contains("Fagleder, ansatt ved botiltak"), text);
        assertTrue(text.contains("Hvem kan se opplysningene dine nå, og hvorfor"), text);
        assertTrue(text.contains("Ansatte ved " + FACILITY_NAME + " Du bor der, og avtalen er ikke avsluttet."), text);
        assertTrue(text.contains("Saksbehandler " + HVK1_NAME + " ved helse- og velferdskontoret (HVK)"), text);
        assertTrue(text.contains("Kommunens internkontroll"), text);

        // the period and kind chosen are printed, and only those entries
        String reads = text(Api.as("hvk1").queryParam("kind", "READ").queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.toString()).get("/api/persons/" + r.person() + "/innsyn.pdf").then().statusCode(200)
                .extract().asByteArray());
        String day = TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertTrue(reads.contains("Periode: " + day + " – " + day + ". Bare lesing."), reads);
        assertTrue(reads.contains("Leste personopplysninger"), reads);
        assertTrue(!reads.contains("Registrerte innflytting"), reads);
        awaitLogged(r.person(), "getPersonInnsynPdf", 200);
    }
}
