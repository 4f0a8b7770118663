package no.kommune.bta.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of retention (M30, {@code bta.retention.*}); the defaults live here. */
@ConfigMapping(prefix = "bta.retention")
public interface RetentionConfig {

    /** Days after the last stay or application ended before a person is anonymised (five years). */
    @WithDefault("1825")
    int days();

    /** When the nightly run starts; {@code off} in tests. Read by the scheduler as {@code {bta.retention.cron}}. */
    @WithDefault("0 30 2 * * ?")
    String cron();
}
