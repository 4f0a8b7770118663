package no.kommune.bta.audit;

import java.util.List;
import java.util.UUID;

/** One row of the access log. */
public record AccessLogEntry(String subject, String username, List<String> roles, String clientId, String httpMethod,
                             String path, String operation, String resourceType, String resourceId, UUID personId,
                             int outcome, String correlationId) {
}
