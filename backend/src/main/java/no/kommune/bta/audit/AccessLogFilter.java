package no.kommune.bta.audit;

import no.kommune.bta.common.Audited;
import io.opentelemetry.api.trace.Span;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.common.Problem;
import no.kommune.bta.common.ProblemType;
import no.kommune.bta.security.CurrentUser;
import no.kommune.bta.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The single mechanism that writes the access log: every call to an {@link Audited} resource,
 * allowed or refused, becomes one row with who, what, when and the outcome (one row per person a list
 * shows). It fails closed: an answer that shows data is replaced by a 503 when its rows cannot be written.
 */
public class AccessLogFilter {
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    /** The key of the correlation id in the logging context. */
    public static final String CORRELATION_MDC = "correlationId";
    private static final java.util.regex.Pattern CORRELATION = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Inject
    AccessLogWriter writer;

    @ServerRequestFilter(preMatching = true)
    public void correlation(ContainerRequestContext req) {
        String id = req.getHeaderString(CORRELATION_HEADER);
        // a caller's own id is kept only when it is a plain token (letters, digits, '.', '_', '-'), at most 100 long
        if (id == null || !CORRELATION.matcher(id).matches()) {
            id = UUID.randomUUID().toString();
            req.getHeaders().putSingle(CORRELATION_HEADER, id);
        }
        // every log line of the request carries it (JSON logs: mdc.correlationId), and so does its trace
        MDC.put(CORRELATION_MDC, id);
        Span.current().setAttribute("bta.correlation_id", id);
    }

    @ServerResponseFilter
    public void log(ContainerRequestContext req, ContainerResponseContext res, ResourceInfo info, RoutingContext rc) {
        String correlation = req.getHeaderString(CORRELATION_HEADER);
        res.getHeaders().putSingle(CORRELATION_HEADER, correlation);
        if (info == null || info.getResourceMethod() == null) return;
        Method m = info.getResourceMethod();
        Audited a = m.getAnnotation(Audited.class);
        if (a == null) a = info.getResourceClass().getAnnotation(Audited.class);
        if (a == null) return;

        String resourceId = rc.get(AuditContext.RESOURCE_KEY);
        if (resourceId == null) resourceId = pathId(a, m, req);
        UUID person = rc.get(AuditContext.PERSON_KEY);

        String subject = null, username = null, name = null, client = null;
        List<String> roles = List.of();
        List<String> units = List.of();
        if (rc.user() instanceof QuarkusHttpUser u) {
            SecurityIdentity id = u.getSecurityIdentity();
            if (id != null && !id.isAnonymous()) {
                roles = id.getRoles().stream().filter(Roles.ALL::contains).sorted().toList();
                if (id.getPrincipal() instanceof JsonWebToken jwt) {
                    subject = jwt.getSubject();
                    username = jwt.getClaim("preferred_username");
                    name = CurrentUser.name(jwt);
                    client = jwt.getClaim("azp");
                    units = List.copyOf(CurrentUser.facilities(jwt));
                } else {
                    subject = id.getPrincipal().getName();
                }
            }
        }
        List<UUID> listed = rc.get(AuditContext.LISTED_KEY);
        List<UUID> persons = listed != null ? listed : Collections.singletonList(person);
        AccessLogEntry call = new AccessLogEntry(subject, username, name, roles, units, client, req.getMethod(),
                req.getUriInfo().getPath(), m.getName(), a.resourceType(), resourceId, res.getStatus(), correlation);
        if (res.getStatus() >= 400) {
            // nothing was shown: the refusal is logged without holding the answer back (a 503 answers at once: the
            // database it would be written to is away or slow, and the caller has waited for it already)
            if (io.vertx.core.Context.isOnEventLoopThread() || res.getStatus() == 503) {
                Infrastructure.getDefaultWorkerPool().execute(() -> writeRefusal(call, persons));
            } else {
                writeRefusal(call, persons);
            }
            return;
        }
        // R-ACC-2, fail closed: the data leaves only once its rows are written
        try {
            writer.write(call, persons);
        } catch (AccessLogUnavailable e) {
            ProblemType t = ProblemType.ACCESS_LOG_UNAVAILABLE;
            res.setStatus(t.status());
            res.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
            res.getHeaders().remove("Content-Disposition");
            res.getHeaders().putSingle("Retry-After", "30");
            res.setEntity(new Problem(t.uri(), t.title(), t.status(),
                    "Opplysningene sendes ikke fordi tilgangsloggen ikke kan skrives. Prøv igjen om litt.",
                    req.getUriInfo().getPath(), t.rule(), null), new java.lang.annotation.Annotation[0], MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private void writeRefusal(AccessLogEntry call, List<UUID> persons) {
        try {
            writer.write(call, persons);
        } catch (AccessLogUnavailable e) {
            // already logged by the writer; the caller got a refusal and no data
        }
    }

    private static String pathId(Audited a, Method m, ContainerRequestContext req) {
        var params = req.getUriInfo().getPathParameters();
        if (!a.idParam().isEmpty()) return params.getFirst(a.idParam());
        // the last path parameter names the innermost resource
        String found = null;
        for (Parameter p : m.getParameters()) {
            var pp = p.getAnnotation(org.jboss.resteasy.reactive.RestPath.class);
            var jp = p.getAnnotation(jakarta.ws.rs.PathParam.class);
            String name = pp != null && !pp.value().isEmpty() ? pp.value() : jp != null ? jp.value() : pp != null ? p.getName() : null;
            if (name != null && params.getFirst(name) != null) found = params.getFirst(name);
        }
        if (found == null && !params.isEmpty()) found = params.values().iterator().next().get(0);
        return found;
    }
}
