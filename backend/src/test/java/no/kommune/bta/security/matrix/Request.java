package no.kommune.bta.security.matrix;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.Method;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kommune.bta.security.matrix.Contract.Operation;

/**
 * One call of an operation: path parameters, query, headers and a body made from the contract's request example
 * with the fixture's ids and dates put in. Sent without contract validation: the matrix looks at statuses.
 */
public final class Request {
    static final ObjectMapper JSON = new ObjectMapper();
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

    /** A request with the contract's example as its body (when the operation takes one). */
    public static Request of(Operation op) {
        return new Request(op);
    }

    public Request copy() {
        Request r = new Request(op);
        r.path.putAll(path);
        r.query.putAll(query);
        r.headers.putAll(headers);
        r.body = body == null ? null : body.deepCopy();
        r.text = text;
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

    public Request without(String field) {
        ((ObjectNode) body).remove(field);
        return this;
    }

    public String queryValue(String name) {
        Object v = query.get(name);
        return v == null ? null : v.toString();
    }

    public String bodyText(String field) {
        return body == null || !body.has(field) ? null : body.get(field).asText();
    }

    /**
     * What is not filled in as it must be: a path parameter without a value, or an id in the body that is still the
     * example's (every id in a matrix call is a fixture's, or the call would only ever test "not found").
     */
    public List<String> gaps(java.util.Set<String> fixtureIds) {
        List<String> out = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(op.path());
        while (m.find()) {
            if (!path.containsKey(m.group(1))) out.add("path parameter " + m.group(1) + " has no value");
        }
        if (body != null) {
            Matcher ids = UUID_TEXT.matcher(body.toString());
            while (ids.find()) {
                if (!fixtureIds.contains(ids.group())) out.add("body id " + ids.group() + " is the example's, not a fixture's");
            }
        }
        return out;
    }

    public Answer send(String token) {
        var spec = given().redirects().follow(false);
        if (token != null) spec.header("Authorization", "Bearer " + token);
        headers.forEach(spec::header);
        query.forEach(spec::queryParam);
        // as the SPA does, JSON also when there is no body (a bodiless POST would otherwise go out as text/plain)
        if (text != null) {
            spec.contentType(op.contentType()).body(text);
        } else {
            spec.contentType("application/json");
            if (body != null) spec.body(body.toString());
        }
        Response r = spec.pathParams(path).request(Method.valueOf(op.method()), op.path());
        String contentType = r.getContentType() == null ? "" : r.getContentType();
        String problemType = null;
        String raw = contentType.contains("pdf") ? "" : r.asString();
        if (contentType.contains("problem+json")) {
            try {
                problemType = JSON.readTree(raw).path("type").asText(null);
            } catch (Exception e) {
                problemType = "(unreadable problem)";
            }
        }
        return new Answer(r.statusCode(), problemType, raw);
    }

    /** What came back: the status, the problem type when it is a problem, and the body for the list checks. */
    public record Answer(int status, String problemType, String body) {
        private static final String PROBLEMS = "https://bta.kommune.no/problems/";

        public String shortType() {
            return problemType == null ? "" : problemType.replace(PROBLEMS, "");
        }

        @Override
        public String toString() {
            return status + (problemType == null ? "" : " " + shortType());
        }
    }
}
