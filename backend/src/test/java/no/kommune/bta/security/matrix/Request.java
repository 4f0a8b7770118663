package no.kommune.bta.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.bta.security.matrix.Contract.Operation;

/**
 * One call of an operation: path parameters, query, headers and a body made from the contract's request example
 * with the fixture's ids and dates put in. Sent with the JDK's HTTP client and without contract validation: the
 * matrix looks at statuses, a thousand times, and must stay fast.
 */
public final class Request {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Operation op;
    private final Map<String, Object> path = new LinkedHashMap<>();
    private final Map<String, Object> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private JsonNode body;
    private String text;

    private Request(Operation op) {
        this.op = op;
        if (op.example() != null && op.example().isObject()) body = op.example().deepCopy();
        if (op.example() != null && op.example().isTextual()) text = op.example().asText();
    }

    /**
     * A request with the contract's example as its body (when the operation takes one). A paged list is asked for its
     * largest page, so that no one is hidden on a later page from the checks of what a list holds.
     */
    public static Request of(Operation op) {
        Request r = new Request(op);
        if (op.queryParams().contains("size")) r.query("size", 200);
        return r;
    }

    public Request path(String name, Object value) {
        path.put(name, String.valueOf(value));
        return this;
    }

    public Request query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    public Request header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Sets a body field (a value, a list or a map), replacing what the example had there. */
    public Request with(String field, Object value) {
        ((ObjectNode) body).set(field, JSON.valueToTree(value));
        return this;
    }

    /**
     * What is not filled in as it must be: a path parameter without a value, or an id that is not a fixture's, such as
     * the example's (every id in a matrix call is a fixture's, or the call would only ever test "not found").
     */
    public List<String> gaps(java.util.Set<String> fixtureIds) {
        List<String> out = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(op.path());
        while (m.find()) {
            if (!path.containsKey(m.group(1))) out.add("path parameter " + m.group(1) + " has no value");
        }
        String values = path.values() + " " + query.values() + " " + (body == null ? "" : body.toString());
        Matcher ids = UUID_TEXT.matcher(values);
        while (ids.find()) {
            if (!fixtureIds.contains(ids.group())) out.add("id " + ids.group() + " is not a fixture's (the example's?)");
        }
        return out;
    }

    /** Sends the request with this bearer token (none when null) and reads the answer. */
    public Answer send(String token) {
        String target = op.path();
        for (var p : path.entrySet()) target = target.replace("{" + p.getKey() + "}", encode(p.getValue().toString()));
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(encode(k)).append('=').append(encode(v.toString())));
        String payload = text != null ? text : body != null ? body.toString() : null;
        var builder = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + target + q))
                .timeout(Duration.ofSeconds(60))
                // as the SPA does, JSON also when there is no body
                .header("Content-Type", text != null ? op.contentType() : "application/json")
                .method(op.method(), payload == null ? BodyPublishers.noBody() : BodyPublishers.ofString(payload));
        if (token != null) builder.header("Authorization", "Bearer " + token);
        String correlation = headers.getOrDefault("X-Correlation-Id", java.util.UUID.randomUUID().toString());
        builder.header("X-Correlation-Id", correlation);
        headers.forEach((k, v) -> {
            if (!k.equals("X-Correlation-Id")) builder.header(k, v);
        });
        try {
            HttpResponse<byte[]> r = HTTP.send(builder.build(), BodyHandlers.ofByteArray());
            String contentType = r.headers().firstValue("Content-Type").orElse("");
            String raw = contentType.contains("pdf") ? "" : new String(r.body(), StandardCharsets.UTF_8);
            String problemType = null;
            if (contentType.contains("problem+json")) {
                try {
                    problemType = JSON.readTree(raw).path("type").asText(null);
                } catch (IOException e) {
                    problemType = "(unreadable problem)";
                }
            }
            return new Answer(r.statusCode(), problemType, raw, correlation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What came back: the status, the problem type when it is a problem, and the body for the list checks. */
    public record Answer(int status, String problemType, String body, String correlationId) {
        private static final String PROBLEMS = "https://bta.kommune.no/problems/";

        @Override
        public String toString() {
            return status + (problemType == null ? "" : " " + problemType.replace(PROBLEMS, ""));
        }
    }
}
