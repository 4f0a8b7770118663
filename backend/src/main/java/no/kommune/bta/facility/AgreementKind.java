package no.kommune.bta.facility;

import no.kommune.bta.common.Enums;
import no.kommune.bta.common.ProblemException;

/**
 * The form of agreement a facility uses and every agreement there carries: a bo- og tjenesteavtale
 * (BTA, outside husleieloven) or a tenancy (LEASE, husleieloven). Column {@code kind} (CHECK).
 */
public enum AgreementKind {
    BTA("bo- og tjenesteavtale"),
    LEASE("husleiekontrakt");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    /** The agreement form's name in running text. */
    public String label() {
        return label;
    }

    /** An optional {@code kind} query parameter: null when absent, 400 when it names no kind. */
    public static AgreementKind fromQuery(String value) {
        return value == null ? null : Enums.find(AgreementKind.class, value)
                .orElseThrow(() -> ProblemException.badRequest("kind", "må være BTA eller LEASE"));
    }
}
