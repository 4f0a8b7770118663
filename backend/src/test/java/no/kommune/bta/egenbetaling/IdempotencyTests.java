package no.kommune.bta.egenbetaling;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * Idempotency-Key of payment registrations (issue 14, deliverable 4): a key belongs to its caller, is kept 24 hours,
 * and one left IN_PROGRESS by a request that died is released after the timeout (2 minutes). Time is simulated by
 * rows with an old {@code created_at}, never by waiting.
 */
@QuarkusTest
class IdempotencyTests {
    static final String P = "https://bta.kommune.no/problems/";
    static final String PAYMENTS = "/api/egenbetaling/payments";

    @Inject
    IdempotencyStore store;

    /** A payment with a KID no charge has: it waits unmatched, and every call is independent of the others. */
    static Map<String, Object> payment(long ore) {
        return Map.of("kid", "7777777", "amountOre", ore, "paidOn", LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString(),
                "sourceReference", "IDEM-" + UUID.randomUUID());
    }

    static List<Map<String, Object>> rows(String key) {
        return Db.query("SELECT client_id, state FROM idempotency_key WHERE key = ? ORDER BY client_id", key);
    }

    static void age(String key, String interval) {
        Db.update("UPDATE idempotency_key SET created_at = now() - CAST(? AS interval) WHERE key = ?", interval, key);
    }

    @Test
    void R_PAY_3_the_same_key_from_two_clients_is_two_keys() {
        String key = UUID.randomUUID().toString();
        String api = Api.asIntegration().header("Idempotency-Key", key).body(payment(100)).post(PAYMENTS).then().statusCode(201)
                .body("channel", equalTo("API")).extract().path("id");
        // another client (økonomi in bta-cli) with the same key and another body: a key of its own, not a reuse (422)
        String manual = Api.as("okonomi1").header("Idempotency-Key", key).body(payment(200)).post(PAYMENTS).then().statusCode(201)
                .body("channel", equalTo("MANUAL")).extract().path("id");
        assertTrue(!api.equals(manual));
        var rows = rows(key);
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> "DONE".equals(r.get("state"))), rows.toString());
        // each client is answered with its own stored response
        Api.as("okonomi1").header("Idempotency-Key", key).body(payment(300)).post(PAYMENTS).then().statusCode(422)
                .body("type", equalTo(P + "idempotency-key-reused"));
    }

    @Test
    void R_PAY_3_a_key_is_kept_24_hours_and_then_is_new() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = payment(100);
        Api.asIntegration().header("Idempotency-Key", key).body(first).post(PAYMENTS).then().statusCode(201);
        // within 24 hours: the same key with another body is a reuse, with the same body the stored answer
        age(key, "23 hours");
        Api.asIntegration().header("Idempotency-Key", key).body(payment(200)).post(PAYMENTS).then().statusCode(422)
                .body("type", equalTo(P + "idempotency-key-reused"));
        Api.asIntegration().header("Idempotency-Key", key).body(first).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        // older than 24 hours: the key is new again
        age(key, "25 hours");
        Map<String, Object> later = payment(200);
        Api.asIntegration().header("Idempotency-Key", key).body(later).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).body("amountOre", equalTo(200));
        assertEquals(1, rows(key).size());
        // and it is kept again from now
        Api.asIntegration().header("Idempotency-Key", key).body(later).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void R_PAY_3_expired_keys_are_removed_by_the_cleanup() {
        String old = UUID.randomUUID().toString(), fresh = UUID.randomUUID().toString();
        Api.asIntegration().header("Idempotency-Key", old).body(payment(100)).post(PAYMENTS).then().statusCode(201);
        Api.asIntegration().header("Idempotency-Key", fresh).body(payment(100)).post(PAYMENTS).then().statusCode(201);
        age(old, "25 hours");
        age(fresh, "23 hours");
        assertTrue(store.removeExpired() >= 1);
        assertEquals(0, rows(old).size());
        assertEquals(1, rows(fresh).size());
    }

    @Test
    void R_PAY_3_a_key_left_in_progress_by_a_crash_is_released_after_the_timeout() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = payment(100);
        // the first request claimed the key and died before it answered
        Api.asIntegration().header("Idempotency-Key", key).body(body).post(PAYMENTS).then().statusCode(201);
        Db.update("UPDATE idempotency_key SET state = 'IN_PROGRESS', response_status = NULL, response_body = NULL, claim_id = NULL "
                + "WHERE key = ?", key);
        Db.update("DELETE FROM payment WHERE source_reference = ?", body.get("sourceReference"));
        // while it may still be running: 409
        age(key, "1 minute");
        Api.asIntegration().header("Idempotency-Key", key).body(body).post(PAYMENTS).then().statusCode(409)
                .body("type", equalTo(P + "idempotency-key-in-progress"));
        // after the timeout the retry runs and its answer is kept
        age(key, "3 minutes");
        Api.asIntegration().header("Idempotency-Key", key).body(body).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertEquals("DONE", rows(key).get(0).get("state"));
        Api.asIntegration().header("Idempotency-Key", key).body(body).post(PAYMENTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true");
        assertEquals(1L, Db.query("SELECT count(*) AS n FROM payment WHERE source_reference = ?", body.get("sourceReference"))
                .get(0).get("n"));
    }

    @Test
    void R_PAY_3_a_request_taken_over_after_the_timeout_cannot_overwrite_its_successor() {
        String key = UUID.randomUUID().toString();
        var slow = IdempotencyStore.Claim.of("test-client", "subject", key);
        assertEquals(Optional.empty(), store.begin(slow, "h"));
        age(key, "3 minutes");
        var retry = IdempotencyStore.Claim.of("test-client", "subject", key);
        assertEquals(Optional.empty(), store.begin(retry, "h"));
        // the slow request answers at last: its answer no longer counts, and it frees nothing
        store.complete(slow, 500, "late");
        store.abandon(slow);
        assertEquals("IN_PROGRESS", rows(key).get(0).get("state"));
        store.complete(retry, 201, "{}");
        assertEquals(Optional.of(new IdempotencyStore.Stored(201, "{}")), store.begin(IdempotencyStore.Claim.of("test-client",
                "subject", key), "h"));
        // another caller's key of the same name is another key
        assertEquals(Optional.empty(), store.begin(IdempotencyStore.Claim.of("other-client", "subject", key), "h2"));
    }
}
