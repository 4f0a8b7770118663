package no.kommune.bta.sanction;

/** Who issued a visitor ban (R-SAN-9; column {@code visitor_ban.issued_by}, CHECK). */
public enum IssuedBy {
    STAFF,
    POLICE
}
