package no.kommune.bta.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Loads the fictional demo data (classpath db/demo) after the schema migrations, only when
 * {@code bta.demo-data=true} (bin/dev, the end-to-end stack, docker-compose). It keeps its own Flyway
 * history table so the schema history stays clean, and it is a runtime switch: the same build runs
 * without demo data in production.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "bta.demo-data", defaultValue = "false")
    boolean enabled;

    // The demo rows are written as the schema's owner (like the schema itself): the runtime role may not create
    // the loader's history table
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    void onStart(@Observes StartupEvent ev) {
        if (!enabled) return;
        var result = Flyway.configure().dataSource(url, owner, ownerPassword).locations("classpath:db/demo").table("flyway_demo_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        LOG.infof("Demo data: %d migration(s) applied", result.migrationsExecuted);
    }
}
