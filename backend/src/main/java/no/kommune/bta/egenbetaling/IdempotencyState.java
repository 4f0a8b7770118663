package no.kommune.bta.egenbetaling;

/** An Idempotency-Key's state: the first request with it still runs, or its response is stored. */
public enum IdempotencyState {
    IN_PROGRESS,
    DONE
}
