package no.kommune.bta.facility;

/**
 * The form of agreement a facility uses and every agreement there carries: a bo- og tjenesteavtale
 * (BTA, outside husleieloven) or a tenancy (LEASE, husleieloven). Column {@code kind} (CHECK).
 */
public enum AgreementKind {
    BTA,
    LEASE
}
