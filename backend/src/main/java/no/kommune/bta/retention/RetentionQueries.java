package no.kommune.bta.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.retention.PersonalData.Category;
import no.kommune.bta.retention.PersonalData.Owner;
import no.kommune.bta.retention.PersonalData.Rule;
import no.kommune.bta.retention.PersonalData.Treatment;

/**
 * Who is due to be forgotten (the rule is V22's, read by {@code retention_due_among} of V59: the view
 * {@code retention_candidate} for everyone, the function itself for a batch's persons) and what the database holds
 * about them.
 */
@ApplicationScoped
public class RetentionQueries {
    private static final String DUE = dueFrom("retention_candidate");

    /** The persons of {@code source} (the view, or the function for some persons) whose period ran out by the cutoff. */
    private static String dueFrom(String source) {
        return "FROM " + source + " WHERE last_activity_on < :cutoff";
    }

    /** A person whose period ran from {@code lastActivityOn}, with nothing still open. */
    public record Due(UUID personId, LocalDate lastActivityOn, LastActivity lastActivity) {
    }

    @Inject
    EntityManager em;

    /** A page of the persons due, longest ago first. */
    public List<Due> due(LocalDate cutoff, int limit, int offset) {
        return Sql.of(em, "SELECT person_id, last_activity_on, last_activity_kind " + DUE
                        + " ORDER BY last_activity_on, person_id LIMIT :limit OFFSET :offset")
                .bind("cutoff", cutoff).bind("limit", limit).bind("offset", offset)
                .list(r -> new Due(r.uuid("person_id"), r.date("last_activity_on"),
                        r.enumOf("last_activity_kind", LastActivity.class)));
    }

    public long countDue(LocalDate cutoff) {
        return Sql.of(em, "SELECT count(*) AS n " + DUE).bind("cutoff", cutoff).number();
    }

    /** Every person due, longest ago first. */
    public List<UUID> dueIds(LocalDate cutoff) {
        return Sql.of(em, "SELECT person_id " + DUE + " ORDER BY last_activity_on, person_id").bind("cutoff", cutoff)
                .list(r -> r.uuid("person_id"));
    }

    /**
     * Locks the persons' rows for the transaction (in id order, so two runs never wait on each other crosswise), then
     * tells which of them are still due: an application or agreement registered since the list was read (it must lock
     * the row too, through its foreign key) keeps a person.
     */
    public List<UUID> lockStillDue(List<UUID> personIds, LocalDate cutoff) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, "SELECT id AS found FROM person WHERE id = ANY (CAST(:p AS uuid[])) ORDER BY id FOR UPDATE")
                .bind("p", ids).rows();
        return Sql.of(em, "SELECT person_id " + dueFrom("retention_due_among(CAST(:p AS uuid[]))") + " ORDER BY person_id")
                .bind("cutoff", cutoff).bind("p", ids).list(r -> r.uuid("person_id"));
    }

    /**
     * For each person, the categories of {@link PersonalData} that retention would clear: a rule counts when the
     * person has a row of its table with something left to forget in its columns. One statement for the page.
     */
    public Map<UUID, Set<Category>> categoriesOf(Collection<UUID> personIds) {
        Map<UUID, Set<Category>> found = new HashMap<>();
        if (personIds.isEmpty()) return found;
        List<Rule> rules = PersonalData.withThePerson();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Owner owner = PersonalData.OWNERS.get(rule.table());
            parts.add("SELECT DISTINCT " + owner.personId() + " AS person_id, " + i + " AS rule_index FROM " + rule.table()
                    + " t " + owner.join() + " WHERE " + owner.personId() + " IN (:ids) AND (" + leftToForget(rule) + ")");
        }
        Sql.of(em, String.join("\nUNION ALL\n", parts)).bind("ids", personIds).rows().forEach(r -> found
                .computeIfAbsent(r.uuid("person_id"), p -> EnumSet.noneOf(Category.class))
                .add(rules.get(r.intOr0("rule_index")).category()));
        return found;
    }

    /** SQL over {@code t}: the row still holds what the rule forgets. */
    static String leftToForget(Rule rule) {
        if (rule.treatment() != Treatment.REPLACED && rule.treatment() != Treatment.CLEARED) return "true";
        return String.join(" OR ", rule.columns().stream().map(c -> rule.treatment() == Treatment.REPLACED
                ? "t." + c + " IS DISTINCT FROM forgotten(t." + c + ")" : "t." + c + " IS NOT NULL").toList());
    }
}
