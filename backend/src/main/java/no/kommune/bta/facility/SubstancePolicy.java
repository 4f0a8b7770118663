package no.kommune.bta.facility;

/** A facility's rule on substances (contract {@code SubstancePolicy}; column {@code facility.substance_policy}, CHECK). */
public enum SubstancePolicy {
    SUBSTANCE_FREE,
    NO_ILLEGAL_SUBSTANCES,
    /** Husleieloven: no ban on legal substances. */
    TENANCY
}
