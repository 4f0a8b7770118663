package no.kommune.bta.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml is the contract: the backend serves exactly that file, and the resources implement
 * exactly its operations with the roles it names. Any drift fails here.
 */
@QuarkusTest
class OpenApiContractTests {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void served_document_equals_the_committed_contract() throws IOException {
        JsonNode committed = YAML.readTree(Api.CONTRACT.toFile());
        String served = given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode servedNode = JSON.readTree(served);
        assertEquals(committed, servedNode, "GET /q/openapi differs from openapi.yaml");
    }

    @Test
    void served_yaml_is_the_committed_file_byte_for_byte_and_the_format_parameter_wins_over_the_header() throws IOException {
        byte[] committed = Files.readAllBytes(Api.CONTRACT);
        Response yaml = given().get("/q/openapi").then().statusCode(200).extract().response();
        assertTrue(yaml.contentType().startsWith("application/yaml"), yaml.contentType());
        assertTrue(Arrays.equals(committed, yaml.asByteArray()), "GET /q/openapi is not openapi.yaml as it is");
        Response asked = given().accept("application/json").queryParam("format", "yaml")
                .get("/q/openapi").then().statusCode(200).extract().response();
        assertTrue(Arrays.equals(committed, asked.asByteArray()), "?format=yaml answered something else");
        Response json = given().get("/q/openapi?format=JSON").then().statusCode(200).extract().response();
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals(YAML.readTree(committed), JSON.readTree(json.asByteArray()));
        // a format it does not know leaves the choice to the header (Swagger UI's header asks for JSON)
        Response unknown = given().header("Accept", "application/json, text/plain, */*").queryParam("format", "xml")
                .get("/q/openapi").then().statusCode(200).extract().response();
        assertEquals(YAML.readTree(committed), JSON.readTree(unknown.asByteArray()));
        assertTrue(unknown.contentType().startsWith("application/json"), unknown.contentType());
        assertEquals("Accept", unknown.header("Vary"));
    }

    @Test
    void the_named_forms_head_and_a_304_for_a_client_that_has_the_document() throws IOException {
        byte[] committed = Files.readAllBytes(Api.CONTRACT);
        assertTrue(Arrays.equals(committed, given().get("/q/openapi.yaml").then().statusCode(200).extract().asByteArray()));
        assertTrue(Arrays.equals(committed, given().get("/q/openapi.yml").then().statusCode(200).extract().asByteArray()));
        Response json = given().get("/q/openapi.json").then().statusCode(200).extract().response();
        assertEquals(YAML.readTree(committed), JSON.readTree(json.asByteArray()));
        Response head = given().head("/q/openapi").then().statusCode(200).extract().response();
        assertTrue(head.contentType().startsWith("application/yaml"), head.contentType());
        assertEquals(0, head.asByteArray().length);
        String etag = given().get("/q/openapi").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/q/openapi").then().statusCode(304);
        given().header("If-None-Match", json.header("ETag")).get("/q/openapi").then().statusCode(200);
    }

    @Test
    void every_resource_method_is_an_operation_of_the_contract_with_the_same_roles() throws Exception {
        JsonNode paths = YAML.readTree(Api.CONTRACT.toFile()).get("paths");
        Map<String, JsonNode> contract = new TreeMap<>();
        paths.fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                contract.put(op.getKey().toUpperCase() + " " + p.getKey(), op.getValue());
            }
        }));
        Map<String, Method> code = new TreeMap<>();
        for (Class<?> c : resourceClasses()) {
            String base = c.getAnnotation(Path.class).value();
            for (Method m : c.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb == null) continue;
                Path sub = m.getAnnotation(Path.class);
                String full = join(base, sub == null ? "" : sub.value());
                code.put(verb + " " + full, m);
            }
        }
        assertEquals(new TreeSet<>(contract.keySet()), new TreeSet<>(normalise(code.keySet(), contract.keySet())),
                "operations in openapi.yaml and in the resources differ");
        List<String> problems = new ArrayList<>();
        for (var e : code.entrySet()) {
            String key = match(e.getKey(), contract.keySet());
            JsonNode op = contract.get(key);
            Method m = e.getValue();
            if (!m.getName().equals(op.path("operationId").asText())) {
                problems.add(key + ": operationId " + op.path("operationId").asText() + " but method " + m.getName());
            }
            RolesAllowed ra = m.getAnnotation(RolesAllowed.class);
            if (ra == null) ra = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (ra == null) {
                problems.add(key + ": no @RolesAllowed");
                continue;
            }
            Set<String> roles = new TreeSet<>();
            op.path("x-roles").forEach(r -> roles.add(r.asText()));
            if (!roles.equals(new TreeSet<>(List.of(ra.value())))) {
                problems.add(key + ": x-roles " + roles + " but @RolesAllowed " + List.of(ra.value()));
            }
            for (String status : List.of("401", "403")) {
                if (!op.path("responses").has(status)) problems.add(key + ": no " + status + " response");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of("target/classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<java.nio.file.Path> s = Files.walk(root)) {
            for (java.nio.file.Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$")) continue;
                Class<?> c = Class.forName(name, false, OpenApiContractTests.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) out.add(c);
            }
        }
        return out;
    }

    private static String verb(Method m) {
        if (m.isAnnotationPresent(GET.class)) return "GET";
        if (m.isAnnotationPresent(POST.class)) return "POST";
        if (m.isAnnotationPresent(PUT.class)) return "PUT";
        if (m.isAnnotationPresent(PATCH.class)) return "PATCH";
        if (m.isAnnotationPresent(DELETE.class)) return "DELETE";
        return null;
    }

    private static String join(String a, String b) {
        String s = ("/" + a + "/" + b).replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Path parameter names may differ in spelling only through regex suffixes; compare by shape. */
    private static String shape(String key) {
        return key.replaceAll("\\{[^}]+}", "{}");
    }

    private static String match(String codeKey, Set<String> contractKeys) {
        return contractKeys.stream().filter(k -> shape(k).equals(shape(codeKey))).findFirst().orElse(codeKey);
    }

    private static List<String> normalise(Set<String> codeKeys, Set<String> contractKeys) {
        return codeKeys.stream().map(k -> match(k, contractKeys)).toList();
    }
}
