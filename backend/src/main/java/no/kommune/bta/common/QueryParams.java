package no.kommune.bta.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Query parameters that arrive as text, so that a bad value is a 400 naming the parameter. */
public final class QueryParams {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private QueryParams() {
    }

    /** A required date (ÅÅÅÅ-MM-DD). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) throw ProblemException.badRequest(name, "må fylles ut (ÅÅÅÅ-MM-DD)");
        return optionalDate(name, value);
    }

    /** An optional date: null when absent; from 1900-01-01 to 2200-12-31 ({@link Dates}). */
    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) return null;
        LocalDate date;
        try {
            if (!DATE.matcher(value.strip()).matches()) throw new DateTimeParseException("ÅÅÅÅ-MM-DD", value, 0);
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "må være en dato (ÅÅÅÅ-MM-DD)");
        }
        if (!Dates.inRange(date)) throw ProblemException.badRequest(name, Dates.OUT_OF_RANGE);
        return date;
    }

    /** A boolean query parameter: true, false or absent (false); anything else is a 400 naming it. */
    public static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) return false;
        if (value.equals("true")) return true;
        throw ProblemException.badRequest(name, "må være true eller false");
    }
}
