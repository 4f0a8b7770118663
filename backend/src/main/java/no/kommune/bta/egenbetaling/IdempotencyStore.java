package no.kommune.bta.egenbetaling;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.ProblemException;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.common.jobs.OnOneInstance;
import org.jboss.logging.Logger;

/**
 * Idempotency-Key as in the IETF draft: the same key and body give the stored result again, the
 * same key with another body is a 422, and the same key while the first request still runs is a 409.
 * Each step commits on its own, apart from the business transaction.
 * <p>
 * A key belongs to its caller: the token's client and subject, so the same key from two clients (or two people)
 * is two keys, and nobody is answered with another caller's response. A key is kept for
 * {@code bta.payments.idempotency.keep} (24 hours); after that it is new again, and the scheduled cleanup removes
 * it. A key left IN_PROGRESS by a request that died is released after {@code in-progress-timeout}: the next request
 * with it runs, and the dead request's late answer (if it ever comes) no longer counts.
 */
@ApplicationScoped
public class IdempotencyStore {
    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    public record Stored(int status, String body) {
    }

    /** One request's hold on a key: whose key it is, the key, and this request's own id. */
    public record Claim(String caller, String key, UUID id) {
        /** A new claim on the key for the caller the token names. */
        public static Claim of(String clientId, String subject, String key) {
            return new Claim(clientId + "/" + subject, key, UUID.randomUUID());
        }
    }

    @Inject
    IdempotencyQueries keys;

    @Inject
    EgenbetalingConfig.Payments config;

    /** Empty when this request holds the key now and should run; the stored response otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> begin(Claim claim, String requestHash) {
        EgenbetalingConfig.Payments.Idempotency c = config.idempotency();
        Optional<IdempotencyQueries.KeyRow> held = Optional.empty();
        // twice at most: a key freed between the claim and the read (its request failed) is claimed the second time
        for (int attempt = 0; attempt < 2 && held.isEmpty(); attempt++) {
            if (keys.claim(claim.caller(), claim.key(), requestHash, claim.id(), c.keep(), c.inProgressTimeout())) {
                return Optional.empty();
            }
            held = keys.find(claim.caller(), claim.key());
        }
        IdempotencyQueries.KeyRow r = held.orElseThrow(() -> ProblemException.of(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS,
                EgenbetalingTexts.idempotencyKeyInProgress(claim.key())));
        if (!requestHash.equals(r.requestHash())) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED, EgenbetalingTexts.idempotencyKeyReused(claim.key()));
        }
        if (r.state() == IdempotencyState.IN_PROGRESS) {
            throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS, EgenbetalingTexts.idempotencyKeyInProgress(claim.key()));
        }
        return Optional.of(new Stored(r.responseStatus(), r.responseBody()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Claim claim, int status, String body) {
        keys.complete(claim.caller(), claim.key(), claim.id(), status, body);
    }

    /** An unexpected failure: forget the key so the client can retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(Claim claim) {
        keys.forget(claim.caller(), claim.key(), claim.id());
    }

    /** Removes the keys kept longer than {@code keep}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeExpired() {
        return keys.removeExpired(config.idempotency().keep());
    }

    @Scheduled(every = "{bta.payments.idempotency.cleanup-every}", identity = "idempotency-key-cleanup")
    @OnOneInstance
    void cleanup() {
        int n = removeExpired();
        if (n > 0) LOG.infof("%d expired idempotency key(s) removed", n);
    }
}
