package no.kommune.bta.security;

import java.util.Set;
import no.kommune.bta.common.db.Sql;

/**
 * The caller's reach as query parameters: {@code :all} (every facility) and {@code :ids} (the facilities on
 * the token, never empty). Query classes write {@code (:all = true OR x.facility_id IN (:ids))} and bind it here.
 */
public record ScopeFilter(boolean all, Set<String> ids) {

    public Sql bindTo(Sql sql) {
        return sql.bind("all", all).bind("ids", ids);
    }
}
