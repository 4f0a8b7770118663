package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import no.kommune.bta.common.db.Sql;

/** Idempotency keys (table idempotency_key): the request each key was first used for, and its response. */
@ApplicationScoped
public class IdempotencyQueries {

    @Inject
    EntityManager em;

    /** A key as stored: the hash of the first request's body, and its response once there is one. */
    public record KeyRow(String requestHash, IdempotencyState state, Integer responseStatus, String responseBody) {
    }

    /** Claims the key for a request now running; false when the key is taken already. */
    public boolean claim(String key, String clientId, String requestHash) {
        return Sql.of(em, """
                        INSERT INTO idempotency_key (key, client_id, request_hash, state) VALUES (:k, :client, :hash, :state)
                        ON CONFLICT (key) DO NOTHING""")
                .bind("k", key).bind("client", clientId).bind("hash", requestHash).bind("state", IdempotencyState.IN_PROGRESS)
                .execute() == 1;
    }

    public Optional<KeyRow> find(String key) {
        return Sql.of(em, "SELECT request_hash, state, response_status, response_body FROM idempotency_key WHERE key = :k")
                .bind("k", key)
                .first(r -> new KeyRow(r.str("request_hash"), r.enumOf("state", IdempotencyState.class), r.integer("response_status"),
                        r.str("response_body")));
    }

    public void complete(String key, int status, String body) {
        Sql.of(em, "UPDATE idempotency_key SET state = :state, response_status = :status, response_body = :body WHERE key = :k")
                .bind("state", IdempotencyState.DONE).bind("status", status).bind("body", body).bind("k", key).execute();
    }

    public void forget(String key) {
        Sql.of(em, "DELETE FROM idempotency_key WHERE key = :k").bind("k", key).execute();
    }
}
