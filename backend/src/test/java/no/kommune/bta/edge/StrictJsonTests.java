package no.kommune.bta.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.common.JsonValueRefused;
import org.junit.jupiter.api.Test;

/** Issue 15: JSON is read strictly; every refusal is a mapping error on the field, which the API answers with a 400. */
class StrictJsonTests {
    record Sample(String text, Integer count, Long amountOre, LocalDate day, Instant at, List<String> tags, Boolean flag,
                  BigDecimal score, Map<String, Integer> answers, UUID id) {
    }

    private static final ObjectMapper JSON = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        new StrictJson().customize(m);
        return m;
    }

    private static Sample read(String json) throws JsonProcessingException {
        return JSON.readValue(json, Sample.class);
    }

    /** The field the refusal names, as ProblemMappers reads it from the exception's path. */
    private static String refused(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> read(json), json);
        JsonMappingException m = assertInstanceOf(JsonMappingException.class, e, json);
        return m.getPath().isEmpty() ? "" : m.getPath().get(m.getPath().size() - 1).getFieldName();
    }

    @Test
    void values_of_the_right_type_are_read() throws Exception {
        Sample s = read("""
                {"text": "Ola\\tNordmann\\r\\n", "count": 5, "amountOre": 9223372036854775807, "day": "2026-12-01",
                 "at": "2026-11-20T10:15:00+01:00", "tags": ["a"], "flag": true, "score": 2, "answers": {"q1": 1},
                 "id": "6c8a0e2d-4f7b-4d39-a15b-2c3d4e5f6a86"}""");
        assertEquals("Ola\tNordmann\r\n", s.text());
        assertEquals(Long.MAX_VALUE, s.amountOre());
        assertEquals(LocalDate.of(2026, 12, 1), s.day());
        assertEquals(Instant.parse("2026-11-20T09:15:00Z"), s.at());
        assertEquals(new BigDecimal(2), s.score());
        assertEquals(LocalDate.of(1900, 1, 1), read("{\"day\": \"1900-01-01\"}").day());
        assertEquals(LocalDate.of(2200, 12, 31), read("{\"day\": \"2200-12-31\"}").day());
    }

    @Test
    void nothing_is_coerced() {
        assertEquals("text", refused("{\"text\": 12345}"));
        assertEquals("text", refused("{\"text\": 1.5}"));
        assertEquals("text", refused("{\"text\": true}"));
        assertEquals("text", refused("{\"text\": [\"a\"]}"));
        for (String count : List.of("\"5\"", "1.5", "5.0", "true", "[5]")) assertEquals("count", refused("{\"count\": " + count + "}"));
        assertEquals("amountOre", refused("{\"amountOre\": \"100\"}"));
        assertEquals("flag", refused("{\"flag\": \"true\"}"));
        assertEquals("flag", refused("{\"flag\": 1}"));
        assertEquals("score", refused("{\"score\": \"1.5\"}"));
        assertEquals("tags", refused("{\"tags\": \"a\"}"));
        assertEquals("id", refused("{\"id\": \"\"}"));
        assertEquals("id", refused("{\"id\": 5}"));
    }

    @Test
    void an_integer_too_large_for_its_field_is_refused_on_that_field() {
        assertInstanceOf(JsonValueRefused.class, assertThrows(JsonMappingException.class,
                () -> read("{\"amountOre\": 9223372036854775808}")));
        assertEquals("amountOre", refused("{\"amountOre\": 9223372036854775808}"));
        assertEquals("count", refused("{\"count\": 2147483648}"));
        assertEquals("count", refused("{\"count\": -2147483649}"));
    }

    @Test
    void a_date_is_a_real_day_written_as_a_date_from_1900_to_2200() {
        for (String day : List.of("20261201", "\"0000-01-01\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"9999-12-31\"",
                "\"2026-02-30\"", "\"2026-12-1\"", "\"+2026-12-01\"", "\"2026-12-01T00:00:00Z\"", "[2026, 12, 1]", "1.5", "\"\"")) {
            assertEquals("day", refused("{\"day\": " + day + "}"));
        }
        for (String at : List.of("1764583200", "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T00:00:00Z\"", "\"2026-11-20\"",
                "\"+2026-11-20T10:15:00Z\"", "\"2026-11-20T10:15:00\"")) {
            assertEquals("at", refused("{\"at\": " + at + "}"));
        }
    }

    @Test
    void a_text_holds_no_control_character_but_tab_cr_and_lf() {
        for (String text : List.of("a\\u0000b", "\\u0007", "a\\u001bb", "\\u007f", "\\u0085")) {
            JsonValueRefused e = assertInstanceOf(JsonValueRefused.class,
                    assertThrows(JsonMappingException.class, () -> read("{\"text\": \"" + text + "\"}")));
            assertEquals(StrictJson.CONTROL_CHARACTER, e.getOriginalMessage());
        }
        JsonMappingException inList = assertThrows(JsonMappingException.class, () -> read("{\"tags\": [\"ok\", \"a\\u0000\"]}"));
        assertEquals("tags", inList.getPath().get(0).getFieldName());
        assertEquals(1, inList.getPath().get(1).getIndex());
        assertInstanceOf(JsonValueRefused.class, assertThrows(JsonMappingException.class,
                () -> read("{\"answers\": {\"q\\u0000\": 1}}")));
    }

    @Test
    void a_key_appears_once_and_nothing_follows_the_value() {
        assertThrows(JsonProcessingException.class, () -> read("{\"count\": 1, \"count\": 2}"));
        assertThrows(JsonProcessingException.class, () -> read("{\"count\": 1} {}"));
    }
}
