package no.kommune.bta.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * For the services whose reads keep their plans ({@link Sql#planOnceFromHere}): the one way to ask for it on the
 * transaction's connection, so that no service needs the entity manager and no query class a copy of its own.
 */
@ApplicationScoped
public class Plans {
    @Inject
    EntityManager em;

    /** Every statement after this one in the current transaction keeps its plan ({@link Sql#planOnceFromHere}). */
    public void keptFromHere() {
        Sql.planOnceFromHere(em);
    }
}
