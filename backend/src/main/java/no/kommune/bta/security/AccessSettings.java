package no.kommune.bta.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** R-ACC-3: how long access lasts after the care relationship ends (keys under {@code bta.access.*}). */
@ConfigMapping(prefix = "bta.access")
public interface AccessSettings {

    /**
     * Days a facility keeps access after an agreement ended (settlement and after-care), and HVK after its
     * application was closed. Day 1 is the day it ended.
     */
    @WithDefault("90")
    int followUpDays();
}
