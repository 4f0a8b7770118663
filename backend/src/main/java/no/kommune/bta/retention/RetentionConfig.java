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

    /**
     * Batches forgotten at the same time, each in its own transaction on its own connection. A batch mostly waits
     * for the scattered pages of its persons' rows to be read (issue 16: at national scale 60 % of a batch's time),
     * so two overlap well on two cores; 1 forgets one batch after the other.
     */
    @WithDefault("2")
    int workers();

    /** Persons forgotten in one transaction (one statement per kind of record for them all). */
    @WithDefault("1000")
    int batchSize();
}
