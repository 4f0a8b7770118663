package no.kommune.bta.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * {@code GET /q/openapi}: the contract, openapi.yaml of the repository root (packed as META-INF/openapi.yaml), byte
 * for byte; as JSON for {@code ?format=json} or an Accept header that asks for JSON (what Swagger UI and the contract
 * test read), {@code ?format=yaml} wins over the header.
 * <p>
 * Served here rather than by the OpenAPI extension, which parsed the 450 kB document into its model and wrote it out
 * again on every start (0.4 s of the image's start to its first answer, issue 16) and kept all of it in the heap. The
 * backend reads no annotations into the document anyway: the file is the contract. The JSON form is made on the
 * first request that asks for it, on a worker thread, and kept.
 */
@ApplicationScoped
public class ContractDocument {
    public static final String PATH = "/q/openapi";
    static final String RESOURCE = "META-INF/openapi.yaml";

    private volatile byte[] yaml;
    private volatile byte[] json;

    void install(@Observes Router router) {
        router.get(PATH).blockingHandler(this::serve, false);
    }

    private void serve(RoutingContext rc) {
        boolean asJson = wantsJson(rc.request().getParam("format"), rc.request().getHeader(HttpHeaders.ACCEPT));
        byte[] body = asJson ? json() : yaml();
        rc.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(Buffer.buffer(body));
    }

    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) return format.strip().toLowerCase(Locale.ROOT).equals("json");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("json");
    }

    byte[] yaml() {
        byte[] y = yaml;
        if (y == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is not packed with the backend");
                yaml = y = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return y;
    }

    byte[] json() {
        byte[] j = json;
        if (j == null) {
            try {
                ObjectMapper plain = new ObjectMapper();
                json = j = plain.writeValueAsBytes(new ObjectMapper(new YAMLFactory()).readTree(yaml()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return j;
    }
}
