package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * The arrears list comes in pages like every list (issue 16): the largest total first and then by agreement id, the
 * totals over every agreement the caller may list, the page bounded, and the access log holding the page's residents
 * only (R-PAY-4, R-ACC-3, R-ACC-4).
 */
@QuarkusTest
class ArrearsPagingTests {
    static final String FAC = EgenbetalingFlowTests.FAC;
    static final String PATH = "/api/egenbetaling/arrears";
    static final List<String> SUMS = List.of("days0to30Ore", "days31to60Ore", "days61to90Ore", "over90Ore", "totalOre");

    static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Europe/Oslo"));

    /** Every page of the list as {@code request} asks for it, {@code size} at a time, until {@code totalItems} is reached. */
    static List<Map<String, Object>> allPages(Supplier<RequestSpecification> request, int size) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> p = request.get().queryParam("page", page).queryParam("size", size).get(PATH).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> got = (List<Map<String, Object>>) p.get("items");
            items.addAll(got);
            long total = ((Number) p.get("totalItems")).longValue();
            if (got.isEmpty() || items.size() >= total) {
                assertEquals(total, items.size(), "the pages hold totalItems agreements");
                return items;
            }
            assertEquals(size, got.size(), "every page but the last is full");
        }
    }

    static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    /** The first page's totals equal the sums over the items of every page; the order is by total, then agreement id. */
    static void totalsAndOrderHold(Supplier<RequestSpecification> request) {
        Map<String, Object> first = request.get().queryParam("size", 1).get(PATH).then().statusCode(200).extract().jsonPath().getMap("");
        List<Map<String, Object>> all = allPages(request, 7);
        assertEquals(num(first, "totalItems"), all.size());
        for (String sum : SUMS) {
            assertEquals(num(first, sum), all.stream().mapToLong(i -> num(i, sum)).sum(), sum + " is summed over every page");
        }
        for (int i = 1; i < all.size(); i++) {
            Map<String, Object> a = all.get(i - 1), b = all.get(i);
            assertTrue(num(a, "totalOre") > num(b, "totalOre") || num(a, "totalOre") == num(b, "totalOre")
                    && a.get("agreementId").toString().compareTo(b.get("agreementId").toString()) < 0,
                    "largest first, then by agreement id: " + a + " before " + b);
        }
        assertEquals(all.size(), all.stream().map(i -> i.get("agreementId")).distinct().count(), "no agreement on two pages");
    }

    /** A resident at Valøyveien 9 for the whole of the months from {@code first} to {@code last}, who never paid. */
    static String formerTenant(YearMonth first, YearMonth last) throws InterruptedException {
        String ag = EgenbetalingFlowTests.tenantUntil(first.atDay(1), last.atEndOfMonth());
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) EgenbetalingFlowTests.run(m.toString());
        return ag;
    }

    /**
     * The arrears of agreement {@code two} (two unpaid months, 1 200 000 øre) are found by its resident's number or name
     * in a request body, and the list sorts by name and by what is over 90 days (issue 18).
     */
    static void foundAndSorted(String two) {
        Map<String, Object> who = Db.query("SELECT p.national_id, p.family_name FROM agreement a JOIN person p ON p.id = a.person_id"
                + " WHERE a.id = ?", UUID.fromString(two)).get(0);
        String number = (String) who.get("national_id"), family = (String) who.get("family_name");

        // by the full number, over every facility: that agreement alone, and the sums are its own
        Api.as("okonomi1").body(Map.of("query", number)).post(PATH + "/search").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].agreementId", equalTo(two))
                .body("totalOre", equalTo(2 * 600_000)).body("items[0].totalOre", equalTo(2 * 600_000));
        // by part of the name at the facility
        Api.as("okonomi1").queryParam("facility", FAC).queryParam("size", 200).body(Map.of("query", family.substring(1).toLowerCase()))
                .post(PATH + "/search").then().statusCode(200).body("items.agreementId", hasItem(two));
        // staff of another facility do not find it
        Api.as("bakklandet-leder").body(Map.of("query", number)).post(PATH + "/search").then().statusCode(200)
                .body("totalItems", equalTo(0));

        // sorted by name: family names in Norwegian order across pages, and the same agreements as by total
        Supplier<RequestSpecification> byName = () -> Api.as("okonomi1").queryParam("facility", FAC).queryParam("sort", "name");
        List<Map<String, Object>> named = allPages(byName, 3);
        java.text.Collator nb = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb-NO"));
        nb.setStrength(java.text.Collator.PRIMARY);
        List<String> families = named.stream().map(i -> Db.query("SELECT family_name FROM person WHERE id = ?",
                UUID.fromString(i.get("personId").toString())).get(0).get("family_name").toString()).toList();
        for (int i = 1; i < families.size(); i++) {
            assertTrue(nb.compare(families.get(i - 1), families.get(i)) <= 0, families.get(i - 1) + " before " + families.get(i));
        }
        assertEquals(allPages(() -> Api.as("okonomi1").queryParam("facility", FAC), 50).stream().map(i -> i.get("agreementId"))
                .sorted().toList(), named.stream().map(i -> i.get("agreementId")).sorted().toList());
        // the most over 90 days first
        List<Map<String, Object>> aged = allPages(() -> Api.as("okonomi1").queryParam("facility", FAC).queryParam("sort", "-over90"), 50);
        for (int i = 1; i < aged.size(); i++) assertTrue(num(aged.get(i - 1), "over90Ore") >= num(aged.get(i), "over90Ore"));
        Api.asInvalid("okonomi1").queryParam("sort", "over90").get(PATH).then().statusCode(400).body("violations.field", hasItem("sort"));
    }

    @Test
    void R_PAY_4_arrears_come_in_pages_largest_first_with_the_totals_over_every_page() throws Exception {
        YearMonth from = THIS_MONTH.minusMonths(5);
        String two = formerTenant(from, from.plusMonths(1));
        String one = formerTenant(from, from);

        Supplier<RequestSpecification> atFac = () -> Api.as("okonomi1").queryParam("facility", FAC);
        Map<String, Object> page0 = atFac.get().queryParam("size", 1).get(PATH).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).extract().jsonPath().getMap("");
        Map<String, Object> page1 = atFac.get().queryParam("size", 1).queryParam("page", 1).get(PATH).then().statusCode(200)
                .body("page", equalTo(1)).extract().jsonPath().getMap("");
        List<?> items0 = (List<?>) page0.get("items"), items1 = (List<?>) page1.get("items");
        assertEquals(1, items0.size());
        assertEquals(1, items1.size());
        assertNotEquals(((Map<?, ?>) items0.get(0)).get("agreementId"), ((Map<?, ?>) items1.get(0)).get("agreementId"),
                "page 1 is not page 0 again");
        assertTrue(num(page0, "totalItems") >= 2);
        for (String key : List.of("totalItems", "days0to30Ore", "days31to60Ore", "days61to90Ore", "over90Ore", "totalOre", "thresholdOre")) {
            assertEquals(page0.get(key), page1.get(key), key + " is the same on every page");
        }

        List<Map<String, Object>> all = allPages(atFac, 1);
        assertEquals(2 * 600_000L, all.stream().filter(i -> i.get("agreementId").equals(two)).mapToLong(i -> num(i, "totalOre"))
                .findFirst().orElseThrow());
        assertEquals(600_000L, all.stream().filter(i -> i.get("agreementId").equals(one)).mapToLong(i -> num(i, "totalOre"))
                .findFirst().orElseThrow());
        totalsAndOrderHold(atFac);
        // every facility at once, as okonomi sees it by default
        totalsAndOrderHold(() -> Api.as("okonomi1"));
        long everywhere = num(Api.as("okonomi1").queryParam("size", 1).get(PATH).then().statusCode(200).extract().jsonPath().getMap(""),
                "totalOre");
        assertTrue(everywhere >= num(page0, "totalOre"), "every facility's arrears hold this facility's");

        foundAndSorted(two);

        // a page past the end is empty and still carries the totals
        long n = num(page0, "totalItems");
        atFac.get().queryParam("size", 1).queryParam("page", n).get(PATH).then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo((int) n))
                .body("totalOre", equalTo(((Number) page0.get("totalOre")).intValue()));
    }

    /**
     * One facility's list works out the months only of the agreements whose kept balance is above nothing; the list
     * over every facility works out every agreement's months. Both must name the same agreements with the same sums,
     * here for every facility of the test database, which holds (at Osloveien 155, in units of this test's own) an
     * agreement owing two months, one owing a month, one paid in full and one paid beyond what was due (credit).
     */
    @Test
    void R_PAY_4_each_facilitys_arrears_read_where_the_balance_is_above_nothing_equal_every_agreements_months() throws Exception {
        String fac = LedgerCorrectionsTests.FAC;
        for (int i = 1; i <= 4; i++) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                    UUID.nameUUIDFromBytes(("arrears-balance-" + i).getBytes()), fac, "Restanse " + i);
        }
        YearMonth from = THIS_MONTH.minusMonths(7);
        List<String> ags = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String ag = LedgerCorrectionsTests.resident("Restanse " + i, from.atDay(1));
            LedgerCorrectionsTests.moveOut(ag, (i == 1 ? from.plusMonths(1) : from).atEndOfMonth());
            ags.add(ag);
        }
        EgenbetalingFlowTests.run(from.toString());
        EgenbetalingFlowTests.run(from.plusMonths(1).toString());
        String two = ags.get(0), one = ags.get(1), settled = ags.get(2), credit = ags.get(3);
        LocalDate paidOn = from.plusMonths(1).atDay(5);
        LedgerSumsTests.pay(EgenbetalingFlowTests.kid(settled, from.toString()), LedgerSumsTests.balance(settled), paidOn);
        LedgerSumsTests.pay(EgenbetalingFlowTests.kid(credit, from.toString()), LedgerSumsTests.balance(credit) + 50_000, paidOn);
        assertEquals(0L, LedgerSumsTests.balance(settled));
        assertEquals(-50_000L, LedgerSumsTests.balance(credit));

        Map<Object, List<Map<String, Object>>> everywhere = new java.util.HashMap<>();
        for (Map<String, Object> i : allPages(() -> Api.as("okonomi1"), 200)) {
            everywhere.computeIfAbsent(i.get("facilityId"), f -> new ArrayList<>()).add(i);
        }
        java.util.Comparator<Map<String, Object>> byId = java.util.Comparator.comparing(i -> i.get("agreementId").toString());
        for (Map<String, Object> f : Db.query("SELECT id FROM facility ORDER BY id")) {
            Object facility = f.get("id");
            List<Map<String, Object>> atFacility = new ArrayList<>(allPages(() -> Api.as("okonomi1").queryParam("facility", facility), 200));
            List<Map<String, Object>> worked = new ArrayList<>(everywhere.getOrDefault(facility, List.of()));
            atFacility.sort(byId);
            worked.sort(byId);
            assertEquals(worked, atFacility, "the arrears at " + facility);
        }
        List<Object> listed = allPages(() -> Api.as("okonomi1").queryParam("facility", fac), 200).stream().map(i -> i.get("agreementId")).toList();
        assertTrue(listed.containsAll(List.of(two, one)), "the two owing agreements are listed: " + listed);
        assertTrue(!listed.contains(settled) && !listed.contains(credit), "the settled one and the one in credit are not: " + listed);
    }

    @Test
    void R_PAY_4_the_page_is_bounded_and_bad_paging_is_a_400_naming_the_parameter() {
        Api.as("okonomi1").queryParam("size", 200).queryParam("page", 10_000).get(PATH).then().statusCode(200)
                .body("items", empty()).body("size", equalTo(200));
        for (Object[] bad : new Object[][] {{"size", 201}, {"size", 0}, {"size", "mange"}, {"page", -1}, {"page", 10_001},
                {"page", "99999999999"}}) {
            Api.asInvalid("okonomi1").queryParam((String) bad[0], bad[1]).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void R_ACC_4_the_access_log_holds_the_residents_on_the_page_returned_and_no_others() throws Exception {
        YearMonth from = THIS_MONTH.minusMonths(4);
        for (int i = 0; i < 3; i++) formerTenant(from, from);
        for (int size : List.of(1, 2)) {
            String correlation = UUID.randomUUID().toString();
            List<String> shown = Api.as("okonomi1").header("X-Correlation-Id", correlation).queryParam("facility", FAC)
                    .queryParam("size", size).get(PATH).then().statusCode(200).body("totalItems", org.hamcrest.Matchers.greaterThan(size))
                    .extract().path("items.personId");
            assertEquals(size, shown.size());
            assertEquals(shown.stream().distinct().sorted().toList(), Db.query("SELECT person_id::text AS p FROM access_log "
                    + "WHERE correlation_id = ? ORDER BY 1", correlation).stream().map(r -> (String) r.get("p")).toList(),
                    "one access-log row per resident on the page, none for the rest of the list");
        }
    }

    @Test
    void R_ACC_3_staff_page_through_their_own_facility_only_and_see_its_flagged_arrears_in_the_overview() throws Exception {
        // a resident still living there, with two months overdue: past the flag threshold (kr 5 000)
        YearMonth from = THIS_MONTH.minusMonths(3);
        String ag = EgenbetalingFlowTests.tenant(from.atDay(1));
        EgenbetalingFlowTests.run(from.toString());
        EgenbetalingFlowTests.run(from.plusMonths(1).toString());
        try {
            Supplier<RequestSpecification> staff = () -> Api.as("valoya1");
            List<Map<String, Object>> seen = allPages(staff, 3);
            assertTrue(seen.stream().allMatch(i -> FAC.equals(i.get("facilityId"))), "only their own facility: " + seen);
            assertTrue(seen.stream().anyMatch(i -> ag.equals(i.get("agreementId")) && Boolean.TRUE.equals(i.get("flagged"))));
            totalsAndOrderHold(staff);
            Api.as("valoya1").queryParam("facility", FAC).queryParam("size", 1).get(PATH).then().statusCode(200)
                    .body("items.facilityId", everyItem(equalTo(FAC)));
            Api.as("valoya1").queryParam("facility", "bakklandet").queryParam("size", 1).get(PATH).then().statusCode(403);
            Api.as("bakklandet1").queryParam("size", 200).get(PATH).then().statusCode(200)
                    .body("items.agreementId", not(hasItem(ag))).body("items.facilityId", everyItem(equalTo("bakklandet")));
            // the daily overview reads the same arrears: past the threshold is a task for the facility's staff
            Api.as(EgenbetalingFlowTests.LEDER).get("/api/overview").then().statusCode(200)
                    .body("findAll { it.kind == 'ARREARS_PAST_THRESHOLD' }.agreementId", hasItem(ag));
            Api.as("bakklandet-leder").get("/api/overview").then().statusCode(200)
                    .body("findAll { it.kind == 'ARREARS_PAST_THRESHOLD' }.agreementId", not(hasItem(ag)));
        } finally {
            EgenbetalingFlowTests.moveOut(ag, LocalDate.now(ZoneId.of("Europe/Oslo")));
        }
    }
}
