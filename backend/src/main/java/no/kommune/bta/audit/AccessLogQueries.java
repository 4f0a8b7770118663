package no.kommune.bta.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Sql;

/**
 * The access log's SQL. Rows are appended in a connection and commit of their own (plain JDBC, not the
 * business transaction), so a row is kept whether or not the call's transaction committed.
 */
@ApplicationScoped
public class AccessLogQueries {
    private static final String INSERT = """
            INSERT INTO access_log (subject, username, roles, client_id, http_method, path, operation,
                                    resource_type, resource_id, person_id, outcome, correlation_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource ds;

    @Inject
    EntityManager em;

    /** Appends the rows in a connection and commit of their own, as one batch. */
    public void append(List<AccessLogEntry> entries) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (AccessLogEntry e : entries) {
                bind(c, ps, e);
                ps.addBatch();
            }
            ps.executeBatch();
            if (!c.getAutoCommit()) c.commit();
        }
    }

    private static void bind(Connection c, PreparedStatement ps, AccessLogEntry e) throws SQLException {
        ps.setString(1, e.subject());
        ps.setString(2, e.username());
        ps.setArray(3, c.createArrayOf("text", e.roles().toArray()));
        ps.setString(4, e.clientId());
        ps.setString(5, e.httpMethod());
        ps.setString(6, e.path());
        ps.setString(7, e.operation());
        ps.setString(8, e.resourceType());
        ps.setString(9, e.resourceId());
        if (e.personId() == null) ps.setNull(10, Types.OTHER); else ps.setObject(10, e.personId());
        ps.setInt(11, e.outcome());
        ps.setString(12, e.correlationId());
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
