package no.kommune.bta.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.schema.SwaggerV20Library;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.fge.jsonschema.cfg.ValidationConfiguration;
import com.github.fge.jsonschema.core.report.ListReportProvider;
import com.github.fge.jsonschema.core.report.LogLevel;
import com.github.fge.jsonschema.format.extra.UUIDFormatAttribute;
import com.github.fge.jsonschema.library.Library;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import com.github.fge.msgsimple.load.MessageBundles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Integrators read the examples in openapi.yaml (Swagger UI shows them as the request and response
 * bodies), so an example must be a value the schema next to it accepts. This checks every example in
 * the contract: media-type {@code example}/{@code examples} of request bodies, responses and response
 * headers, parameter examples, and {@code example} on schemas and their properties, each against its
 * schema, with the validator the API tests use on real traffic (swagger-request-validator). As there,
 * an object schema that does not declare {@code additionalProperties} accepts no undeclared property.
 * The formats {@code date}, {@code date-time}, {@code uuid}, {@code int32} and {@code int64} are checked.
 *
 * <p>Plain JUnit: the contract is read from the file, no application is started.
 */
class OpenApiExamplesTests {
    private static final Path CONTRACT = Path.of("../openapi.yaml").toAbsolutePath().normalize();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The validator's own schema library, plus {@code format: uuid}, which it does not check by itself. */
    private static JsonSchemaFactory schemaFactory() {
        Library library = SwaggerV20Library.get().thaw()
                .addFormatAttribute("uuid", UUIDFormatAttribute.getInstance())
                .freeze();
        ValidationConfiguration configuration = ValidationConfiguration.newBuilder()
                .setDefaultLibrary(SwaggerV20Library.OAI_V2_METASCHEMA_URI, library)
                .setSyntaxMessages(MessageBundles.getBundle(SwaggerV20Library.SyntaxBundle.class))
                .setValidationMessages(MessageBundles.getBundle(SwaggerV20Library.ValidationBundle.class))
                .freeze();
        return JsonSchemaFactory.newBuilder()
                .setValidationConfiguration(configuration)
                .setReportProvider(new ListReportProvider(LogLevel.ERROR, LogLevel.FATAL))
                .freeze();
    }

    @Test
    void every_example_in_the_contract_matches_its_schema() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readLocation(CONTRACT.toUri().toString(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api, "openapi.yaml could not be parsed: " + parsed.getMessages());
        JsonNode raw = YAML.readTree(CONTRACT.toFile());

        Examples examples = new Examples(api, raw, new SchemaValidator(api, new MessageResolver(), OpenApiExamplesTests::schemaFactory));
        examples.checkAll();

        assertTrue(examples.checked > 0, "found no examples in " + CONTRACT);
        assertTrue(examples.problems.isEmpty(), examples.problems.size() + " of " + examples.checked
                + " examples in openapi.yaml do not match their schema:\n" + String.join("\n", examples.problems));
    }

    /**
     * Walks the parsed contract (for the schemas) and the raw YAML tree (for the examples exactly as
     * written, so that a date stays the string a client sees) side by side.
     */
    private static final class Examples {
        final OpenAPI api;
        final JsonNode raw;
        final SchemaValidator validator;
        final List<String> problems = new ArrayList<>();
        int checked;

        Examples(OpenAPI api, JsonNode raw, SchemaValidator validator) {
            this.api = api;
            this.raw = raw;
            this.validator = validator;
        }

