package no.kommune.bta.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * R-STA-1: the database measures the stays (issue 16: only the figures leave it), and its means, medians and buckets
 * are those {@link StayStatistics} defines, computed here from the same four stays at Valøyveien 9 in the first half
 * of 2017: an even count, so each median is the mean of the two middle values and rounds half up.
 */
@QuarkusTest
class StatisticsMeasuresTests {
    static final String FACILITY = "valoyveien-9";
    static final String LEDER = "valoya-leder";
    static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    static final LocalDate TO = LocalDate.of(2017, 6, 30);

    /** Received, moved in, moved out (null: still there at the end of June) and where to. */
    record Resident(LocalDate received, LocalDate in, LocalDate out, String destination) {
    }

    static final List<Resident> RESIDENTS = List.of(
            new Resident(LocalDate.of(2017, 1, 2), LocalDate.of(2017, 1, 10), LocalDate.of(2017, 2, 9), "OWN_HOME"),
            new Resident(LocalDate.of(2016, 12, 1), LocalDate.of(2017, 1, 16), LocalDate.of(2017, 4, 30), "TREATMENT"),
            new Resident(LocalDate.of(2017, 1, 5), LocalDate.of(2017, 2, 1), null, null),
            new Resident(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 5), LocalDate.of(2017, 8, 1), "PRISON"));

    @Test
    void R_STA_1_the_mean_median_and_buckets_of_the_stays_and_the_median_wait_are_those_of_StayStatistics() {
        // units no other test has reserved at any time since 2016 (others take the first unit vacant from today,
        // open-ended, which a stay from 2017 would overlap)
        List<String> units = Api.as("esikt1").queryParam("facility", FACILITY).queryParam("from", "2016-12-01")
                .queryParam("size", 200).get("/api/vacancies").then().statusCode(200).extract().jsonPath()
                .getList("items.unitLabel", String.class);
        assertTrue(units.size() >= RESIDENTS.size(), "vacant units at " + FACILITY + ": " + units);
        List<String> chosen = units.subList(units.size() - RESIDENTS.size(), units.size());
        for (int i = 0; i < RESIDENTS.size(); i++) {
            Resident r = RESIDENTS.get(i);
            String id = AgreementFlowTests.movedIn(LEDER, FACILITY, chosen.get(i), r.in(), LocalDate.of(1980, 4, 4), r.received());
            if (r.out() != null) {
                Api.as(LEDER).body(Map.of("movedOutOn", r.out().toString(), "destination", r.destination(),
                        "terminationGround", "NONE")).post("/api/agreements/" + id + "/move-out").then().statusCode(200);
            }
        }
        List<Long> days = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        for (Resident r : RESIDENTS) {
            LocalDate end = r.out() != null && !r.out().isAfter(TO) ? r.out() : TO;
            days.add(ChronoUnit.DAYS.between(r.in(), end) + 1);
            waits.add(ChronoUnit.DAYS.between(r.received(), r.in()));
        }
        assertEquals(List.of(31L, 105L, 150L, 118L), days);
        assertEquals(List.of(8L, 46L, 27L, 4L), waits);
        JsonPath s = Api.as(LEDER).queryParam("facility", FACILITY).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).get("/api/statistics").then().statusCode(200).extract().jsonPath();
        assertEquals(4, s.getLong("residentsServed"));
        assertEquals(2, s.getLong("moveOuts"));
        assertEquals(2, s.getLong("stillLiving"));
        assertEquals(StayStatistics.mean(days), s.getLong("meanStayDays"));
        assertEquals(101L, s.getLong("meanStayDays"));
        assertEquals(StayStatistics.median(days), s.getLong("medianStayDays"));
        assertEquals(112L, s.getLong("medianStayDays")); // (105 + 118) / 2 = 111.5
        assertEquals(StayStatistics.median(waits), s.getLong("medianWaitingDays"));
        assertEquals(18L, s.getLong("medianWaitingDays")); // (8 + 27) / 2 = 17.5
        long[] buckets = StayStatistics.buckets(days);
        for (int i = 0; i < buckets.length; i++) {
            String label = StayStatistics.LABELS.get(i);
            assertEquals(buckets[i], s.getLong("stayBuckets.find { it.key == '" + label + "' }.count"), label);
        }
        assertEquals(3, s.getLong("stayBuckets.find { it.key == '91-180' }.count"));
    }
}
