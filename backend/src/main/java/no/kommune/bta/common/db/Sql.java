package no.kommune.bta.common.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way main code runs SQL text: named parameters in, rows read by column name out.
 * Only the feature query classes ({@code …Queries}) use it; ArchUnit keeps it that way.
 *
 * <pre>
 * Sql.of(em, "SELECT id, name FROM facility WHERE kind = :kind")
 *    .bind("kind", FacilityKind.BTA)
 *    .list(r -> new FacilityRow(r.str("id"), r.str("name")));
 * </pre>
 * Enum values are bound by their name (also inside a collection); a {@link Collection} binds as a list parameter.
 */
public final class Sql {
    private final EntityManager em;
    private final String sql;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private Integer maxResults;

    private Sql(EntityManager em, String sql) {
        this.em = em;
        this.sql = sql;
    }

    public static Sql of(EntityManager em, String sql) {
        return new Sql(em, sql);
    }

    public Sql bind(String name, Object value) {
        params.put(name, value(value));
        return this;
    }

    /** Enums, and collections of them, are bound by name; everything else as it is. */
    private static Object value(Object value) {
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof Collection<?> c && c.stream().anyMatch(Enum.class::isInstance)) {
            return c.stream().map(x -> x instanceof Enum<?> e ? e.name() : x).toList();
        }
        return value;
    }

    public Sql limit(int max) {
        this.maxResults = max;
        return this;
    }

    /** Every row, each mapped by column name. */
    public <T> List<T> list(Function<Row, T> mapper) {
        return rows().stream().map(mapper).toList();
    }

    /** The first row, if any. */
    public <T> Optional<T> first(Function<Row, T> mapper) {
        List<Row> rows = rows();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(mapper.apply(rows.get(0)));
    }

    /** The rows themselves, for the few readers that fold several rows into one value. */
    public List<Row> rows() {
        @SuppressWarnings("unchecked")
        List<Tuple> tuples = bound(em.createNativeQuery(sql, Tuple.class)).getResultList();
        return tuples.stream().map(Row::new).toList();
    }

    /** A single value (the first column of the first row), e.g. {@code SELECT count(*) …}; null when no row. */
    public Object scalar() {
        List<?> r = bound(em.createNativeQuery(sql)).setMaxResults(1).getResultList();
        if (r.isEmpty()) return null;
        Object v = r.get(0);
        return v instanceof Object[] a ? a[0] : v;
    }

    /** A count or sum: 0 when there is no row or the value is null. */
    public long number() {
        Object v = scalar();
        return v == null ? 0 : ((Number) v).longValue();
    }

    public boolean exists() {
        return !bound(em.createNativeQuery(sql)).setMaxResults(1).getResultList().isEmpty();
    }

    /** INSERT, UPDATE, DELETE or a function call whose result is not read: the number of rows changed. */
    public int execute() {
        return bound(em.createNativeQuery(sql)).executeUpdate();
    }

    private Query bound(Query q) {
        params.forEach(q::setParameter);
        if (maxResults != null) q.setMaxResults(maxResults);
        return q;
    }
}
