package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * An agreement's ledger answers its lines in pages counted from the newest (issue 16: a ledger paid onto thousands of
 * times grew past half a megabyte), each line with the running balance over the whole ledger (R-PAY-4).
 */
@QuarkusTest
class LedgerPagingTests {

    static final String FAC = "osloveien-155";
    static final String LEDER = "osloveien155-leder";

    /**
     * A resident at Osloveien 155 (a BTA facility: it collects egenbetaling) in a unit of this test's own ({@code k}:
     * other tests count the units at Valøyveien 9 and those no one has lived in), for the whole of the months from
     * {@code first} to {@code last}, who never paid.
     */
    static String formerTenant(int k, YearMonth first, YearMonth last) throws InterruptedException {
        String label = "Reskontrotest " + k;
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes(("ledger-paging-" + k).getBytes()), FAC, label);
        String ag = AgreementFlowTests.movedIn(LEDER, FAC, label, first.atDay(1));
        EgenbetalingFlowTests.moveOut(LEDER, ag, last.atEndOfMonth());
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) EgenbetalingFlowTests.run(m.toString());
        return ag;
    }

    static String path(String agreement) {
        return "/api/agreements/" + agreement + "/ledger";
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Map<String, Object> ledger) {
        return (List<Map<String, Object>>) ledger.get("lines");
    }

    @Test
    void R_PAY_4_the_ledger_comes_in_pages_from_the_newest_with_the_running_balance_of_the_whole() throws Exception {
        YearMonth from = ArrearsPagingTests.THIS_MONTH.minusMonths(6);
        String ag = formerTenant(1, from, from.plusMonths(4));

        Map<String, Object> whole = Api.as("okonomi1").get(path(ag)).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(LedgerService.LEDGER_PAGE_SIZE)).extract().jsonPath().getMap("");
        List<Map<String, Object>> all = lines(whole);
        assertTrue(all.size() >= 5, "five months charged: " + all);
        assertEquals(all.size(), ((Number) whole.get("totalLines")).intValue());
        String kid = all.stream().filter(l -> "CHARGE".equals(l.get("type")) && l.get("kid") != null).reduce((a, b) -> b)
                .map(l -> (String) l.get("kid")).orElseThrow();
        assertEquals(kid, whole.get("kid"), "the ledger names its latest charge's KID");

        // pages of two, newest first: put back together they are the whole ledger, balances and all
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        for (int page = 0; page * 2 < all.size(); page++) {
            Map<String, Object> p = Api.as("okonomi1").queryParam("page", page).queryParam("size", 2).get(path(ag)).then()
                    .statusCode(200).body("totalLines", equalTo(all.size())).body("page", equalTo(page)).body("size", equalTo(2))
                    .body("balanceOre", equalTo(((Number) whole.get("balanceOre")).intValue())).body("kid", equalTo(kid))
                    .extract().jsonPath().getMap("");
            pages.add(lines(p));
        }
        assertEquals(all.subList(all.size() - 2, all.size()), pages.get(0), "page 0 holds the latest lines, in date order");
        List<Map<String, Object>> joined = new ArrayList<>();
        for (int i = pages.size() - 1; i >= 0; i--) joined.addAll(pages.get(i));
        assertEquals(all, joined, "the pages, oldest page first, are the whole ledger with its running balance");
        Api.as("okonomi1").queryParam("page", pages.size()).queryParam("size", 2).get(path(ag)).then().statusCode(200)
                .body("lines", empty()).body("totalLines", equalTo(all.size()));
    }

    @Test
    void R_PAY_4_a_ledger_page_is_bounded_and_bad_paging_is_a_400_naming_the_parameter() throws Exception {
        String ag = formerTenant(2, ArrearsPagingTests.THIS_MONTH.minusMonths(3), ArrearsPagingTests.THIS_MONTH.minusMonths(3));
        Api.as("okonomi1").queryParam("size", LedgerService.LEDGER_MAX_SIZE).queryParam("page", 10_000).get(path(ag)).then()
                .statusCode(200).body("lines", empty()).body("size", equalTo(LedgerService.LEDGER_MAX_SIZE));
        for (Object[] bad : new Object[][] {{"size", LedgerService.LEDGER_MAX_SIZE + 1}, {"size", 0}, {"size", "alle"},
                {"page", -1}, {"page", 10_001}}) {
            Api.asInvalid("okonomi1").queryParam((String) bad[0], bad[1]).get(path(ag)).then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo(bad[0]));
        }
    }
}
