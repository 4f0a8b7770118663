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
import java.sql.Types;
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
    private static final String INSERT = """
            INSERT INTO access_log (subject, username, actor_name, roles, actor_units, client_id, http_method, path,
                                    operation, resource_type, resource_id, person_id, outcome, correlation_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
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
     * Appends the rows in one statement (the rows of one answer differ only in the person: one INSERT over the
     * array of persons, so the chain trigger's statement-level work runs once): inside a transaction (a job's
     * work) as part of it, so the work and its log rows commit together or not at all; otherwise (after a call's
     * own transaction) in a commit of their own.
     */
    public void append(List<AccessLogEntry> entries) throws SQLException {
        boolean inTransaction = tx.getTransactionStatus() == Status.STATUS_ACTIVE;
        try (Connection c = ds.getConnection()) {
            AccessLogEntry first = entries.get(0);
            boolean onePerPerson = entries.stream().allMatch(e -> e.equals(withPerson(first, e.personId())));
            if (onePerPerson) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_PER_PERSON)) {
                    bind(c, ps, first, entries.stream().map(AccessLogEntry::personId).toList());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (AccessLogEntry e : entries) {
                        bind(c, ps, e, null);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!inTransaction && !c.getAutoCommit()) c.commit();
        }
    }

    private static AccessLogEntry withPerson(AccessLogEntry e, UUID person) {
        return new AccessLogEntry(e.subject(), e.username(), e.actorName(), e.roles(), e.actorUnits(), e.clientId(),
                e.httpMethod(), e.path(), e.operation(), e.resourceType(), e.resourceId(), person, e.outcome(),
                e.correlationId());
    }

    /** Binds one row; with {@code persons} the person is the array bound last (the per-person statement). */
    private static void bind(Connection c, PreparedStatement ps, AccessLogEntry e, List<UUID> persons)
            throws SQLException {
        int i = 0;
        ps.setString(++i, e.subject());
        ps.setString(++i, e.username());
        ps.setString(++i, e.actorName());
        ps.setArray(++i, c.createArrayOf("text", e.roles().toArray()));
        ps.setArray(++i, c.createArrayOf("text", e.actorUnits().toArray()));
        ps.setString(++i, e.clientId());
        ps.setString(++i, e.httpMethod());
        ps.setString(++i, e.path());
        ps.setString(++i, e.operation());
        ps.setString(++i, e.resourceType());
        ps.setString(++i, e.resourceId());
        if (persons == null) {
            if (e.personId() == null) ps.setNull(++i, Types.OTHER); else ps.setObject(++i, e.personId());
        }
        ps.setInt(++i, e.outcome());
        ps.setString(++i, e.correlationId());
        if (persons != null) ps.setArray(++i, c.createArrayOf("uuid", persons.toArray()));
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
