package no.kommune.bta.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kommune.bta.support.Api;

/** The operations of openapi.yaml as the matrix needs them: method, path, roles, scope and the request example. */
public final class Contract {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    public static Contract read() {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One operation. {@code roles} is {@code x-roles}, {@code scope} the raw {@code x-scope} (null when missing),
     * {@code example} the request body's example (null when the operation takes none).
     */
    public record Operation(String method, String path, String operationId, Set<String> roles, String scope,
                            JsonNode example, String contentType, Set<String> queryParams) {
        public String label() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (!METHODS.contains(m.getKey())) return;
            JsonNode op = m.getValue();
            Set<String> roles = new LinkedHashSet<>();
            op.path("x-roles").forEach(r -> roles.add(r.asText()));
            Set<String> query = new LinkedHashSet<>();
            op.path("parameters").forEach(prm -> {
                JsonNode resolved = resolve(prm);
                if ("query".equals(resolved.path("in").asText())) query.add(resolved.path("name").asText());
            });
            JsonNode content = resolve(op.path("requestBody")).path("content");
            String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode example = contentType == null ? null : content.path(contentType).get("example");
            out.add(new Operation(m.getKey().toUpperCase(), p.getKey(), op.path("operationId").asText(), roles,
                    op.has("x-scope") ? op.get("x-scope").asText() : null, example, contentType, query));
        }));
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) return node;
        JsonNode target = root;
        for (String part : node.get("$ref").asText().substring(2).split("/")) target = target.path(part);
        return resolve(target);
    }
}
