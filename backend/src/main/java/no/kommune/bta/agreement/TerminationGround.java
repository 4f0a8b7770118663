package no.kommune.bta.agreement;

/** Whether a move-out followed a termination, and on which ground (R-AGR-8). Column {@code termination_ground}. */
public enum TerminationGround {
    NONE,
    BREACHES,
    ARREARS
}
