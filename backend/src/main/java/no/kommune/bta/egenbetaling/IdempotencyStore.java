package no.kommune.bta.egenbetaling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import no.kommune.bta.common.ProblemException;

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
    EntityManager em;

    /** Null when this request is the first with the key and should run; the stored response otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored begin(String key, String clientId, String requestHash) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO idempotency_key (key, client_id, request_hash, state) VALUES (:k, :c, :h, 'IN_PROGRESS')
                        ON CONFLICT (key) DO NOTHING""")
                .setParameter("k", key).setParameter("c", clientId).setParameter("h", requestHash).executeUpdate();
        if (inserted == 1) return null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, state, response_status, response_body FROM idempotency_key WHERE key = :k")
                .setParameter("k", key).getResultList();
        Object[] r = rows.get(0);
        if (!requestHash.equals(r[0])) {
            throw new ProblemException(422, "idempotency-key-reused", "Nøkkelen er brukt for en annen forespørsel",
                    "Idempotency-Key «" + key + "» ble brukt med et annet innhold", null, null);
        }
        if ("IN_PROGRESS".equals(r[1])) {
            throw new ProblemException(409, "idempotency-key-in-progress", "Forespørselen med denne nøkkelen pågår",
                    "Prøv igjen når den første forespørselen med Idempotency-Key «" + key + "» er ferdig", null, null);
        }
        return new Stored(((Number) r[2]).intValue(), (String) r[3]);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String key, int status, String body) {
        em.createNativeQuery("UPDATE idempotency_key SET state = 'DONE', response_status = :s, response_body = :b WHERE key = :k")
                .setParameter("s", status).setParameter("b", body).setParameter("k", key).executeUpdate();
    }

    /** An unexpected failure: forget the key so the client can retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(String key) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE key = :k").setParameter("k", key).executeUpdate();
    }
}
