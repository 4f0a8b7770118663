package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;

/**
 * Idempotency-Key as in the IETF draft: the same key and body give the stored result again, the
 * same key with another body is a 422, and the same key while the first request still runs is a 409.
 * Each step commits on its own, apart from the business transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

    public record Stored(int status, String body) {
    }

    @Inject
    IdempotencyQueries keys;

    /** Null when this request is the first with the key and should run; the stored response otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored begin(String key, String clientId, String requestHash) {
        if (keys.claim(key, clientId, requestHash)) return null;
        IdempotencyQueries.KeyRow r = keys.find(key).orElseThrow();
        if (!requestHash.equals(r.requestHash())) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, EgenbetalingTexts.idempotencyKeyReused(key));
        }
        if (r.state() == IdempotencyState.IN_PROGRESS) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, EgenbetalingTexts.idempotencyKeyInProgress(key));
        }
        return new Stored(r.responseStatus(), r.responseBody());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String key, int status, String body) {
        keys.complete(key, status, body);
    }

    /** An unexpected failure: forget the key so the client can retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(String key) {
        keys.forget(key);
    }
}
