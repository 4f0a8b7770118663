package no.kommune.bta.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.jboss.logging.Logger;

/**
 * Writes access-log rows in their own connection and commit, so a row is kept whether or not the
 * business transaction of the call committed.
 */
@ApplicationScoped
public class AccessLogWriter {
    private static final Logger LOG = Logger.getLogger(AccessLogWriter.class);

    @Inject
    AgroalDataSource ds;

    public void write(AccessLogEntry e) {
        String sql = """
                INSERT INTO access_log (subject, username, roles, client_id, http_method, path, operation,
                                        resource_type, resource_id, person_id, outcome, correlation_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
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
            ps.executeUpdate();
            if (!c.getAutoCommit()) c.commit();
        } catch (SQLException ex) {
            LOG.errorf(ex, "Could not write access log for %s %s", e.httpMethod(), e.path());
        }
    }
}
