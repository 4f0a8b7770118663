package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/**
 * Idempotency keys (table idempotency_key): per caller, the request each key was first used for, and its response.
 * A key is kept for a while ({@code keep}); one older than that, or one left IN_PROGRESS for longer than the
 * timeout by a request that died, is free to be claimed again.
 */
@ApplicationScoped
public class IdempotencyQueries {
    /** The age of a row compared with a duration, in the database's own time (as the stalled jobs are found). */
    private static final String OLDER_THAN = "created_at < now() - make_interval(secs => CAST(:%s AS double precision))";

    @Inject
    EntityManager em;

    /** A key as stored: the hash of the first request's body, and its response once there is one. */
    public record KeyRow(String requestHash, IdempotencyState state, Integer responseStatus, String responseBody) {
    }

    /**
     * Claims the caller's key for a request now running, as {@code claim}: a new key, an expired one, or one left
     * IN_PROGRESS past the timeout. False when the key is held or answers with its stored response.
     */
    public boolean claim(String caller, String key, String requestHash, UUID claim, Duration keep, Duration inProgressTimeout) {
        return Sql.of(em, """
                        INSERT INTO idempotency_key AS k (client_id, key, request_hash, state, claim_id)
                        VALUES (:caller, :k, :hash, :running, :claim)
                        ON CONFLICT (client_id, key) DO UPDATE
                            SET request_hash = EXCLUDED.request_hash, state = EXCLUDED.state, claim_id = EXCLUDED.claim_id,
                                response_status = NULL, response_body = NULL, created_at = now()
                            WHERE k.%s OR (k.state = :running AND k.%s)"""
                        .formatted(OLDER_THAN.formatted("keep"), OLDER_THAN.formatted("timeout")))
                .bind("caller", caller).bind("k", key).bind("hash", requestHash).bind("running", IdempotencyState.IN_PROGRESS)
                .bind("claim", claim).bind("keep", seconds(keep)).bind("timeout", seconds(inProgressTimeout))
                .execute() == 1;
    }

    public Optional<KeyRow> find(String caller, String key) {
        return Sql.of(em, """
                        SELECT request_hash, state, response_status, response_body FROM idempotency_key
                        WHERE client_id = :caller AND key = :k""")
                .bind("caller", caller).bind("k", key)
                .first(r -> new KeyRow(r.str("request_hash"), r.enumOf("state", IdempotencyState.class), r.integer("response_status"),
                        r.str("response_body")));
    }

    /** Stores the response, if the claim still holds the key (one taken over after the timeout no longer does). */
    public void complete(String caller, String key, UUID claim, int status, String body) {
        Sql.of(em, """
                        UPDATE idempotency_key SET state = :done, response_status = :status, response_body = :body
                        WHERE client_id = :caller AND key = :k AND claim_id = :claim""")
                .bind("done", IdempotencyState.DONE).bind("status", status).bind("body", body).bind("caller", caller)
                .bind("k", key).bind("claim", claim).execute();
    }

    /** Frees the key, if the claim still holds it. */
    public void forget(String caller, String key, UUID claim) {
        Sql.of(em, "DELETE FROM idempotency_key WHERE client_id = :caller AND key = :k AND claim_id = :claim")
                .bind("caller", caller).bind("k", key).bind("claim", claim).execute();
    }

    /** Removes the keys older than {@code keep}; returns how many. */
    public int removeExpired(Duration keep) {
        return Sql.of(em, "DELETE FROM idempotency_key WHERE " + OLDER_THAN.formatted("keep")).bind("keep", seconds(keep)).execute();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
