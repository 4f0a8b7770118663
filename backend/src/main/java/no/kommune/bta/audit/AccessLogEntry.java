package no.kommune.bta.audit;

import java.util.List;
import java.util.UUID;

/**
 * One row of the access log: who (token subject, username, name, roles, the units the token names), through
 * which client, what (method, path, operation, resource), whose data, the outcome.
 */
public record AccessLogEntry(String subject, String username, String actorName, List<String> roles,
                             List<String> actorUnits, String clientId, String httpMethod, String path,
                             String operation, String resourceType, String resourceId, UUID personId, int outcome,
                             String correlationId) {
}
