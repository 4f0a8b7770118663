package no.kommune.bta.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error the API gives is application/problem+json; bad input never becomes a 500. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What a 500 says: never the exception, its class or its stack. */
    public static final String INTERNAL_DETAIL = "En uventet feil oppstod. Feilen er logget.";
    static final String WRONG_VALUE = "ugyldig verdi eller format";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        boolean body = false;
        List<Problem.Violation> list = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            FieldPath fp = fieldOf(v.getPropertyPath());
            body |= fp.inBody;
            list.add(new Problem.Violation(fp.field, v.getMessage()));
        }
        list.sort(Comparator.comparing(Problem.Violation::field));
        String detail = list.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        int status = body ? 422 : 400;
        return respond(new Problem((body ? ProblemType.VALIDATION : ProblemType.BAD_REQUEST).uri(),
                (body ? ProblemType.VALIDATION : ProblemType.BAD_REQUEST).title(), status, detail, path(uri), null, list));
    }

    private record FieldPath(String field, boolean inBody) {
    }

    /** "method.body.houseRules[0].text" → "houseRules[0].text" (body); "method.size" → "size" (parameter). */
    private static FieldPath fieldOf(Path path) {
        StringBuilder sb = new StringBuilder();
        boolean inBody = false;
        boolean afterParam = false;
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.METHOD) continue;
            if (n.getKind() == ElementKind.PARAMETER) {
                if ("body".equals(n.getName())) {
                    inBody = true;
                } else {
                    sb.append(n.getName());
                }
                afterParam = true;
                continue;
            }
            if (!afterParam && n.getKind() == ElementKind.PROPERTY && sb.isEmpty()) inBody = true;
            // the index or key of a container element belongs to the container, written before the property
            if (n.isInIterable() && !sb.isEmpty()) {
                if (n.getIndex() != null) sb.append('[').append(n.getIndex()).append(']');
                else if (n.getKey() != null) sb.append('[').append(n.getKey()).append(']');
            }
            if (n.getName() == null || n.getKind() == ElementKind.CONTAINER_ELEMENT) continue;
            if (!sb.isEmpty()) sb.append('.');
            sb.append(n.getName());
        }
        // an index on a container element belongs to the element before it: "houseRules.[0]" is never produced
        String field = sb.isEmpty() ? "body" : sb.toString();
        return new FieldPath(field, inBody);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(ProblemType.BAD_REQUEST.uri(), ProblemType.BAD_REQUEST.title(), 400,
                "Ukjent felt: «" + field + "»", path(uri), null, List.of(new Problem.Violation(field, "ukjent felt"))));
    }

    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class})
    public Response badJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        // Jackson's own messages name Java types: never sent, only the reasons written for the caller are
        String reason = e instanceof JsonValueRefused ? e.getOriginalMessage() : WRONG_VALUE;
        return respond(new Problem(ProblemType.BAD_REQUEST.uri(), ProblemType.BAD_REQUEST.title(), 400,
                field.isEmpty() ? "Ugyldig JSON: innholdet har ikke den formen operasjonen tar imot" : field + ": " + reason,
                path(uri), null, List.of(new Problem.Violation(field.isEmpty() ? "body" : field, reason))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(ProblemType.BAD_REQUEST.uri(), ProblemType.BAD_REQUEST.title(), 400,
                "Forespørselen er ikke gyldig JSON", path(uri), null,
                List.of(new Problem.Violation("body", "ikke gyldig JSON"))));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer realm=\"bta\"")
                .entity(new Problem(ProblemType.UNAUTHORIZED.uri(), ProblemType.UNAUTHORIZED.title(), 401,
                        "Forespørselen mangler et gyldig tilgangstoken", path(uri), null, null))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemType.FORBIDDEN.uri(), ProblemType.FORBIDDEN.title(), 403,
                "Rollen din gir ikke tilgang til dette", path(uri), null, null));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(Exception e, UriInfo uri) {
        return respond(ProblemException.staleVersion("Last inn på nytt og prøv igjen").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.BAD_REQUEST;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        String typeUri = type != null ? type.uri() : Problem.BASE + "http-" + status;
        String title = type != null ? type.title() : e.getResponse().getStatusInfo().getReasonPhrase();
        // the framework's message may name classes or parameters' internals: the caller gets the title
        return respond(new Problem(typeUri, title, status, status >= 500 ? INTERNAL_DETAIL : title, path(uri), null, null));
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            // no stack: the database being away is the operator's alarm (readiness DOWN), not a defect here
            LOG.warnf("Database unavailable: %s", DatabaseUnavailable.describe(e));
            return Response.fromResponse(respond(new Problem(ProblemType.UNAVAILABLE.uri(), ProblemType.UNAVAILABLE.title(), 503,
                    DatabaseUnavailable.DETAIL, path(uri), null, null))).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected error", e);
        return respond(new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500, INTERNAL_DETAIL, path(uri),
                null, null));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
