package no.kommune.bta.agreement;

/** A party to the agreement: who signs (R-AGR-4) and who gives notice (R-AGR-2). Column {@code notice_by}. */
public enum Party {
    RESIDENT("Beboeren"),
    MUNICIPALITY("Kommunen");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
