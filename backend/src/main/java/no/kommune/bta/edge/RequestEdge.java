package no.kommune.bta.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemMappers;
import no.kommune.bta.common.ProblemType;
import org.jboss.logging.Logger;

/**
 * The first thing a request meets, before the REST layer, the access log and the database see it (issue 15):
 * <ul>
 * <li>a control character in the path or in a query parameter (after percent-decoding) is a 400 naming the parameter
 * (the path parameter's name from the contract), so that no NUL reaches a query, a log or PostgreSQL;</li>
 * <li>a body over its limit is a 413: the bank file ({@code POST /api/egenbetaling/imports}) up to 20 MB, every other
 * body (JSON) up to 1 MB. A declared length over the limit is refused at once; a chunked body is read up to the limit.
 * {@code quarkus.http.limits.max-body-size} (20M) stays as the server's own last bound. A JSON body of declared length
 * is read whole here too, so the REST layer takes it from memory.</li>
 * </ul>
 * Both answers are application/problem+json like every other error.
 */
@ApplicationScoped
public class RequestEdge {
    private static final Logger LOG = Logger.getLogger(RequestEdge.class);
    public static final long JSON_LIMIT = 1024 * 1024;
    public static final long BANK_FILE_LIMIT = 20 * 1024 * 1024;
    static final String BANK_FILE_PATH = "/api/egenbetaling/imports";

    /** Runs before Quarkus' own body-size check (order -2), after the header filters of the configuration. */
    private static final int ORDER = -3;
    private static final String MALFORMED = "ugyldig prosentkoding";

    @Inject
    ObjectMapper json;

    private final PathTemplates templates = PathTemplates.fromContract();
    private final BodyHandler jsonBody = BodyHandler.create(false).setBodyLimit(JSON_LIMIT).setMergeFormAttributes(false);
    private final BodyHandler fileBody = BodyHandler.create(false).setBodyLimit(BANK_FILE_LIMIT).setMergeFormAttributes(false);

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle).failureHandler(this::failed);
    }

    private void handle(RoutingContext rc) {
        Problem.Violation bad = controlCharacter(rc.request().path(), rc.request().query());
        if (bad != null) {
            refuse(rc, ProblemType.BAD_REQUEST, bad.field() + ": " + bad.message(), List.of(bad), false);
            return;
        }
        long limit = limit(rc);
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = Long.MAX_VALUE;
            }
            if (length > limit) {
                tooLarge(rc, limit);
                return;
            }
            if (length > 0 && limit == JSON_LIMIT && isJson(rc)) {
                // read here, on the event loop, so that the REST layer reads the bytes instead of handing each chunk
                // across to a worker thread that waits for them (a tenth of a JSON POST's CPU under load)
                jsonBody.handle(rc);
            } else {
                rc.next();
            }
        } else if (rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // a chunked body has no declared length: read it here, up to the limit (BodyHandler fails with 413 beyond)
            (limit == BANK_FILE_LIMIT ? fileBody : jsonBody).handle(rc);
        } else {
            rc.next();
        }
    }

    /**
     * A failure outside the REST layer (a chunked body over its limit, an error in a handler): problem+json without the
     * exception, its class or its stack, whatever the profile (Quarkus' own error page shows the stack in dev and test).
     * An authentication failure is left to Quarkus, which answers it with its challenge.
     */
    private void failed(RoutingContext rc) {
        if (rc.response().headWritten() || rc.failure() instanceof AuthenticationException) {
            rc.next();
        } else if (rc.statusCode() == 413) {
            tooLarge(rc, limit(rc));
        } else if (rc.statusCode() >= 400 && rc.statusCode() < 500) {
            ProblemType type = rc.statusCode() == 404 ? ProblemType.NOT_FOUND : ProblemType.BAD_REQUEST;
            refuse(rc, type, rc.statusCode(), type.title(), null, false);
        } else {
            LOG.error("Unexpected error outside the REST layer", rc.failure());
            refuse(rc, ProblemType.INTERNAL, 500, ProblemMappers.INTERNAL_DETAIL, null, false);
        }
    }

    private static boolean isJson(RoutingContext rc) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    private static long limit(RoutingContext rc) {
        return rc.request().method() == HttpMethod.POST && BANK_FILE_PATH.equals(rc.request().path()) ? BANK_FILE_LIMIT : JSON_LIMIT;
    }

    private void tooLarge(RoutingContext rc, long limit) {
        String what = limit == BANK_FILE_LIMIT ? "bankfilen" : "JSON-innholdet";
        String message = "høyst " + limit / (1024 * 1024) + " MB";
        refuse(rc, ProblemType.PAYLOAD_TOO_LARGE, "Forespørselen er for stor: " + what + " kan være " + message,
                List.of(new Problem.Violation("body", message)), true);
    }

    /** The first path segment or query parameter holding a control character, decoded, or null. */
    Problem.Violation controlCharacter(String path, String query) {
        String[] segments = path == null ? new String[0] : path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String decoded = decode(segments[i].replace("+", "%2B"));
            if (decoded == null) return new Problem.Violation(templates.parameterAt(segments, i), MALFORMED);
            if (hasControl(decoded)) return new Problem.Violation(templates.parameterAt(segments, i), StrictJson.CONTROL_CHARACTER);
        }
        if (query == null || query.isEmpty()) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) return new Problem.Violation(name == null ? "query" : name, MALFORMED);
            if (hasControl(name)) return new Problem.Violation("query", StrictJson.CONTROL_CHARACTER);
            if (hasControl(value)) return new Problem.Violation(name, StrictJson.CONTROL_CHARACTER);
        }
        return null;
    }

    /** In a parameter even tab, CR and LF are control characters. */
    private static boolean hasControl(String s) {
        return StrictJson.controlCharacter(s) >= 0 || s.indexOf('\t') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void refuse(RoutingContext rc, ProblemType type, String detail, List<Problem.Violation> violations, boolean close) {
        refuse(rc, type, type.status(), detail, violations, close);
    }

    private void refuse(RoutingContext rc, ProblemType type, int status, String detail, List<Problem.Violation> violations,
                        boolean close) {
        Problem p = new Problem(type.uri(), type.title(), status, detail, null, type.rule(), violations);
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // the unread body of a refused request would otherwise be taken for the next request on the connection
        if (close) response.putHeader(HttpHeaders.CONNECTION, "close");
        response.end(body);
    }
}
