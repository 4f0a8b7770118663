package no.kommune.bta.common.db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional filters of a list, written into its SQL only when asked for.
 *
 * <p>A condition such as {@code (CAST(:facility AS text) IS NULL OR a.facility_id = :facility)} lets one statement
 * serve every combination of filters, but PostgreSQL cannot cache a good plan for it: a generic plan cannot use an
 * index for a condition that may be switched off, so such statements had to be planned anew on every call
 * ({@code plan_cache_mode=force_custom_plan}), and planning the larger lists cost ten times their execution at
 * national scale (issue 16). With this class each combination of filters is its own statement, whose generic plan
 * the server prepares once per connection and reuses.
 *
 * <pre>
 * Filters f = new Filters()
 *         .given(facility, "a.facility_id = :facility", "facility")
 *         .when(overstay, "s.status &lt;&gt; :ended AND over_limit", "ended", AgreementStatus.ENDED);
 * f.bindTo(Sql.of(em, "SELECT … WHERE " + scope + f.and() + " ORDER BY …"))
 * </pre>
 */
public final class Filters {
    private final StringBuilder conditions = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code condition} with {@code value} bound to {@code param} when the value is given (not null). */
    public Filters given(Object value, String condition, String param) {
        if (value != null) {
            conditions.append(" AND (").append(condition).append(')');
            params.put(param, value);
        }
        return this;
    }

    /**
     * Adds {@code condition} when {@code on}, binding the parameters it uses, given as name and value pairs (bound
     * only when the condition is in: a parameter the statement does not contain is an error).
     */
    public Filters when(boolean on, String condition, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("names and values come in pairs");
        if (on) {
            conditions.append(" AND (").append(condition).append(')');
            for (int i = 0; i < namesAndValues.length; i += 2) params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** The conditions asked for, each as {@code " AND (…)"}; empty when none. */
    public String and() {
        return conditions.toString();
    }

    /** Binds the values of the conditions asked for. */
    public Sql bindTo(Sql sql) {
        params.forEach(sql::bind);
        return sql;
    }
}
