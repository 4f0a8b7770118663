package no.kommune.bta.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of retention (M30, {@code bta.retention.*}); the defaults live here. */
@ConfigMapping(prefix = "bta.retention")
public interface RetentionConfig {

    /** Days after the last stay or application ended before a person is anonymised (five years). */
    @WithDefault("1825")
    int days();

    /**
     * When the nightly run starts; {@code off} in tests. Set in application.properties, where the scheduler reads
     * it as {@code {bta.retention.cron}}.
     */
    String cron();
}
