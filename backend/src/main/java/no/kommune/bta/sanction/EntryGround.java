package no.kommune.bta.sanction;

/**
 * Why staff let themselves into a unit without consent (R-SAN-8; contract schema EntryGround; columns
 * {@code entry_log.ground} and {@code facility.entry_grounds}, CHECK).
 */
public enum EntryGround {
    DANGER_TO_LIFE_OR_HEALTH,
    NOISE_AND_DISTURBANCE,
    POLICE_WARRANT,
    SUSPECTED_UNWANTED_PERSONS,
    NO_ANSWER_AT_HMS_ROUND
}
