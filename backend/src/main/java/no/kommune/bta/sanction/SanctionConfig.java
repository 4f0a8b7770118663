package no.kommune.bta.sanction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

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

    /**
     * R-SAN-11 (fvl § 27): the postal address the decision letter gives for appeals, after the facility's fagleder,
     * when the facility has no address of its own; without either the letter asks the resident to hand the appeal
     * to the staff.
     */
    Optional<String> appealAddress();

    /** R-SAN-11 (fvl § 28): who decides an appeal the facility does not grant itself. */
    @WithDefault("kommunens klagenemnd")
    String appealBody();
}
