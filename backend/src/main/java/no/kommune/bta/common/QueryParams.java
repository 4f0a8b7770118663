package no.kommune.bta.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters that arrive as text, so that a bad value is a 400 naming the parameter. */
public final class QueryParams {
    private QueryParams() {
    }

    /** A required date (ÅÅÅÅ-MM-DD). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) throw ProblemException.badRequest(name, "må fylles ut (ÅÅÅÅ-MM-DD)");
        return optionalDate(name, value);
    }

    /** An optional date: null when absent. */
    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "må være en dato (ÅÅÅÅ-MM-DD)");
        }
    }
}
