package no.kommune.bta.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kommune.bta.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, deliverable 8, as the contract states it: every integer and number has a minimum and a maximum (amounts,
 * counts, pages), every operation declares the 400 the edge answers malformed input with, and every operation that
 * takes a body the 413 for one over the limit. A new operation or field without them fails here.
 */
class ContractBoundsTests {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    }

    @Test
    void every_integer_and_number_has_a_minimum_and_a_maximum() throws IOException {
        List<String> unbounded = new ArrayList<>();
        walk(contract(), "", unbounded);
        assertTrue(unbounded.isEmpty(), "without minimum or maximum:\n" + String.join("\n", unbounded));
    }

    private static void walk(JsonNode node, String at, List<String> unbounded) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if ((type.equals("integer") || type.equals("number")) && (!node.has("minimum") || !node.has("maximum"))) {
                unbounded.add(at);
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), at + "/" + e.getKey(), unbounded));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), at + "[" + i + "]", unbounded);
        }
    }

    @Test
    void every_operation_declares_400_and_every_body_413() throws IOException {
        List<String> missing = new ArrayList<>();
        contract().path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            if (!METHODS.contains(m.getKey())) return;
            JsonNode op = m.getValue();
            JsonNode responses = op.path("responses");
            String id = op.path("operationId").asText();
            if (!responses.has("400")) missing.add(id + ": 400");
            if (op.has("requestBody") && !responses.has("413")) missing.add(id + ": 413");
        }));
        assertTrue(missing.isEmpty(), "responses not declared:\n" + String.join("\n", missing));
    }
}
