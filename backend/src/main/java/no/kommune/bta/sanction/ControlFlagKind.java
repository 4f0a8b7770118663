package no.kommune.bta.sanction;

/** What the control report points the auditor at (R-SAN-10; contract schema ControlFlag.flag). */
public enum ControlFlagKind {
    TERMINATION_WITHOUT_WRITTEN_WARNING("Oppsigelse uten tidligere skriftlig advarsel"),
    EXCLUSIONS_CLOSE_TOGETHER("Bortvisninger tett på hverandre"),
    ENTRIES_AT_HMS_ROUND_WITHOUT_ANSWER("Innlåsing ved HMS-runde uten svar"),
    TERMINATION_WITHOUT_DECISION("Oppsigelse fra kommunen uten godkjent vedtak");

    private final String label;

    ControlFlagKind(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
