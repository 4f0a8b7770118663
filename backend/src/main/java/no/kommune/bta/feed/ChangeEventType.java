package no.kommune.bta.feed;

/**
 * The kinds of change in the feed (M26; contract {@code ChangeEvent.type}). The database triggers of
 * V8__change_feed.sql append them; this is what a consumer can rely on.
 */
public enum ChangeEventType {
    ALLOCATION_MADE,
    ALLOCATION_RELEASED,
    AGREEMENT_SIGNED,
    NOTICE_GIVEN,
    /** A termination decision reversed on appeal withdrew the notice it gave (V13, R-SAN-12). */
    NOTICE_WITHDRAWN,
    MOVED_IN,
    MOVED_OUT,
    CHARGE_CREATED,
    PAYMENT_REGISTERED,
    VACANCY_CHANGED
}
