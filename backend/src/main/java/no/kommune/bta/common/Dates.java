package no.kommune.bta.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The dates the API takes in, in parameters and bodies alike: from 1900-01-01 to 2200-12-31 (issue 15). A date outside
 * is a 400 naming the field, never a year 57443 stored or a year 0 sent to PostgreSQL.
 */
public final class Dates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    public static final String OUT_OF_RANGE = "må være en dato fra " + EARLIEST + " til " + LATEST;

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean inRange(YearMonth month) {
        return inRange(month.atDay(1));
    }

    public static boolean inRange(Instant instant) {
        return inRange(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The month, or a 400 naming the field when it lies outside the range. */
    public static YearMonth checked(String field, YearMonth month) {
        if (!inRange(month)) throw ProblemException.badRequest(field, OUT_OF_RANGE);
        return month;
    }
}