        void checkAll() {
            var components = api.getComponents();
            if (components != null) {
                each(components.getSchemas(), (name, schema) -> schema(schema, "/components/schemas/" + esc(name), "schema " + name));
                each(components.getParameters(), (name, p) -> parameter(p, "/components/parameters/" + esc(name), "parameter " + name));
                each(components.getRequestBodies(), (name, b) -> requestBody(b, "/components/requestBodies/" + esc(name), "request body " + name));
                each(components.getResponses(), (name, r) -> response(r, "/components/responses/" + esc(name), "response " + name));
                each(components.getHeaders(), (name, h) -> header(h, "/components/headers/" + esc(name), "header " + name));
            }
            each(api.getPaths(), (path, item) -> {
                String at = "/paths/" + esc(path);
                parameters(item.getParameters(), at, path);
                Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
                for (String method : METHODS) {
                    Operation op = operations.get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
                    if (op == null) continue;
                    String where = method.toUpperCase(Locale.ROOT) + " " + path
                            + (op.getOperationId() == null ? "" : " (" + op.getOperationId() + ")");
                    String opAt = at + "/" + method;
                    parameters(op.getParameters(), opAt, where);
                    if (op.getRequestBody() != null && op.getRequestBody().get$ref() == null) {
                        requestBody(op.getRequestBody(), opAt + "/requestBody", where + " request body");
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().forEach((code, r) -> {
                            // a $ref response is checked once, under components
                            if (r.get$ref() == null) response(r, opAt + "/responses/" + esc(code), where + " response " + code);
                        });
                    }
                }
            });
        }

        void parameters(List<Parameter> parameters, String at, String where) {
            if (parameters == null) return;
            for (int i = 0; i < parameters.size(); i++) {
                Parameter p = parameters.get(i);
                if (p.get$ref() != null) continue; // checked under components
                parameter(p, at + "/parameters/" + i, where + " parameter " + p.getName());
            }
        }

        void parameter(Parameter p, String at, String where) {
            if (p.getContent() != null) {
                content(p.getContent(), at + "/content", where, "request.parameter");
                return;
            }
            examples(p.getSchema(), at, where, "request.parameter");
            schema(p.getSchema(), at + "/schema", where + " schema");
        }

        void requestBody(RequestBody body, String at, String where) {
            content(body.getContent(), at + "/content", where, "request.body");
        }

        void response(ApiResponse response, String at, String where) {
            content(response.getContent(), at + "/content", where, "response.body");
            each(response.getHeaders(), (name, h) -> {
                if (h.get$ref() == null) header(h, at + "/headers/" + esc(name), where + " header " + name);
            });
        }

        void header(Header h, String at, String where) {
            if (h.getContent() != null) {
                content(h.getContent(), at + "/content", where, "response.header");
                return;
            }
            examples(h.getSchema(), at, where, "response.header");
            schema(h.getSchema(), at + "/schema", where + " schema");
        }

        void content(Content content, String at, String where, String kind) {
            each(content, (mediaType, m) -> {
                String mediaAt = at + "/" + esc(mediaType);
                examples(m.getSchema(), mediaAt, where + " " + mediaType, kind);
                schema(m.getSchema(), mediaAt + "/schema", where + " " + mediaType + " schema");
            });
        }

        /** The {@code example} and {@code examples} of a media type, parameter or header at {@code at}. */
        void examples(Schema<?> schema, String at, String where, String kind) {
            JsonNode node = raw.at(JsonPointer.compile(at));
            boolean one = node.has("example"), many = node.has("examples");
            if (one && many) problems.add(where + ": has both example and examples (they are mutually exclusive)");
            if (one) check(node.get("example"), schema, where + " example", kind);
            if (many) {
                node.get("examples").fields().forEachRemaining(e -> {
                    JsonNode example = e.getValue();
                    String name = where + " examples." + e.getKey();
                    if (example.has("$ref")) {
                        String ref = example.get("$ref").asText();
                        example = ref.startsWith("#") ? raw.at(JsonPointer.compile(ref.substring(1))) : null;
                        if (example == null || example.isMissingNode()) {
                            problems.add(name + ": cannot resolve " + ref);
                            return;
                        }
                    }
                    if (example.has("value")) check(example.get("value"), schema, name, kind);
                    else if (!example.has("externalValue")) problems.add(name + ": has no value");
                });
            }
        }

