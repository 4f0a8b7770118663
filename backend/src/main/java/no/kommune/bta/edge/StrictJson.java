package no.kommune.bta.edge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import no.kommune.bta.common.JsonValueRefused;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.kommune.bta.common.Dates;

/**
 * JSON is read strictly (issue 15): a value must have the type the contract gives it. No number becomes a string, no
 * 1.5 an integer, no number or array a date, no scalar an array, no integer an enum; a date is `ÅÅÅÅ-MM-DD` from
 * 1900-01-01 to 2200-12-31 and an instant ISO 8601 in the same years; a text holds no control character but tab, CR and
 * LF; a key appears once; nothing follows the value. Each refusal is a Jackson mapping error, which
 * {@code ProblemMappers} answers with a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String CONTROL_CHARACTER = "inneholder et kontrolltegn";
    static final String OUT_OF_RANGE = "er utenfor det tillatte området";

    /** After Quarkus' own customizers, which register the java.time module: these deserializers take its place. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // what a value of each kind may not be read from
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.OtherScalar, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        for (LogicalType t : LogicalType.values()) {
            if (t == LogicalType.Textual) continue;
            mapper.coercionConfigFor(t).setAcceptBlankAsEmpty(false).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }

        SimpleModule module = new SimpleModule("bta-strict-json");
        module.addDeserializer(String.class, new Text());
        module.addKeyDeserializer(String.class, new Key());
        module.addDeserializer(Long.class, new WholeNumber<>(Long.class));
        module.addDeserializer(Integer.class, new WholeNumber<>(Integer.class));
        module.addDeserializer(LocalDate.class, Temporal.day());
        module.addDeserializer(Instant.class, Temporal.moment());
        mapper.registerModule(module);
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... from) {
        for (CoercionInputShape shape : from) mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
    }

    /** The first control character in the text that is not tab, CR or LF, or -1. */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') continue;
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return i;
        }
        return -1;
    }

    /** A JSON string only, without control characters. */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) return (String) ctxt.handleUnexpectedToken(String.class, p);
            String text = p.getText();
            if (controlCharacter(text) >= 0) throw new JsonValueRefused(p, CONTROL_CHARACTER, text, String.class);
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /**
     * A whole number: a JSON integer that fits the type (a larger one is refused naming the field, rather than failing
     * in the parser where the field is not known).
     */
    static final class WholeNumber<T extends Number> extends StdScalarDeserializer<T> {
        private final Class<T> type;

        WholeNumber(Class<T> type) {
            super(type);
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) return type.cast(ctxt.handleUnexpectedToken(type, p));
            JsonParser.NumberType size = p.getNumberType();
            boolean fits = type == Long.class ? size != JsonParser.NumberType.BIG_INTEGER : size == JsonParser.NumberType.INT;
            if (!fits) throw new JsonValueRefused(p, OUT_OF_RANGE, p.getText(), type);
            if (type == Long.class) return type.cast(p.getLongValue());
            return type.cast(p.getIntValue());
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }
    }

    /** An object key without control characters. */
    static final class Key extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (controlCharacter(key) >= 0) throw new JsonValueRefused(ctxt.getParser(), CONTROL_CHARACTER, key, String.class);
            return key;
        }
    }

    /**
     * A date or an instant: a JSON string only, in the one format the contract names, in the years of {@link Dates}.
     * A date is `ÅÅÅÅ-MM-DD` of a real day; an instant is ISO 8601 with a zone offset (`2026-11-20T10:15:00Z`).
     */
    static final class Temporal<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final String expected;
        private final Function<String, T> parse;
        private final Predicate<T> inRange;

        private Temporal(Class<T> type, String expected, Function<String, T> parse, Predicate<T> inRange) {
            super(type);
            this.type = type;
            this.expected = expected;
            this.parse = parse;
            this.inRange = inRange;
        }

        static Temporal<LocalDate> day() {
            return new Temporal<>(LocalDate.class, "må være en dato (ÅÅÅÅ-MM-DD)", text -> {
                if (!DATE.matcher(text).matches()) throw new DateTimeParseException("ÅÅÅÅ-MM-DD", text, 0);
                return LocalDate.parse(text);
            }, Dates::inRange);
        }

        static Temporal<Instant> moment() {
            return new Temporal<>(Instant.class, "må være et tidspunkt (ISO 8601 med tidssone)", text -> {
                // a year of more than four digits starts with a sign
                if (text.isEmpty() || !Character.isDigit(text.charAt(0))) throw new DateTimeParseException("ISO 8601", text, 0);
                return Instant.parse(text);
            }, Dates::inRange);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) return type.cast(ctxt.handleUnexpectedToken(type, p));
            String text = p.getText();
            T value;
            try {
                value = parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new JsonValueRefused(p, expected, text, type);
            }
            if (!inRange.test(value)) throw new JsonValueRefused(p, Dates.OUT_OF_RANGE, text, type);
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
