package no.kommune.bta.common.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kommune.bta.common.ProblemException;

/**
 * The orders a list may be sorted in, as the contract names them ({@code name}, {@code -name}, …): each key is a
 * list of SQL expressions, read ascending, and its reverse (a leading minus) reads every expression descending. The
 * list's tie-breaker (its id) ends every order, so pages never overlap. An order the list does not offer is a 400
 * naming the parameter, never SQL: only the expressions written here reach a statement.
 *
 * <pre>
 * static final Sorting ORDERS = Sorting.by("sort", "a.id")
 *         .both("end", "a.end_date").both("name", Sorting.NAME).only("-received", "i.received_on DESC");
 * ORDERS.orderBy(sort, "end")   // "a.end_date, a.id"
 * </pre>
 */
public final class Sorting {
    /** A person {@code p} by family name, then given name, in Norwegian order (æ, ø, å after z; collation V39). */
    public static final String NAME = "p.family_name COLLATE bta_norsk, p.given_name COLLATE bta_norsk";

    /**
     * An order by the enum value in {@code column}, in the order the enum declares its values (a process's steps),
     * not alphabetically: {@code array_position(ARRAY['DRAFT', 'ACTIVE', …], column)}.
     */
    public static String inOrderOf(Enum<?>[] values, String column) {
        return "array_position(ARRAY[" + Stream.of(values).map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "))
                + "], " + column + ")";
    }

    private final String param;
    private final String tieBreak;
    private final Map<String, String> orders = new LinkedHashMap<>();

    private Sorting(String param, String tieBreak) {
        this.param = param;
        this.tieBreak = tieBreak;
    }

    /** The orders of the query parameter {@code param}, each ended by {@code tieBreak} (ascending). */
    public static Sorting by(String param, String tieBreak) {
        return new Sorting(param, tieBreak);
    }

    /** {@code key} reads {@code expressions} (comma-separated) ascending, {@code -key} reads each descending. */
    public Sorting both(String key, String expressions) {
        orders.put(key, expressions);
        orders.put("-" + key, Stream.of(expressions.split(",")).map(e -> e.strip() + " DESC")
                .collect(Collectors.joining(", ")));
        return this;
    }

    /** {@code key} reads {@code orderBy} as written, with no reverse. */
    public Sorting only(String key, String orderBy) {
        orders.put(key, orderBy);
        return this;
    }

    /** The ORDER BY list for {@code requested}, or for {@code fallback} when none is requested. */
    public String orderBy(String requested, String fallback) {
        String key = requested == null || requested.isBlank() ? fallback : requested.strip();
        String order = orders.get(key);
        if (order == null) throw ProblemException.badRequest(param, "må være en av " + String.join(", ", orders.keySet()));
        return order + ", " + tieBreak;
    }

    /**
     * Whether the order for {@code requested} (or {@code fallback}) reads a column of {@code alias}, so that a list can
     * join a table only for the orders that need it.
     */
    public boolean reads(String requested, String fallback, String alias) {
        return java.util.regex.Pattern.compile("\\b" + alias + "\\.").matcher(orderBy(requested, fallback)).find();
    }
}