        /** {@code example} on a schema and on the schemas inside it (properties, items, …). */
        void schema(Schema<?> schema, String at, String where) {
            if (schema == null || schema.get$ref() != null) return;
            JsonNode node = raw.at(JsonPointer.compile(at));
            if (node.has("example")) check(node.get("example"), schema, where + " example", "schema");
            each(schema.getProperties(), (name, s) -> schema(s, at + "/properties/" + esc(name), where + "." + name));
            if (schema.getItems() != null) schema(schema.getItems(), at + "/items", where + "[]");
            if (schema.getAdditionalProperties() instanceof Schema<?> s) schema(s, at + "/additionalProperties", where + ".*");
            for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
                List<Schema> parts = switch (combinator) {
                    case "allOf" -> schema.getAllOf();
                    case "anyOf" -> schema.getAnyOf();
                    default -> schema.getOneOf();
                };
                if (parts == null) continue;
                for (int i = 0; i < parts.size(); i++) schema(parts.get(i), at + "/" + combinator + "/" + i, where + " " + combinator + "[" + i + "]");
            }
            if (schema.getNot() != null) schema(schema.getNot(), at + "/not", where + " not");
        }

        void check(JsonNode example, Schema<?> schema, String where, String kind) {
            checked++;
            if (schema == null) {
                problems.add(where + ": there is no schema to check it against");
                return;
            }
            ValidationReport report = validator.validate(() -> example, schema, kind);
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() != ValidationReport.Level.ERROR) continue;
                StringBuilder line = new StringBuilder(where).append(": ").append(m.getMessage());
                m.getAdditionalInfo().forEach(info -> line.append("\n    ").append(info));
                problems.add(line.toString());
            }
        }

        static <V> void each(Map<String, V> map, java.util.function.BiConsumer<String, V> action) {
            if (map != null) map.forEach(action);
        }

        /** JSON-pointer escaping of one path segment. */
        static String esc(String segment) {
            return segment.replace("~", "~0").replace("/", "~1");
        }
    }

    @Test
    void the_example_check_reports_an_example_that_breaks_its_schema() throws IOException {
        // guards the check itself: a validator that accepts everything would make the test above pass
        String contract = """
                openapi: 3.0.3
                info: { title: t, version: '1' }
                paths: {}
                components:
                  schemas:
                    Thing:
                      type: object
                      additionalProperties: false
                      required: [id, kind, day]
                      properties:
                        id: { type: string, format: uuid }
                        kind: { type: string, enum: [A, B] }
                        day: { type: string, format: date }
                        at: { type: string, format: date-time }
                """;
        OpenAPI api = new OpenAPIV3Parser().readContents(contract, null, new ParseOptions()).getOpenAPI();
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver(), OpenApiExamplesTests::schemaFactory);
        Schema<?> thing = new Schema<>().$ref("#/components/schemas/Thing");
        JsonNode good = YAML.readTree("{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, kind: A, day: '2026-11-23', at: '2026-11-23T07:02:11Z' }");
        ValidationReport goodReport = validator.validate(() -> good, thing, "response.body");
        assertFalse(goodReport.hasErrors(), "a valid example was refused: " + goodReport.getMessages());
        for (String bad : List.of(
                "{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, kind: C, day: '2026-11-23' }",
                "{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, day: '2026-11-23' }",
                "{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, kind: A, day: '2026-11-23', extra: 1 }",
                "{ id: not-a-uuid, kind: A, day: '2026-11-23' }",
                "{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, kind: A, day: 23.11.2026 }",
                "{ id: 3f0c8f0e-58c4-4bb9-a7a5-0c1f7a7f6a11, kind: A, day: '2026-11-23', at: '2026-11-23 07:02' }")) {
            JsonNode node = YAML.readTree(bad);
            assertTrue(validator.validate(() -> node, thing, "response.body").hasErrors(), "accepted " + bad);
        }
    }
}
