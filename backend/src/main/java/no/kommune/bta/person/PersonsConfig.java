package no.kommune.bta.person;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the person register ({@code bta.persons.*}). */
@ConfigMapping(prefix = "bta.persons")
public interface PersonsConfig {

    /** Synthetic test numbers (month + 40/80) are accepted only outside production (dev and test profiles). */
    @WithDefault("false")
    boolean allowSyntheticNumbers();
}
