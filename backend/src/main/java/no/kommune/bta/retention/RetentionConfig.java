package no.kommune.bta.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of retention (M30, {@code bta.retention.*}); the defaults live here. */
@ConfigMapping(prefix = "bta.retention")
public interface RetentionConfig {
    /** The default period, also named in {@link PersonalData} and so in the README. */
    String DEFAULT_DAYS = "1825";

    /**
     * Days after a person's last activity (stay, closed application, appeal deadline or decision; the registration
     * for a person who never applied) before the person is forgotten (five years).
     */
    @WithDefault(DEFAULT_DAYS)
    int days();

    /**
     * When the nightly run starts; {@code off} in tests. Set in application.properties, where the scheduler reads
     * it as {@code {bta.retention.cron}}.
     */
    String cron();
}
