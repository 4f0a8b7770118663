package no.kommune.bta.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 8: every operation of openapi.yaml gets malformed and boundary input made from the contract
 * itself, with a token of a role the operation accepts (x-roles), so that the request reaches validation: a NUL in each
 * path parameter, string query parameter and JSON text; a page beyond 10 000 and a size of 100 000; dates outside
 * 1900-2200 (0000-01-01, 9999-12-31, 20261201 as a number); a value of the wrong type (a number for a text, 1.5 or a
 * text for an integer, a single value for a list); integers beyond the schema's bounds and beyond a long; a body over
 * 1 MB. The requests skip the contract's request validation (they are sent raw), and every answer must be a 4xx
 * problem+json, never a 500 and never a 2xx for input the contract forbids; after each operation's requests no table
 * (but the access log) has a row more or less.
 */
@QuarkusTest
class ContractRobustnessTests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String NUL = "a\u0000b";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** The caller tried first for each role: Bakklandet's staff, so that the facility in the path is theirs. */
    private static final Map<String, Supplier<String>> CALLERS = callers();

    private final JsonNode contract;

    ContractRobustnessTests() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    }

    private static Map<String, Supplier<String>> callers() {
        Map<String, Supplier<String>> m = new LinkedHashMap<>();
        m.put("fagleder", () -> Tokens.user("bakklandet-leder"));
        m.put("botiltak", () -> Tokens.user("bakklandet1"));
        m.put("hvk", () -> Tokens.user("hvk1"));
        m.put("okonomi", () -> Tokens.user("okonomi1"));
        m.put("esikt", () -> Tokens.user("esikt1"));
        m.put("kontroll", () -> Tokens.user("kontroll1"));
        m.put("integrasjon", Tokens::integration);
        return m;
    }

    /** One malformed request: what was changed, and the request. */
    private record Variant(String what, Map<String, String> path, Map<String, String> query, String contentType,
                           byte[] body) {
    }

    private record Operation(String id, String method, String template, List<JsonNode> parameters, String contentType,
                             JsonNode schema, JsonNode example, String token) {
    }

    @Test
    void no_operation_answers_malformed_input_with_a_500_a_2xx_or_a_stored_row() throws Exception {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        int requests = 0;
        List<Operation> operations = operations();
        for (Operation op : operations) {
            List<Variant> variants = variants(op);
            // a job another test class started may still be writing: then the operation is tried again once it is done
            for (int attempt = 0; attempt < 2; attempt++) {
                Map<String, Long> before = rowCounts();
                List<String> found = new ArrayList<>();
                for (Variant v : variants) {
                    requests++;
                    String problem = check(op, v);
                    if (problem != null) found.add(op.id() + " " + v.what() + ": " + problem);
                }
                Map<String, Long> after = rowCounts();
                boolean changed = !before.equals(after);
                if (changed && attempt == 0 && !settled(after)) continue;
                if (changed) found.add(op.id() + ": rows changed after refused requests: " + difference(before, after));
                problems.addAll(found);
                break;
            }
        }
        System.out.printf("Contract robustness: %d requests over %d operations, %d problems (%d s)%n", requests,
                operations.size(), problems.size(), (System.nanoTime() - started) / 1_000_000_000);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        assertTrue(operations.size() >= 90 && requests > 800, "every operation is tried: " + operations.size() + ", " + requests);
    }

    // ---------------------------------------------------------------- the contract

    private List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (!METHODS.contains(m.getKey())) return;
            JsonNode op = m.getValue();
            List<JsonNode> params = new ArrayList<>();
            p.getValue().path("parameters").forEach(prm -> params.add(resolve(prm)));
            op.path("parameters").forEach(prm -> params.add(resolve(prm)));
            JsonNode content = resolve(op.path("requestBody")).path("content");
            String contentType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
            JsonNode media = contentType == null ? null : content.path(contentType);
            String token = null;
            for (JsonNode role : op.path("x-roles")) {
                if (token == null && CALLERS.containsKey(role.asText())) token = CALLERS.get(role.asText()).get();
            }
            out.add(new Operation(op.path("operationId").asText(), m.getKey().toUpperCase(), p.getKey(), params, contentType,
                    media == null ? null : resolve(media.path("schema")), media == null ? null : media.get("example"), token));
        }));
        return out;
    }

    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) return node;
        JsonNode target = contract;
        for (String part : node.get("$ref").asText().substring(2).split("/")) target = target.path(part);
        return resolve(target);
    }

    // ---------------------------------------------------------------- the malformed requests

    private List<Variant> variants(Operation op) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode prm : op.parameters()) {
            String name = prm.path("name").asText();
            if (prm.path("in").asText().equals("path")) path.put(name, goodPathValue(name, resolve(prm.path("schema"))));
            if (prm.path("in").asText().equals("query") && prm.path("required").asBoolean()) {
                query.put(name, goodQueryValue(name, resolve(prm.path("schema"))));
            }
        }
        byte[] body = goodBody(op);
        List<Variant> out = new ArrayList<>();
        for (String name : path.keySet()) out.add(new Variant("NUL in path parameter " + name, with(path, name, NUL), query,
                op.contentType(), body));
        for (JsonNode prm : op.parameters()) {
            if (!prm.path("in").asText().equals("query")) continue;
            String name = prm.path("name").asText();
            JsonNode schema = resolve(prm.path("schema"));
            for (String bad : badQueryValues(name, schema)) {
                out.add(new Variant("query " + name + "=" + printable(bad), path, with(query, name, bad), op.contentType(), body));
            }
        }
        if ("application/json".equals(op.contentType())) {
            JsonNode example = op.example() != null ? op.example() : NODES.objectNode();
            List<Target> targets = new ArrayList<>();
            targets(op.schema(), List.of(), 0, targets);
            for (Target t : targets) {
                for (JsonNode bad : badValues(t.schema())) {
                    out.add(new Variant("body " + t.where() + "=" + printable(bad.toString()), path, query, op.contentType(),
                            bytes(replaced(example, t.at(), bad))));
                }
            }
            out.add(new Variant("body []", path, query, op.contentType(), "[]".getBytes(StandardCharsets.UTF_8)));
            out.add(new Variant("body over 1 MB", path, query, op.contentType(),
                    ("{\"x\": \"" + "a".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        } else if (op.contentType() != null) {
            out.add(new Variant("text with NUL", path, query, op.contentType(), ("NY000010" + NUL).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private byte[] goodBody(Operation op) {
        if (op.contentType() == null) return null;
        if (op.example() == null) return "application/json".equals(op.contentType()) ? "{}".getBytes(StandardCharsets.UTF_8) : null;
        return op.example().isTextual() ? op.example().asText().getBytes(StandardCharsets.UTF_8) : bytes(op.example());
    }

    /**
     * Where a path id is taken from: an object at Bakklandet when the database has one (the suite's other classes make
     * them), so that a request can get past the look-up to the rules; a random id otherwise, which the body's and the
     * parameters' checks still meet first.
     */
    private static final Map<String, String> IDS = Map.of(
            "agreementId", "SELECT id::text AS id FROM agreement WHERE facility_id = 'bakklandet' ORDER BY id LIMIT 1",
            "personId", "SELECT person_id::text AS id FROM agreement WHERE facility_id = 'bakklandet' ORDER BY id LIMIT 1",
            "intakeId", "SELECT id::text AS id FROM intake WHERE caseworker = 'hvk1' ORDER BY id LIMIT 1",
            "sanctionId", "SELECT id::text AS id FROM sanction WHERE facility_id = 'bakklandet' ORDER BY id LIMIT 1",
            "advanceNoticeId", "SELECT id::text AS id FROM advance_notice WHERE facility_id = 'bakklandet' ORDER BY id LIMIT 1",
            "conversionId", "SELECT id::text AS id FROM facility_conversion WHERE facility_id = 'bakklandet' ORDER BY id LIMIT 1",
            "referralId", "SELECT id::text AS id FROM agreement_referral ORDER BY id LIMIT 1",
            "runId", "SELECT id::text AS id FROM charge_run ORDER BY id LIMIT 1",
            "paymentId", "SELECT id::text AS id FROM payment ORDER BY id LIMIT 1",
            "importId", "SELECT id::text AS id FROM bank_import ORDER BY id LIMIT 1");

    private static String goodPathValue(String name, JsonNode schema) {
        if (name.equals("facilityId")) return "bakklandet";
        if (name.equals("period")) return YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(1).toString();
        if (IDS.containsKey(name)) {
            var rows = Db.query(IDS.get(name));
            if (!rows.isEmpty()) return (String) rows.get(0).get("id");
        }
        if (schema.path("format").asText().equals("uuid")) return UUID.randomUUID().toString();
        return "x";
    }

    private static String goodQueryValue(String name, JsonNode schema) {
        if (schema.path("format").asText().equals("date")) return YearMonth.now(ZoneId.of("Europe/Oslo")).atDay(1).toString();
        if (isMonth(schema)) return YearMonth.now(ZoneId.of("Europe/Oslo")).minusMonths(1).toString();
        if (name.equals("facility")) return "bakklandet";
        if (schema.has("enum")) return schema.path("enum").get(0).asText();
        return "x";
    }

    private static boolean isMonth(JsonNode schema) {
        return schema.path("pattern").asText().startsWith("^\\d{4}-");
    }

    /** Values a query parameter must refuse: a NUL in any text, out-of-range numbers and dates, no number where one is due. */
    private static List<String> badQueryValues(String name, JsonNode schema) {
        List<String> bad = new ArrayList<>();
        String type = schema.path("type").asText("string");
        if (type.equals("integer")) {
            bad.add("1.5");
            bad.add("99999999999999999999");
            if (schema.has("maximum")) bad.add(schema.get("maximum").bigIntegerValue().add(BigInteger.ONE).toString());
            if (schema.has("minimum")) bad.add(schema.get("minimum").bigIntegerValue().subtract(BigInteger.ONE).toString());
            if (name.equals("size")) bad.add("100000");
            if (name.equals("page")) bad.add("2147483648");
        } else if (type.equals("string")) {
            bad.add(NUL);
            if (schema.path("format").asText().equals("date")) bad.addAll(List.of("0000-01-01", "9999-12-31", "20261201"));
            if (isMonth(schema)) bad.addAll(List.of("0000-01", "9999-12"));
        } else {
            bad.add(NUL);
        }
        return bad;
    }

    /** A place in the body (field names and list indexes) and the schema of what goes there. */
    private record Target(List<Object> at, JsonNode schema) {
        String where() {
            StringBuilder sb = new StringBuilder();
            for (Object step : at) {
                if (step instanceof Integer i) sb.append('[').append(i).append(']');
                else sb.append(sb.isEmpty() ? "" : ".").append(step);
            }
            return sb.toString();
        }
    }

    /** Every property of the schema, nested objects and the first element of lists followed three levels down. */
    private void targets(JsonNode schema, List<Object> at, int depth, List<Target> out) {
        schema = resolve(schema);
        if (schema == null || depth > 3) return;
        schema.path("properties").fields().forEachRemaining(e -> {
            List<Object> here = new ArrayList<>(at);
            here.add(e.getKey());
            JsonNode prop = resolve(e.getValue());
            out.add(new Target(here, prop));
            if (prop.has("properties")) targets(prop, here, depth + 1, out);
            if (prop.path("type").asText().equals("array")) {
                List<Object> first = new ArrayList<>(here);
                first.add(0);
                JsonNode items = resolve(prop.path("items"));
                out.add(new Target(first, items));
                if (items.has("properties")) targets(items, first, depth + 1, out);
            }
        });
    }

    /** A copy of the example with the value at the target replaced (the objects and lists on the way made as needed). */
    private static JsonNode replaced(JsonNode example, List<Object> at, JsonNode value) {
        JsonNode root = example.isObject() ? example.deepCopy() : NODES.objectNode();
        JsonNode node = root;
        for (int i = 0; i < at.size(); i++) {
            Object step = at.get(i);
            boolean last = i == at.size() - 1;
            JsonNode next = last ? value : step(node, step);
            if (!last && (next == null || (at.get(i + 1) instanceof Integer ? !next.isArray() : !next.isObject()))) {
                next = at.get(i + 1) instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
            }
            if (node instanceof ObjectNode o) {
                o.set((String) step, next);
            } else if (node instanceof ArrayNode a) {
                if (a.isEmpty()) a.add(next);
                else a.set(0, next);
            }
            node = next;
        }
        return root;
    }

    private static JsonNode step(JsonNode node, Object step) {
        JsonNode child = step instanceof Integer i ? node.get(i) : node.get((String) step);
        return child == null ? null : child.deepCopy();
    }

    /** Bad values for a property of this schema. */
    private static List<JsonNode> badValues(JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>();
        String type = schema.path("type").asText("");
        switch (type) {
            case "string" -> {
                bad.add(NODES.textNode(NUL));
                bad.add(NODES.numberNode(12345));
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    bad.add(NODES.textNode("0000-01-01"));
                    bad.add(NODES.textNode("9999-12-31"));
                    bad.add(NODES.numberNode(20261201));
                }
                if (isMonth(schema)) {
                    bad.add(NODES.textNode("0000-01"));
                    bad.add(NODES.textNode("9999-12"));
                }
                if (format.equals("date-time")) {
                    bad.add(NODES.textNode("0000-01-01T00:00:00Z"));
                    bad.add(NODES.numberNode(1764583200));
                }
            }
            case "integer" -> {
                bad.add(NODES.numberNode(1.5));
                bad.add(NODES.textNode("5"));
                bad.add(NODES.numberNode(new BigInteger("9223372036854775808")));
                if (schema.has("maximum")) bad.add(NODES.numberNode(schema.get("maximum").bigIntegerValue().add(BigInteger.ONE)));
                if (schema.has("minimum")) bad.add(NODES.numberNode(schema.get("minimum").bigIntegerValue().subtract(BigInteger.ONE)));
            }
            case "number" -> {
                bad.add(NODES.textNode("1.5"));
                if (schema.has("maximum")) bad.add(NODES.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
            }
            case "boolean" -> {
                bad.add(NODES.textNode("true"));
                bad.add(NODES.numberNode(1));
            }
            case "array" -> bad.add(NODES.textNode("x"));
            default -> {
                if (schema.has("enum")) bad.add(NODES.textNode(NUL));
            }
        }
        return bad;
    }

    // ---------------------------------------------------------------- sending and judging

    /** What is wrong with the answer, or null. */
    private String check(Operation op, Variant v) throws InterruptedException {
        String target = op.template();
        for (var p : v.path().entrySet()) target = target.replace("{" + p.getKey() + "}", encode(p.getValue()));
        StringBuilder q = new StringBuilder();
        v.query().forEach((k, val) -> q.append(q.isEmpty() ? "?" : "&").append(encode(k)).append('=').append(encode(val)));
        var builder = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + target + q))
                .timeout(Duration.ofSeconds(60))
                .method(op.method(), v.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(v.body()));
        if (v.body() != null) builder.header("Content-Type", v.contentType());
        // a body over the limit is refused before it is sent
        if (v.body() != null && v.body().length > 1024 * 1024) builder.expectContinue(true);
        if (op.token() != null) builder.header("Authorization", "Bearer " + op.token());
        if (op.id().equals("registerPayment")) builder.header("Idempotency-Key", UUID.randomUUID().toString());
        HttpResponse<String> r;
        try {
            r = HTTP.send(builder.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            return "no answer (" + e + ")";
        }
        int status = r.statusCode();
        if (status >= 500) return status + " " + r.body();
        if (status < 400) return status + ": malformed input accepted";
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) return status + " as " + type + ": " + r.body();
        try {
            JsonNode problem = JSON.readTree(r.body());
            if (!problem.path("type").isTextual() || problem.path("status").asInt() != status) return "not a problem: " + r.body();
            String text = r.body();
            if (text.contains("Exception") || text.contains("no.kommune") || text.contains("\tat ")) return "leaks: " + text;
        } catch (IOException e) {
            return "unreadable problem: " + r.body();
        }
        return null;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String s) {
        String p = s.replace("\u0000", "\\0");
        return p.length() > 60 ? p.substring(0, 60) + "…" : p;
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    // ---------------------------------------------------------------- nothing stored

    private static String countQuery;

    /** The rows of every table but the access log, in one query. */
    private static Map<String, Long> rowCounts() {
        if (countQuery == null) {
            List<String> tables = Db.query("""
                    SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public'
                    AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'access_log%' AND table_name <> 'flyway_schema_history'
                    ORDER BY 1""").stream().map(r -> (String) r.get("t")).toList();
            countQuery = tables.stream().map(t -> "SELECT '" + t + "' AS t, count(*) AS n FROM \"" + t + "\"")
                    .collect(Collectors.joining(" UNION ALL "));
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (var r : Db.query(countQuery)) out.put((String) r.get("t"), ((Number) r.get("n")).longValue());
        return out;
    }

    /** True when no row comes or goes for a moment without any request: the change was the requests'. */
    private static boolean settled(Map<String, Long> counts) throws InterruptedException {
        Thread.sleep(300);
        if (rowCounts().equals(counts)) return true;
        for (int i = 0; i < 50 && !rowCounts().equals(counts); i++) {
            counts = rowCounts();
            Thread.sleep(200);
        }
        return false;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue()).collect(Collectors.joining(", "));
    }
}
