package no.kommune.bta.common.db;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The one way main code runs SQL text: named parameters in, rows read by column name out.
 * Only the feature query classes ({@code …Queries}) use it; ArchUnit keeps it that way.
 *
 * <pre>
 * Sql.of(em, "SELECT id, name FROM facility WHERE kind = :kind")
 *    .bind("kind", FacilityKind.BTA)
 *    .list(r -> new FacilityRow(r.str("id"), r.str("name")));
 * </pre>
 * Enum values are bound by their name (also inside a collection); a {@link Collection} binds as a list parameter
 * ({@code IN (:ids)}), a Java array as an SQL array ({@code = ANY (CAST(:ids AS uuid[]))}).
 *
 * <p>It runs on the JDBC connection of the persistence context's transaction, the way Hibernate's native queries did
 * before (issue 16: their handling was about a fifth of a simple read's CPU in the profile), and keeps what they did:
 * entities changed in the transaction are flushed first, a date or instant is sent without a type so PostgreSQL takes
 * it from where it stands, instants in UTC, and a failure comes out as the same exception (constraint, timeout, lost
 * connection) with the transaction marked for rollback. Results read as Hibernate read them: {@code date} as
 * {@link LocalDate}, {@code timestamptz} as {@link Instant}, arrays as Java arrays, {@code json} as text.
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

    /**
     * A value written into the statement's text instead of sent beside it, for {@link #bind}: PostgreSQL then plans
     * each value for itself, and a plan kept for the statement is one for that value. Only for values of which there
     * are few (a switch, a set of statuses), as each makes a statement of its own; only booleans and enum names, which
     * need no quoting beyond what is written here.
     */
    public static final class Inlined {
        private final String text;

        private Inlined(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /** {@code true} or {@code false} in the text: e.g. whether the caller allocates from the queue. */
    public static Inlined inlined(boolean value) {
        return new Inlined(value ? "true" : "false");
    }

    /** The enum values' names as quoted text in their declared order, for {@code IN (:name)}; NULL when none. */
    public static Inlined inlined(Collection<? extends Enum<?>> values) {
        return quoted(values.stream().sorted(java.util.Comparator.nullsFirst(java.util.Comparator.comparingInt(Enum::ordinal)))
                .map(e -> e == null ? null : e.name()).toList(), PLAIN_NAME, "enum values with plain names");
    }

    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_]+");

    /**
     * Ids as quoted text, sorted and each once, for {@code IN (:name)} or {@code ARRAY[:name]}: e.g. the facilities a
     * statement is about, when its kept plan is only good for the values it was planned with. Only ids of letters,
     * digits, '-' and '_' (a facility's id, V1); NULL when none.
     */
    public static Inlined inlinedIds(Collection<String> ids) {
        return quoted(ids.stream().sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).toList(),
                PLAIN_ID, "ids of letters, digits, - and _");
    }

    /** Texts in the order given, each once and quoted, when every one is plain; NULL when there are none. */
    private static Inlined quoted(List<String> texts, java.util.regex.Pattern plain, String what) {
        if (texts.isEmpty()) return new Inlined("NULL");
        for (String t : texts) {
            if (t == null || !plain.matcher(t).matches()) {
                throw new IllegalArgumentException("Only " + what + " can be inlined: " + t);
            }
        }
        return new Inlined(texts.stream().distinct().map(t -> "'" + t + "'").collect(java.util.stream.Collectors.joining(", ")));
    }

    private static final java.util.regex.Pattern PLAIN_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");

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

    /**
     * PostgreSQL plans every statement after this one in the current transaction once per connection and keeps the
     * plan ({@code SET LOCAL plan_cache_mode = force_generic_plan}; the transaction's end puts the default back).
     * Its default, {@code auto}, plans a statement anew on every call while its estimate of the kept plan is higher
     * than of a fresh one; for a statement scoped by the caller's grants ({@code access_grants}) that estimate is off
     * (the facilities' array and the page's size are not known; before the queue switch was {@linkplain #inlined
     * written into the text}, the queue's branch counted too), so the person search was planned on every call at
     * about four times the cost of running it (issue 16, bench/README). Only for units of work whose plans hold for
     * every value they are sent with, measured at national scale; the rest keep the default.
     * Outside a transaction it refuses, as the setting would outlive the work.
     */
    public static void planOnceFromHere(EntityManager em) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        if (!session.isTransactionInProgress()) {
            throw new IllegalStateException("planOnceFromHere needs a transaction: SET LOCAL would do nothing without one");
        }
        Sql.of(em, "SET LOCAL plan_cache_mode = force_generic_plan").execute();
    }

    /** Every row, each mapped by column name. */
    public <T> List<T> list(Function<Row, T> mapper) {
        List<Row> rows = rows();
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(mapper.apply(r));
        return out;
    }

    /** The first row, if any. */
    public <T> Optional<T> first(Function<Row, T> mapper) {
        List<Row> rows = rows();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(mapper.apply(rows.get(0)));
    }

    /** The rows themselves, for the few readers that fold several rows into one value. */
    public List<Row> rows() {
        return query(maxResults);
    }

    /** A single value (the first column of the first row), e.g. {@code SELECT count(*) …}; null when no row. */
    public Object scalar() {
        List<Row> rows = query(1);
        return rows.isEmpty() ? null : rows.get(0).first();
    }

    /** A count or sum: 0 when there is no row or the value is null. */
    public long number() {
        Object v = scalar();
        return v == null ? 0 : ((Number) v).longValue();
    }

    public boolean exists() {
        return !query(1).isEmpty();
    }

    /** INSERT, UPDATE, DELETE or a function call whose result is not read: the number of rows changed. */
    public int execute() {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        session.checkTransactionNeededForUpdateOperation("Executing an update/delete query");
        return run(session, null, PreparedStatement::executeUpdate);
    }

    private List<Row> query(Integer max) {
        return run(em.unwrap(SessionImplementor.class), max, ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return read(rs);
            }
        });
    }

    private interface Execution<T> {
        T on(PreparedStatement ps) throws SQLException;
    }

    private <T> T run(SessionImplementor session, Integer max, Execution<T> execution) {
        NamedSql named = NamedSql.of(sql);
        named.check(params.keySet());
        // at most max rows: the statement says so, so that PostgreSQL plans for it; a locking one is cut by the driver
        boolean cutByText = max != null && !named.locking;
        String text = cutByText ? named.text(params) + "\nFETCH FIRST " + max + " ROWS ONLY" : named.text(params);
        flushFirst(session);
        try {
            return session.doReturningWork(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(text)) {
                    bindAll(connection, ps, named);
                    if (max != null && !cutByText) ps.setMaxRows(max);
                    return execution.on(ps);
                } catch (SQLException e) {
                    throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "JDBC exception executing SQL", text);
                }
            });
        } catch (HibernateException e) {
            throw session.getExceptionConverter().convert(e);
        }
    }

    /** As a native query did: changes to entities in this transaction reach the database before the statement runs. */
    private static void flushFirst(SessionImplementor session) {
        if (!session.isTransactionInProgress()) return;
        FlushMode mode = session.getHibernateFlushMode();
        boolean asked = mode == FlushMode.ALWAYS
                || mode == FlushMode.AUTO && session.getFactory().getSessionFactoryOptions().isJpaBootstrap();
        if (asked && (session.getPersistenceContextInternal().getNumberOfManagedEntities() > 0
                || session.getActionQueue().hasAnyQueuedActions())) {
            session.flush();
        }
    }

    private void bindAll(Connection connection, PreparedStatement ps, NamedSql named) throws SQLException {
        int at = 1;
        for (String name : named.names) {
            Object value = params.get(name);
            if (value instanceof Inlined) continue;
            if (value instanceof Collection<?> c) {
                for (Object element : c) bind(connection, ps, at++, element);
            } else {
                bind(connection, ps, at++, value);
            }
        }
    }

    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    /** One value, typed as Hibernate typed it; dates and instants go untyped so PostgreSQL reads them from their place. */
    private static void bind(Connection connection, PreparedStatement ps, int at, Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(at, Types.NULL);
            case String s -> ps.setString(at, s);
            case UUID u -> ps.setObject(at, u);
            case Long l -> ps.setLong(at, l);
            case Integer i -> ps.setInt(at, i);
            case Boolean b -> ps.setBoolean(at, b);
            case LocalDate d -> ps.setDate(at, java.sql.Date.valueOf(d));
            case Instant t -> ps.setTimestamp(at, Timestamp.from(t), UTC.get());
            case OffsetDateTime t -> ps.setTimestamp(at, Timestamp.from(t.toInstant()), UTC.get());
            case LocalDateTime t -> ps.setTimestamp(at, Timestamp.valueOf(t));
            case BigDecimal d -> ps.setBigDecimal(at, d);
            case byte[] bytes -> ps.setBytes(at, bytes);
            case Object[] a -> ps.setArray(at, array(connection, a));
            default -> ps.setObject(at, value);
        }
    }

    /** The SQL element type of each Java array Hibernate sent as an SQL array ({@code String[]} as varchar[]). */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(String.class, "varchar", UUID.class, "uuid",
            Long.class, "int8", Integer.class, "int4", Short.class, "int2", Boolean.class, "bool", BigDecimal.class, "numeric",
            Double.class, "float8", LocalDate.class, "date", Instant.class, "timestamptz");

    private static java.sql.Array array(Connection connection, Object[] a) throws SQLException {
        Class<?> element = a.getClass().getComponentType();
        String type = ARRAY_TYPES.get(element);
        if (type == null) throw new IllegalArgumentException("An array of " + element.getSimpleName() + " cannot be sent");
        if (element == LocalDate.class || element == Instant.class) {
            // the driver writes these arrays from their elements' text, which PostgreSQL reads as dates and instants
            Object[] texts = new Object[a.length];
            for (int i = 0; i < a.length; i++) texts[i] = a[i] == null ? null : a[i].toString();
            return connection.createArrayOf(type, texts);
        }
        return connection.createArrayOf(type, a);
    }

    /** How a column is read, from its type. */
    private enum Read { PLAIN, DATE, INSTANT, LOCAL_DATE_TIME, SHORT, ARRAY, TEXT, BYTES }

    private static List<Row> read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        Read[] reads = new Read[n];
        Map<String, Integer> columns = HashMap.newHashMap(n);
        for (int i = 0; i < n; i++) {
            columns.putIfAbsent(md.getColumnLabel(i + 1), i);
            reads[i] = readFor(md.getColumnType(i + 1), md.getColumnTypeName(i + 1));
        }
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) values[i] = value(rs, i + 1, reads[i]);
            rows.add(new Row(columns, values));
        }
        return rows;
    }

    private static Read readFor(int type, String typeName) {
        if ("timestamptz".equals(typeName) || type == Types.TIMESTAMP_WITH_TIMEZONE) return Read.INSTANT;
        if ("json".equals(typeName) || "jsonb".equals(typeName)) return Read.TEXT;
        return switch (type) {
            case Types.DATE -> Read.DATE;
            case Types.TIMESTAMP -> Read.LOCAL_DATE_TIME;
            case Types.SMALLINT, Types.TINYINT -> Read.SHORT;
            case Types.ARRAY -> Read.ARRAY;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> Read.BYTES;
            default -> Read.PLAIN;
        };
    }

    private static Object value(ResultSet rs, int at, Read read) throws SQLException {
        switch (read) {
            case DATE:
                return rs.getObject(at, LocalDate.class);
            case INSTANT:
                OffsetDateTime t = rs.getObject(at, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            case LOCAL_DATE_TIME:
                return rs.getObject(at, LocalDateTime.class);
            case SHORT:
                short s = rs.getShort(at);
                return rs.wasNull() ? null : s;
            case ARRAY:
                java.sql.Array a = rs.getArray(at);
                if (a == null) return null;
                try {
                    return a.getArray();
                } finally {
                    a.free();
                }
            case TEXT:
                return rs.getString(at);
            case BYTES:
                return rs.getBytes(at);
            default:
                return rs.getObject(at);
        }
    }
}
