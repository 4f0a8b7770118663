package no.kommune.bta.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral for termination to the property owner stands (R-SAN-6, contract schema ReferralStatus; column
 * {@code agreement_referral.status}, CHECK): REFERRED until the owner answers, then the answer. Pure: which answers
 * take effect on a date, and which must name it.
 */
public enum ReferralStatus {
    REFERRED("Henvist, venter på svar fra eieren"),
    /** The owner gave notice (oppsigelse, husleieloven § 9-5). */
    NOTICE("Eieren sa opp"),
    /** The owner lets the fixed term run out without renewal (husleieloven § 9-2). */
    FIXED_TERM_NOT_RENEWED("Tidsbestemt leie ikke fornyet"),
    /** The owner asked for eviction (fravikelse, tvangsfullbyrdelsesloven § 13-2). */
    EVICTION("Fravikelse (utkastelse)"),
    /** The owner, or the municipality, withdrew the case: the tenancy goes on. */
    WITHDRAWN("Trukket");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    /** The name the screens show (the SPA's table for this code set), used by every document too. */
    public String label() {
        return label;
    }

    /** The owner's possible answers: every status but REFERRED. */
    public static final Set<ReferralStatus> RESPONSES = EnumSet.complementOf(EnumSet.of(REFERRED));

    /** The answer ends the tenancy on a date (none for a withdrawal). */
    public boolean takesEffect() {
        return this == NOTICE || this == FIXED_TERM_NOT_RENEWED || this == EVICTION;
    }

    /** The date must be given with the answer; a fixed term not renewed ends with the term itself. */
    public boolean needsEffectiveDate() {
        return this == NOTICE || this == EVICTION;
    }
}
