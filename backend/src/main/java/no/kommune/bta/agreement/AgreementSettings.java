package no.kommune.bta.agreement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The agreement feature's practice numbers, with their defaults in this one place (keys under
 * {@code bta.agreements.*}). Numbers set by law are named constants in {@link AgreementTerms}.
 */
@ConfigMapping(prefix = "bta.agreements")
public interface AgreementSettings {

    /** An agreement ending within this many days carries ENDING_SOON and shows in the daily overview. */
    @WithDefault("30")
    int endingSoonDays();

    /** R-AGR-1: a BTA's first period is normally this many months, then evaluated; longer carries LONG_FIRST_PERIOD. */
    @WithDefault("2")
    int firstPeriodMonths();

    /** R-AGR-1: a BTA renewed for more than this many days draws a warning (renewed for at most a year at a time). */
    @WithDefault("366")
    int renewalWarningDays();

    /** A tenancy drafted without an end date runs this many years. */
    @WithDefault("3")
    int leaseTermYears();
}
