package no.kommune.bta.common;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Converts the values native queries return into the types the API uses. */
public final class SqlValues {
    private SqlValues() {
    }

    public static List<String> strings(Object o) {
        if (o == null) return List.of();
        if (o instanceof String[] a) return Arrays.asList(a);
        if (o instanceof Object[] a) return Arrays.stream(a).map(String::valueOf).toList();
        if (o instanceof Array a) {
            try {
                return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Unexpected array type " + o.getClass());
    }

    public static List<java.util.UUID> uuids(Object o) {
        if (o == null) return List.of();
        if (o instanceof java.util.UUID[] a) return List.of(a);
        Object[] a;
        try {
            a = o instanceof Array arr ? (Object[]) arr.getArray() : (Object[]) o;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(a).map(x -> (java.util.UUID) x).toList();
    }

    public static LocalDate date(Object o) {
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        if (o instanceof java.sql.Date d) return d.toLocalDate();
        throw new IllegalStateException("Unexpected date type " + o.getClass());
    }

    public static Instant instant(Object o) {
        if (o == null) return null;
        if (o instanceof Instant i) return i;
        if (o instanceof OffsetDateTime odt) return odt.toInstant();
        if (o instanceof Timestamp t) return t.toInstant();
        throw new IllegalStateException("Unexpected time type " + o.getClass());
    }

    public static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
