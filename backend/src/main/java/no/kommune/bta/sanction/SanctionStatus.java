package no.kommune.bta.sanction;

/** Where a sanction stands (contract schema SanctionStatus); derived by {@link SanctionPolicy#status}, never stored. */
public enum SanctionStatus {
    AWAITING_APPROVAL("Venter på godkjenning"),
    RETURNED("Sendt tilbake"),
    APPROVED("Godkjent – ikke varslet"),
    IN_FORCE("Gjelder"),
    APPEALED("Påklaget"),
    REVERSED("Omgjort");

    private final String label;

    SanctionStatus(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
