package no.kommune.bta.sanction;

/** How an appeal against an individual decision ended (R-SAN-7; column {@code sanction.appeal_outcome}, CHECK). */
public enum AppealOutcome {
    UPHELD("Opprettholdt"),
    CHANGED("Endret"),
    REVERSED("Omgjort");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
