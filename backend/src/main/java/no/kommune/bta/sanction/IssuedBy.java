package no.kommune.bta.sanction;

/** Who issued a visitor ban (R-SAN-9; column {@code visitor_ban.issued_by}, CHECK). */
public enum IssuedBy {
    STAFF("Personalet"),
    POLICE("Politiet");

    private final String label;

    IssuedBy(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }
}
