package no.kommune.bta.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value refused with a reason the caller can read (a date outside 1900-2200, a control character in a text):
 * {@link ProblemMappers} answers 400 naming the field with this reason. Jackson's own refusals are answered with a
 * fixed text instead, for theirs name Java types.
 */
public class JsonValueRefused extends InvalidFormatException {
    public JsonValueRefused(JsonParser p, String reason, Object value, Class<?> targetType) {
        super(p, reason, value, targetType);
    }
}
