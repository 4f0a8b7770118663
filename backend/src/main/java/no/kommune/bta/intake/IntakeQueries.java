package no.kommune.bta.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sorting;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.intake.IntakeDtos.AllocationView;
import no.kommune.bta.intake.IntakeDtos.IntakeSummary;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.person.PersonQueries;
import no.kommune.bta.security.AccessScope;

/**
 * The intake feature's SQL: an application's derived status (view {@code intake_state}) within the caller's
 * scope, the application list, and the unit reservation an allocation holds.
 */
@ApplicationScoped
public class IntakeQueries {
    /** R-ACC-3: the application is visible through one of the caller's grants ({@link AccessScope}). */
    private static final String VISIBLE = AccessScope.intake("s.intake_id");
    /**
     * The application list: filters and scope. The status is the one kept on the application (V29), so the list is
     * read in its order through the indexes on status (V29, V38) and stops at the page. The count reads the person
     * only when the list is searched by name or number, and the live allocation only for a facility filter: every
     * application has its person, and at most one live allocation, so neither join changes the count otherwise.
     */
    private static String listFrom(AccessScope scope, Filter filter, boolean counting) {
        boolean person = !counting || filter.match().pattern() != null, unit = !counting || filter.facility() != null;
        return "FROM intake i" + (person ? " JOIN person p ON p.id = i.person_id" : "")
                + (unit ? "\nLEFT JOIN allocation a ON a.intake_id = i.id AND a.released_at IS NULL LEFT JOIN unit u ON u.id = a.unit_id" : "")
                + "\nWHERE " + scope.intakeListed("i.id", "i.status");
    }

    @Inject
    EntityManager em;

    /** The derived status of an application and its live allocation. */
    public record IntakeState(IntakeStatus status, UUID allocationId) {
    }

    /** A unit as an allocation names it. */
    public record UnitRef(UUID id, String facilityId, String label) {
    }

    /** The agreement drafted from an application and whether it is still open. */
    public record AgreementRef(UUID id, boolean open) {
    }

    /** The orders of the application list (contract parameter IntakeSort); the waiting list is {@code priority}. */
    static final Sorting ORDERS = Sorting.by("sort", "i.id")
            .both("received", "i.received_on, i.created_at")
            .both("name", Sorting.NAME)
            .only("priority", "i.priority NULLS LAST, i.received_on, i.created_at")
            .only("status", Sorting.inOrderOf(IntakeStatus.values(), "i.status") + ", i.received_on DESC");

    /**
     * The list's filters; empty statuses means any, null facility means any; {@code match} finds the applicant;
     * {@code sort} is a key of {@link #ORDERS} (null for newest first).
     */
    public record Filter(Set<IntakeStatus> statuses, String facility, PersonMatch match, String sort) {
    }

    /** The status of a visible application; empty when there is none the caller may see. */
    public Optional<IntakeState> state(UUID intakeId, AccessScope scope) {
        if (em.isJoinedToTransaction()) em.flush();
        return scope.bindTo(Sql.of(em, """
                        SELECT s.status AS intake_status, s.allocation_id FROM intake_state s
                        WHERE s.intake_id = :id AND""" + " " + VISIBLE))
                .bind("id", intakeId)
                .first(r -> new IntakeState(r.enumOf("intake_status", IntakeStatus.class), r.uuid("allocation_id")));
    }

    public List<IntakeSummary> page(Filter filter, AccessScope scope, Paging paging) {
        Filters filters = filters(filter);
        String orderBy = ORDERS.orderBy(filter.sort(), "-received");
        return filters.bindTo(scope.bindTo(Sql.of(em, "SELECT i.id AS intake_id, " + PersonQueries.SUMMARY_COLUMNS + """
                        , i.status AS intake_status, i.received_on, i.priority, i.facility_wishes,
                          u.facility_id AS allocated_facility_id, u.label AS unit_label, i.caseworker, i.has_rental_housing_decision
                        """ + listFrom(scope, filter, false) + filters.and() + " ORDER BY " + orderBy + " LIMIT :size OFFSET :off")))
                .bind("size", paging.size()).bind("off", paging.offset())
                .list(IntakeQueries::summary);
    }

    public long count(Filter filter, AccessScope scope) {
        Filters filters = filters(filter);
        return filters.bindTo(scope.bindTo(Sql.of(em, "SELECT count(*) AS n " + listFrom(scope, filter, true) + filters.and()))).number();
    }

