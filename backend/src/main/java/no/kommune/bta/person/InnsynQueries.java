package no.kommune.bta.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.person.InnsynDtos.InnsynFilter;
import no.kommune.bta.security.AccessReason;

/**
 * Innsyn's reads (R-ACC-2, R-ACC-3, R-ACC-4): the person's access-log rows with their kind, the staff's name and
 * their units by name (columns {@code actor_name}, {@code actor_units}, migration V21),
 * and who holds access to the person now (function {@code access_holders}, migration V24, over {@code access_grants}).
 */
@ApplicationScoped
public class InnsynQueries {

    /**
     * The kind of a row: a job; an appearance in a list (an operation the texts name as a list, or an unnamed
     * {@code list…}/{@code search…} operation); else a read or a change by the HTTP method.
     */
    private static final String KIND = """
            CASE WHEN l.http_method = 'JOB' THEN 'JOB'
                 WHEN l.operation IN (:list_ops)
                      OR (l.operation NOT IN (:known_ops) AND (l.operation LIKE 'list%' OR l.operation LIKE 'search%')) THEN 'LIST'
                 WHEN l.http_method IN ('GET', 'HEAD') THEN 'READ'
                 ELSE 'CHANGE' END""";

    /** The person's rows in the period (Europe/Oslo days, both ends included) with their kind. */
    private static final String ROWS = """
            SELECT l.id, l.at, l.username, l.client_id, l.roles, l.operation, l.resource_type, l.outcome,
                   l.actor_name,
                   ARRAY(SELECT coalesce(f.name, u.id) FROM unnest(l.actor_units) AS u(id)
                         LEFT JOIN facility f ON f.id = u.id ORDER BY 1) AS unit_names,
            """ + KIND + """
             AS kind
            FROM access_log l
            WHERE l.person_id = :p
              AND l.at >= CAST(CAST(:from_day AS date) AS timestamp) AT TIME ZONE 'Europe/Oslo'
              AND l.at < CAST(CAST(:to_day AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Oslo'""";

    /** The widest period the log can hold. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    @Inject
    EntityManager em;

    /** One log row as read, before it is put into words. */
    public record LogRow(Instant at, String actorName, String username, String clientId, List<String> roles,
                         List<String> unitNames, String operation, String resourceType, InnsynKind kind, int outcome) {
    }

    /**
     * One grant someone holds on the person now. {@code caseworkerName} is the name the caseworker's token carried
     * when they last used the person's data (the access log keeps it; the application keeps the username only).
     */
    public record HolderRow(AccessReason reason, String facilityId, String facilityName, String caseworker,
                            String caseworkerName, LocalDate endedOn, LocalDate until) {
    }

    /** The person's rows, newest first. */
    public List<LogRow> rows(UUID personId, InnsynFilter filter, int limit, int offset) {
        return bind(Sql.of(em, "SELECT e.* FROM (" + ROWS + ") e" + kindClause(filter)
                        + " ORDER BY e.at DESC, e.id DESC LIMIT :size OFFSET :off"), personId, filter)
                .bind("size", limit).bind("off", offset)
                .list(InnsynQueries::logRow);
    }

    public long count(UUID personId, InnsynFilter filter) {
        return bind(Sql.of(em, "SELECT count(*) AS n FROM (" + ROWS + ") e" + kindClause(filter)), personId, filter).number();
    }

    /** Every holder of access to the person now, facilities first, by name. */
    public List<HolderRow> holders(UUID personId, LocalDate today, int windowDays) {
        return Sql.of(em, """
                        SELECT DISTINCT h.reason AS access_reason, h.facility_id, f.name AS facility_name, h.caseworker,
                               (SELECT l.actor_name FROM access_log l
                                WHERE l.person_id = :p AND l.subject = h.caseworker_subject AND l.actor_name IS NOT NULL
                                ORDER BY l.at DESC LIMIT 1) AS caseworker_name,
                               h.ended_on, h.until,
                               CASE h.reason WHEN 'RESIDENT' THEN 1 WHEN 'ALLOCATED' THEN 2 WHEN 'AFTER_CARE' THEN 3
                                             WHEN 'APPLICATION' THEN 4 ELSE 5 END AS reason_order
                        FROM access_holders(:p, CAST(:today AS date), CAST(:window AS integer)) h
                        LEFT JOIN facility f ON f.id = h.facility_id
                        ORDER BY reason_order, facility_name, h.caseworker, h.ended_on""")
                .bind("p", personId).bind("today", today).bind("window", windowDays)
                .list(r -> new HolderRow(r.enumOf("access_reason", AccessReason.class), r.str("facility_id"),
                        r.str("facility_name"), r.str("caseworker"), r.str("caseworker_name"), r.date("ended_on"),
                        r.date("until")));
    }

    private static String kindClause(InnsynFilter filter) {
        return filter.kind() == null ? "" : " WHERE e.kind = :kind";
    }

    private static Sql bind(Sql sql, UUID personId, InnsynFilter filter) {
        sql.bind("p", personId)
                .bind("from_day", filter.from() == null ? EARLIEST : filter.from())
                .bind("to_day", filter.to() == null ? LATEST : filter.to())
                .bind("list_ops", InnsynTexts.LIST_OPERATIONS)
                .bind("known_ops", Set.copyOf(InnsynTexts.OPERATIONS.keySet()));
        if (filter.kind() != null) sql.bind("kind", filter.kind());
        return sql;
    }

    private static LogRow logRow(Row r) {
        return new LogRow(r.instant("at"), r.str("actor_name"), r.str("username"), r.str("client_id"), r.strings("roles"),
                r.strings("unit_names"), r.str("operation"), r.str("resource_type"), r.enumOf("kind", InnsynKind.class),
                r.intOr0("outcome"));
    }
}
