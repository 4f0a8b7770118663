package no.kommune.bta.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of an application (contract {@code IntakeStatus}). Derived from the recorded steps by the SQL function
 * {@code intake_status_of} (V29), the one definition, and kept in {@code intake.status} by triggers in the same
 * transaction as each step (read through the view {@code intake_state}). Which steps each status allows:
 * {@link IntakeTransitions}.
 */
public enum IntakeStatus {
    SUBMITTED,
    WAITING,
    ALLOCATED,
    INFORMED,
    ORIENTED,
    DECIDED,
    DECLINED,
    WITHDRAWN,
    REJECTED,
    MOVED_IN;

    /** The statuses nothing more happens from. */
    public static final Set<IntakeStatus> CLOSED = EnumSet.of(DECLINED, WITHDRAWN, REJECTED, MOVED_IN);

    /** Every status before the application is closed. */
    public static final Set<IntakeStatus> OPEN = EnumSet.complementOf(EnumSet.copyOf(CLOSED));

    public boolean closed() {
        return CLOSED.contains(this);
    }
}
