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
import java.util.function.Function;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Sql;

/**
 * The access log's SQL. The table is append-only (migration V21: the runtime role may only insert and read;
 * a trigger numbers each row and links it to the previous one with a hash).
 */
@ApplicationScoped
public class AccessLogQueries {
    /**
     * The rows of several calls in one statement: one row per entry of the first two arrays (the call's number, from
     * 1, and the person or null), in their order, each with its call's fields from the arrays after them (the n-th
     * entry is call n's). Roles and units come as array literals, since an array of arrays must be rectangular.
     */
    private static final String INSERT_CALLS = """
            INSERT INTO access_log (subject, username, actor_name, roles, actor_units, client_id, http_method, path,
                                    operation, resource_type, resource_id, person_id, outcome, correlation_id)
            SELECT c.subject, c.username, c.actor_name, CAST(c.roles AS text[]), CAST(c.actor_units AS text[]),
                   c.client_id, c.http_method, c.path, c.operation, c.resource_type, c.resource_id, p.id, c.outcome,
                   c.correlation_id
            FROM unnest(?::int[], ?::uuid[]) WITH ORDINALITY AS p(call, id, n)
            JOIN unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::int[], ?::text[]) WITH ORDINALITY
                 AS c(subject, username, actor_name, roles, actor_units, client_id, http_method, path, operation,
                      resource_type, resource_id, outcome, correlation_id, call) ON c.call = p.call
            ORDER BY p.n""";

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
            insert(c, List.of(call), List.of(persons));
        }
    }

    /** True while the calling thread has an active transaction the rows should join. */
    boolean inTransaction() {
        return tx.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * The calls' rows, one per person of each (a null person: a call about no one), calls and persons in their order,
     * in one statement on the given connection: the chain trigger's statement-level work (moving the head) and the
     * statement's round trip come once for them all, however many calls share a commit.
     */
    static void insert(Connection c, List<AccessLogEntry> calls, List<List<UUID>> persons) throws SQLException {
        int rows = persons.stream().mapToInt(List::size).sum();
        Integer[] callOfRow = new Integer[rows];
        UUID[] personOfRow = new UUID[rows];
        int row = 0;
        for (int call = 0; call < calls.size(); call++) {
            for (UUID person : persons.get(call)) {
                callOfRow[row] = call + 1;
                personOfRow[row++] = person;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_CALLS)) {
            int i = 0;
            ps.setArray(++i, c.createArrayOf("int4", callOfRow));
            ps.setArray(++i, c.createArrayOf("uuid", personOfRow));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::subject));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::username));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::actorName));
            ps.setArray(++i, texts(c, calls, e -> arrayLiteral(e.roles())));
            ps.setArray(++i, texts(c, calls, e -> arrayLiteral(e.actorUnits())));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::clientId));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::httpMethod));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::path));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::operation));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::resourceType));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::resourceId));
            ps.setArray(++i, c.createArrayOf("int4", calls.stream().map(AccessLogEntry::outcome).toArray(Integer[]::new)));
            ps.setArray(++i, texts(c, calls, AccessLogEntry::correlationId));
            ps.executeUpdate();
        }
    }

    private static java.sql.Array texts(Connection c, List<AccessLogEntry> calls, Function<AccessLogEntry, String> field)
            throws SQLException {
        return c.createArrayOf("text", calls.stream().map(field).toArray(String[]::new));
    }

    /** A text[] literal of the values, each quoted (PostgreSQL's array input: backslash before a quote or backslash). */
    static String arrayLiteral(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (String v : values) {
            if (out.length() > 1) out.append(',');
            if (v == null) {
                out.append("NULL");
                continue;
            }
            out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
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
