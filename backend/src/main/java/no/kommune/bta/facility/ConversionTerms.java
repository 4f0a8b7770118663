package no.kommune.bta.facility;

import java.util.List;

/**
 * R-FAC-3: the terms a facility takes on with its kind when it converts. A tenancy follows husleieloven: no
 * exclusion, entry only on danger to life or health, no ban on legal substances, no stay limit, three
 * months' notice, and the owner collects rent, not the unit egenbetaling (R-PAY-8). A bo- og tjenesteavtale has the
 * municipality's standard terms, and the unit collects egenbetaling.
 */
public record ConversionTerms(Integer exclusionDays, List<String> entryGrounds, SubstancePolicy substancePolicy,
                              Integer maxContinuousStayDays, int noticeDays, boolean collectsEgenbetaling) {

    /** Standard exclusion (bortvisning) in a BTA facility, in days. */
    public static final int BTA_EXCLUSION_DAYS = 5;
    /** Standard limit on a continuous BTA stay (R-AGR-7), in days. */
    public static final int BTA_MAX_CONTINUOUS_STAY_DAYS = 730;
    /** Standard notice in a BTA, in days. */
    public static final int BTA_NOTICE_DAYS = 14;
    /** Notice in a tenancy (husleieloven § 9-6: three months), in days. */
    public static final int LEASE_NOTICE_DAYS = 90;

    public static ConversionTerms of(AgreementKind kind) {
        return switch (kind) {
            case LEASE -> new ConversionTerms(null, List.of("DANGER_TO_LIFE_OR_HEALTH"), SubstancePolicy.TENANCY, null, LEASE_NOTICE_DAYS,
                    false);
            case BTA -> new ConversionTerms(BTA_EXCLUSION_DAYS, List.of("DANGER_TO_LIFE_OR_HEALTH", "NOISE_AND_DISTURBANCE",
                    "POLICE_WARRANT", "SUSPECTED_UNWANTED_PERSONS", "NO_ANSWER_AT_HMS_ROUND"), SubstancePolicy.NO_ILLEGAL_SUBSTANCES,
                    BTA_MAX_CONTINUOUS_STAY_DAYS, BTA_NOTICE_DAYS, true);
        };
    }

    /**
     * The facility takes on these terms; {@code collectsEgenbetaling} unless the conversion said otherwise
     * ({@code null}: the kind's default, R-PAY-8).
     */
    void applyTo(Facility f, Boolean collectsEgenbetalingAsProposed) {
        f.collectsEgenbetaling = collectsEgenbetalingAsProposed != null ? collectsEgenbetalingAsProposed : collectsEgenbetaling;
        f.exclusionDays = exclusionDays;
        f.entryGrounds = entryGrounds.toArray(String[]::new);
        f.substancePolicy = substancePolicy;
        f.maxContinuousStayDays = maxContinuousStayDays;
        f.noticeDays = noticeDays;
    }
}
