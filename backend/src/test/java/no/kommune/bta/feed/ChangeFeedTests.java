package no.kommune.bta.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangeFeedTests {

    static long last() {
        return ((Number) Db.query("SELECT coalesce(max(id), 0) AS m FROM change_event").get(0).get("m")).longValue();
    }

    @Test
    void a_consumer_polling_during_concurrent_changes_sees_every_event_once_in_order() throws Exception {
        long start = last();
        String token = Tokens.integration();
        List<Long> seen = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        Future<?> consumer = pool.submit(() -> {
            long cursor = start;
            while (true) {
                boolean more = writing.get();
                JsonPath page = Api.withToken(token).queryParam("after", cursor).queryParam("limit", 7).get("/api/events")
                        .then().statusCode(200).extract().jsonPath();
                List<Number> ids = page.getList("items.id");
                ids.forEach(i -> seen.add(i.longValue()));
                cursor = page.getLong("next");
                if (!more && ids.isEmpty()) return null;
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(pool.submit(() -> {
                for (int k = 0; k < 6; k++) {
                    Api.withToken(token).header("Idempotency-Key", UUID.randomUUID().toString())
                            .body(Map.of("kid", "1234", "amountOre", 100, "paidOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                                    "sourceReference", "feed-" + UUID.randomUUID()))
                            .post("/api/egenbetaling/payments").then().statusCode(201);
                }
                return null;
            }));
        }
        for (Future<?> f : writers) f.get(60, TimeUnit.SECONDS);
        writing.set(false);
        consumer.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        List<Long> all = Db.query("SELECT id FROM change_event WHERE id > ? ORDER BY id", start).stream()
                .map(r -> ((Number) r.get("id")).longValue()).toList();
        assertTrue(all.size() >= 48, "48 payments registered: " + all.size());
        assertEquals(all, seen, "the consumer saw every event exactly once, in order");
    }

    @Test
    void events_carry_ids_only_and_the_feed_is_for_integration() {
        long start = last();
        Api.asIntegration().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kid", "5678", "amountOre", 100, "paidOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(), "sourceReference", "ids-" + UUID.randomUUID()))
                .post("/api/egenbetaling/payments").then().statusCode(201);
        JsonPath page = Api.asIntegration().queryParam("after", start).get("/api/events").then().statusCode(200).extract().jsonPath();
        assertEquals("PAYMENT_REGISTERED", page.getString("items[0].type"));
        assertEquals(List.of("paymentId"), new ArrayList<>(page.getMap("items[0].ids").keySet()));
        Api.as("okonomi1").get("/api/events").then().statusCode(403);
        Api.asInvalid("okonomi1").queryParam("limit", 5000).get("/api/events").then().statusCode(403);
    }
}
