package no.kommune.bta.audit;

import java.util.List;

/**
 * One call as the access log records it: who (token subject, username, name, roles, the units the token names),
 * through which client, what (method, path, operation, resource) and the outcome. It becomes one row for each
 * person whose data the call touched or showed.
 */
public record AccessLogEntry(String subject, String username, String actorName, List<String> roles,
                             List<String> actorUnits, String clientId, String httpMethod, String path,
                             String operation, String resourceType, String resourceId, int outcome,
                             String correlationId) {
}
