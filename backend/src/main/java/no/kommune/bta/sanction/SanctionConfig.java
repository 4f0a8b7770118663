package no.kommune.bta.sanction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The sanction feature's settings ({@code bta.sanctions.*}), with their defaults in this one place. */
@ConfigMapping(prefix = "bta.sanctions")
public interface SanctionConfig {

    /** R-SAN-3: oral warnings within the window before a written warning on REPEATED_ORAL_WARNINGS. */
    @WithDefault("2")
    int oralWarningsBeforeWritten();

    /** R-SAN-3: how far back, in months, oral warnings count. */
    @WithDefault("6")
    int warningWindowMonths();

    /** R-SAN-4: the length of an exclusion in days where the facility has set none. */
    @WithDefault("5")
    int exclusionDaysFallback();
}
