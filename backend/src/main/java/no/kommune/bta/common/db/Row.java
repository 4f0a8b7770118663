package no.kommune.bta.common.db;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One result row, read by column name (the SQL alias), with the values as {@link Sql} read them ({@code date} as
 * LocalDate, {@code timestamptz} as Instant, arrays as Java arrays) converted into the types the product uses.
 */
public final class Row {
    /** Each column's place by its name, shared by the rows of one result. */
    private final Map<String, Integer> columns;
    private final Object[] values;

    Row(Map<String, Integer> columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    public Object raw(String column) {
        return get(column);
    }

    /** The first column's value (for a single value). */
    Object first() {
        return values.length == 0 ? null : values[0];
    }

    public boolean isNull(String column) {
        return get(column) == null;
    }

    /** The value of the column of that name (PostgreSQL folds unquoted aliases to lower case, so that too). */
    private Object get(String column) {
        Integer at = columns.get(column);
        if (at == null) at = columns.get(column.toLowerCase(Locale.ROOT));
        if (at == null) throw new IllegalArgumentException("No column " + column + " in the result");
        return values[at];
    }

    public String str(String column) {
        Object o = get(column);
        return o == null ? null : o.toString();
    }

    public UUID uuid(String column) {
        Object o = get(column);
        if (o == null || o instanceof UUID) return (UUID) o;
        return UUID.fromString(o.toString());
    }

    /** A bigint, integer or numeric column; null stays null. */
    public Long lng(String column) {
        Object o = get(column);
        return o == null ? null : ((Number) o).longValue();
    }

    /** A bigint, integer or numeric column; null reads as 0. */
    public long lngOr0(String column) {
        Object o = get(column);
        return o == null ? 0 : ((Number) o).longValue();
    }

    public Integer integer(String column) {
        Object o = get(column);
        return o == null ? null : ((Number) o).intValue();
    }

    public int intOr0(String column) {
        Object o = get(column);
        return o == null ? 0 : ((Number) o).intValue();
    }

    public Double dbl(String column) {
        Object o = get(column);
        return o == null ? null : ((Number) o).doubleValue();
    }

    public BigDecimal decimal(String column) {
        Object o = get(column);
        if (o == null || o instanceof BigDecimal) return (BigDecimal) o;
        return new BigDecimal(o.toString());
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    public boolean isTrue(String column) {
        return Boolean.TRUE.equals(get(column));
    }

    public LocalDate date(String column) {
        Object o = get(column);
        if (o == null) return null;
        if (o instanceof LocalDate d) return d;
        throw new IllegalStateException("Column " + column + " is not a date: " + o.getClass());
    }

    public Instant instant(String column) {
        Object o = get(column);
        if (o == null) return null;
        if (o instanceof Instant i) return i;
        throw new IllegalStateException("Column " + column + " is not an instant: " + o.getClass());
    }

    /** A text column holding an enum constant's name. */
    public <E extends Enum<E>> E enumOf(String column, Class<E> type) {
        String s = str(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    /** A text[] column; null reads as an empty list. */
    public List<String> strings(String column) {
        return Arrays.stream(array(column)).map(String::valueOf).toList();
    }

    /** A uuid[] column; null reads as an empty list. */
    public List<UUID> uuids(String column) {
        return Arrays.stream(array(column)).map(x -> x instanceof UUID u ? u : UUID.fromString(x.toString())).toList();
    }

    private Object[] array(String column) {
        Object o = get(column);
        if (o == null) return new Object[0];
        if (o instanceof Object[] a) return a;
        throw new IllegalStateException("Column " + column + " is not an array: " + o.getClass());
    }
}
