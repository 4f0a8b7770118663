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

    /**
     * Every writer takes the change feed's advisory lock before the row of its agreement's ledger sums (V43, V46), so
     * two writers never wait for each other in opposite orders: on each table and event, every AFTER trigger that
     * appends change events fires before every trigger that adds to the sums (row triggers first, then statement
     * triggers, each kind in the order of their names).
     */
    @Test
    void change_events_are_appended_before_the_ledger_sums_are_locked() {
        List<Map<String, Object>> triggers = Db.query("""
                SELECT c.relname AS tbl, t.tgname AS name, t.tgtype AS type, p.proname AS function
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND t.tgtype & 2 = 0
                ORDER BY c.relname, t.tgtype & 1 DESC, t.tgname""");
        int checked = 0;
        for (int event : new int[] {4, 8, 16}) { // INSERT, DELETE, UPDATE
            Map<String, List<String>> kinds = new java.util.TreeMap<>(); // per table, in firing order
            Map<String, List<Object>> names = new java.util.TreeMap<>();
            for (Map<String, Object> t : triggers) {
                if ((((Number) t.get("type")).intValue() & event) == 0) continue;
                String function = (String) t.get("function");
                String kind = function.startsWith("change_on") ? "change" : function.startsWith("agreement_ledger") ? "ledger" : null;
                if (kind == null) continue;
                kinds.computeIfAbsent((String) t.get("tbl"), k -> new ArrayList<>()).add(kind);
                names.computeIfAbsent((String) t.get("tbl"), k -> new ArrayList<>()).add(t.get("name"));
            }
            for (var e : kinds.entrySet()) {
                List<String> order = e.getValue();
                if (!order.contains("change") || !order.contains("ledger")) continue;
                checked++;
                assertTrue(order.lastIndexOf("change") < order.indexOf("ledger"), e.getKey() + " (event " + event
                        + "): the change feed's triggers fire first, but the order is " + names.get(e.getKey()));
            }
        }
        assertTrue(checked >= 3, "charge on INSERT, payment on INSERT and UPDATE have both kinds: " + checked);
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