    /** The list's filters, each in the statement only when asked for ({@link Filters}). */
    private static Filters filters(Filter filter) {
        return new Filters()
                // the statuses in the text, so that a plan kept for ESIKT's list knows them all to be in the queue
                .when(!filter.statuses().isEmpty(), "i.status IN (:statuses)", "statuses", Sql.inlined(filter.statuses()))
                .given(filter.facility(), "u.facility_id = :facility OR CAST(:facility AS text) = ANY (i.facility_wishes)", "facility")
                .given(filter.match().pattern(), filter.match().condition(), "person_match");
    }

    private static IntakeSummary summary(Row r) {
        return new IntakeSummary(r.uuid("intake_id"), PersonQueries.summary(r), r.enumOf("intake_status", IntakeStatus.class),
                r.date("received_on"), r.integer("priority"), r.strings("facility_wishes"), r.str("allocated_facility_id"),
                r.str("unit_label"), r.str("caseworker"), r.isTrue("has_rental_housing_decision"));
    }

    public Optional<UnitRef> unit(UUID unitId) {
        return Sql.of(em, "SELECT id AS unit_id, facility_id, label AS unit_label FROM unit WHERE id = :id")
                .bind("id", unitId)
                .first(r -> new UnitRef(r.uuid("unit_id"), r.str("facility_id"), r.str("unit_label")));
    }

    /** An allocation with its unit and facility, as the application shows it. */
    public AllocationView allocation(UUID allocationId) {
        return Sql.of(em, """
                        SELECT a.id AS allocation_id, a.unit_id, u.label AS unit_label, f.id AS facility_id,
                               f.name AS facility_name, a.from_date, a.coordinator, a.override_reason, a.created_at,
                               a.created_by
                        FROM allocation a JOIN unit u ON u.id = a.unit_id JOIN facility f ON f.id = u.facility_id
                        WHERE a.id = :id""")
                .bind("id", allocationId)
                .first(r -> new AllocationView(r.uuid("allocation_id"), r.uuid("unit_id"), r.str("unit_label"),
                        r.str("facility_id"), r.str("facility_name"), r.date("from_date"), r.str("coordinator"),
                        r.str("override_reason"), r.instant("created_at"), r.str("created_by")))
                .orElseThrow();
    }

    /** The agreement drafted from the application: the open one, else the newest. */
    public Optional<AgreementRef> agreementOf(UUID intakeId) {
        return Sql.of(em, """
                        SELECT id AS agreement_id, ended_on IS NULL AS agreement_open FROM agreement WHERE intake_id = :id
                        ORDER BY ended_on IS NULL DESC, start_date DESC LIMIT 1""")
                .bind("id", intakeId)
                .first(r -> new AgreementRef(r.uuid("agreement_id"), r.isTrue("agreement_open")));
    }

    public boolean hasOpenAgreement(UUID intakeId) {
        return Sql.of(em, "SELECT 1 AS found FROM agreement WHERE intake_id = :id AND ended_on IS NULL")
                .bind("id", intakeId).exists();
    }

    /**
     * R-ACC-5, called by retention: the free text of a person's applications, their allocations, vedtak and
     * timelines is forgotten (retention.PersonalData); dates, codes and the rows stay for the statistics.
     */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, """
                        UPDATE intake SET assessment = forgotten(assessment), priority_reason = forgotten(priority_reason),
                               decline_reason = forgotten(decline_reason), needs = NULL, wishes = NULL,
                               assessment_summary = NULL, withdrawal_reason = NULL, rejection_reason = NULL
                        WHERE person_id = ANY (CAST(:p AS uuid[]))""").bind("p", ids).execute();
        Sql.of(em, """
                        UPDATE allocation SET override_reason = NULL, release_reason = NULL
                        WHERE intake_id IN (SELECT id FROM intake WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
        Sql.of(em, """
                        UPDATE service_decision SET scope = forgotten(scope), set_aside_reason = forgotten(set_aside_reason)
                        WHERE intake_id IN (SELECT id FROM intake WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
        Sql.of(em, """
                        UPDATE intake_event SET summary = forgotten(summary)
                        WHERE intake_id IN (SELECT id FROM intake WHERE person_id = ANY (CAST(:p AS uuid[])))""").bind("p", ids).execute();
    }
}
