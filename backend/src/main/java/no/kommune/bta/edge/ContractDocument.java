package no.kommune.bta.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code GET /q/openapi}: the contract, openapi.yaml of the repository root (packed as META-INF/openapi.yaml), byte
 * for byte; as JSON for {@code ?format=json} or an Accept header that asks for JSON (Swagger UI sends
 * {@code application/json, text/plain, *}{@code /*}); {@code ?format=yaml} wins over the header, an unknown format
 * leaves the choice to the header. {@code /q/openapi.json}, {@code .yaml} and {@code .yml} name their format. HEAD
 * too; an ETag per form, so a client that has the document gets a 304.
 * <p>
 * Served here rather than by the OpenAPI extension, which parsed the 450 kB document into its model and wrote it out
 * again on every start (0.4 s of the image's start to its first answer, issue 16) and kept all of it in the heap. The
 * backend reads no annotations into the document anyway: the file is the contract. The file's bytes are read as the
 * router is set up (a backend packed without it does not start); the JSON form is made once, on a worker thread, by
 * the first request that asks for it.
 */
@ApplicationScoped
public class ContractDocument {
    public static final String PATH = "/q/openapi";
    static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";

    private record Form(byte[] body, String type, String etag) {
        static Form of(byte[] body, String type) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
                return new Form(body, type, '"' + HexFormat.of().formatHex(hash, 0, 16) + '"');
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private volatile Form yaml;
    private volatile Form json;

    void install(@Observes Router router) {
        yaml = Form.of(read(), YAML_TYPE);
        route(router, PATH, rc -> wantsJson(rc.request().getParam("format"), rc.request().getHeader(HttpHeaders.ACCEPT)));
        route(router, PATH + ".json", rc -> true);
        route(router, PATH + ".yaml", rc -> false);
        route(router, PATH + ".yml", rc -> false);
    }

    private void route(Router router, String path, Predicate<RoutingContext> asJson) {
        router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(rc -> serve(rc, asJson.test(rc)), false);
    }

    private void serve(RoutingContext rc, boolean asJson) {
        Form form = asJson ? json() : yaml;
        var response = rc.response()
                .putHeader(HttpHeaders.VARY, "Accept")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.ETAG, form.etag());
        if (matches(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), form.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, form.type()).end(Buffer.buffer(form.body()));
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) t = t.substring(2);
            if (t.equals("*") || t.equals(etag)) return true;
        }
        return false;
    }

    /** JSON for format=json, YAML for format=yaml or yml; otherwise (none, or one it does not know) the header decides. */
    static boolean wantsJson(String format, String accept) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("json")) return true;
        if (f.equals("yaml") || f.equals("yml")) return false;
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private Form json() {
        Form j = json;
        if (j == null) {
            synchronized (this) {
                j = json;
                if (j == null) {
                    try {
                        byte[] bytes = new ObjectMapper().writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml.body()));
                        json = j = Form.of(bytes, JSON_TYPE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return j;
    }

    /**
     * The contract's bytes as packed with the backend, read from the jar once for the whole start (the served YAML and
     * the request edge's path templates both use them); not to be changed.
     */
    static byte[] read() {
        return Packed.BYTES;
    }

    private static final class Packed {
        static final byte[] BYTES = load();
    }

    private static byte[] load() {
        try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not packed with the backend");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
