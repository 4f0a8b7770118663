package no.kommune.bta.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Sql;

/**
 * The access log's SQL. The table is append-only (migration V21: the runtime role may only insert and read;
 * a trigger numbers each row and links it to the previous one with a hash).
 */
@ApplicationScoped
public class AccessLogQueries {
    /** The same row once per person in the array (the last parameter), in the array's order. */
    private static final String INSERT_PER_PERSON = """
            INSERT INTO access_log (subject, username, actor_name, roles, actor_units, client_id, http_method, path,
                                    operation, resource_type, resource_id, person_id, outcome, correlation_id)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, p.id, ?, ?
            FROM unnest(?::uuid[]) WITH ORDINALITY AS p(id, n) ORDER BY p.n""";

    @Inject
    AgroalDataSource ds;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry tx;

    /**
     * Appends the call's rows inside the caller's transaction (a job's work), so the work and its log rows commit
     * together or not at all. Calls outside a transaction go through {@link AccessLogGroupCommit} instead.
     */
    public void appendInTransaction(AccessLogEntry call, List<UUID> persons) throws SQLException {
        try (Connection c = ds.getConnection()) {
            insert(c, call, persons);
        }
    }

    /** True while the calling thread has an active transaction the rows should join. */
    boolean inTransaction() {
        return tx.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * One call's rows, one per person (a null person: a call about no one), in one statement on the given
     * connection, so the chain trigger's statement-level work runs once per call.
     */
    static void insert(Connection c, AccessLogEntry call, List<UUID> persons) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_PER_PERSON)) {
            int i = 0;
            ps.setString(++i, call.subject());
            ps.setString(++i, call.username());
            ps.setString(++i, call.actorName());
            ps.setArray(++i, c.createArrayOf("text", call.roles().toArray()));
            ps.setArray(++i, c.createArrayOf("text", call.actorUnits().toArray()));
            ps.setString(++i, call.clientId());
            ps.setString(++i, call.httpMethod());
            ps.setString(++i, call.path());
            ps.setString(++i, call.operation());
            ps.setString(++i, call.resourceType());
            ps.setString(++i, call.resourceId());
            ps.setInt(++i, call.outcome());
            ps.setString(++i, call.correlationId());
            ps.setArray(++i, c.createArrayOf("uuid", persons.toArray()));
            ps.executeUpdate();
        }
    }

    /** Innsyn (R-ACC-2): who read or changed a person's data, newest first. */
    public List<AccessLogView> forPerson(UUID personId, Paging paging) {
        return Sql.of(em, """
                        SELECT at, username, roles, client_id, operation, http_method, outcome
                        FROM access_log WHERE person_id = :p ORDER BY at DESC, id DESC LIMIT :size OFFSET :off""")
                .bind("p", personId).bind("size", paging.size()).bind("off", paging.offset())
                .list(r -> new AccessLogView(r.instant("at"), r.str("username"), r.strings("roles"), r.str("client_id"),
                        r.str("operation"), r.str("http_method"), r.intOr0("outcome")));
    }

    public long countForPerson(UUID personId) {
        return Sql.of(em, "SELECT count(*) AS n FROM access_log WHERE person_id = :p").bind("p", personId).number();
    }
}
