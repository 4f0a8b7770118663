package no.kommune.bta.intake;

import java.util.List;

/** The legal basis of a vedtak om praktisk bistand (R-INT-4); column {@code service_decision.legal_basis} (CHECK). */
public enum LegalBasis {
    /** Pasient- og brukerrettighetsloven § 2-1 a andre ledd. */
    PBRL_2_1A_2,
    /** Helse- og omsorgstjenesteloven § 3-1. */
    HOL_3_1,
    /** Helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav b. */
    HOL_3_2_1_6B;

    /** A decision that names no basis rests on all three. */
    public static final List<LegalBasis> DEFAULT = List.of(values());
}
