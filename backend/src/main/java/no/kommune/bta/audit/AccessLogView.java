package no.kommune.bta.audit;

import java.time.Instant;
import java.util.List;

/** One access-log row as a person's innsyn shows it (R-ACC-2). */
public record AccessLogView(Instant at, String username, List<String> roles, String clientId, String operation,
                            String httpMethod, int outcome) {
}
