package no.kommune.bta.agreement;

/** Whether a move-out followed a termination, and on which ground (R-AGR-8). Column {@code termination_ground}. */
public enum TerminationGround {
    NONE("Ingen (eget ønske eller avtalens slutt)"),
    BREACHES("Brudd"),
    ARREARS("Restanse");

    private final String label;

    TerminationGround(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
