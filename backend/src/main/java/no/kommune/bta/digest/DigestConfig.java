package no.kommune.bta.digest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the daily e-mail digest ({@code bta.digest.*}); the defaults live here. */
@ConfigMapping(prefix = "bta.digest")
public interface DigestConfig {

    /** The SPA's address as staff open it; the mail links to its Oversikt page ({@code BTA_DIGEST_BASE_URL}). */
    @WithDefault("http://localhost:5173")
    String baseUrl();

    /**
     * Days a stored opt-in counts after its holder's token was last seen on {@code /api/me/digest} (the Oversikt page
     * reads it on every visit): someone whose access ended stops getting mail at the latest this long after.
     */
    @WithDefault("14")
    int confirmationDays();

    /** Days the record of sent digests is kept (long enough to answer "did I get it?"). */
    @WithDefault("30")
    int keepSentDays();

    /** When the daily run starts; {@code off} in tests. The scheduler reads it as {@code {bta.digest.cron}}. */
    String cron();
}
