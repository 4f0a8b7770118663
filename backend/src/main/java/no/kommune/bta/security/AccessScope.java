package no.kommune.bta.security;

import java.time.LocalDate;
import java.util.Set;
import no.kommune.bta.common.db.Sql;

/**
 * The caller's grants as query parameters for the SQL function {@code access_grants} (V12, restated in V30), the one
 * definition of R-ACC-3. Query classes put one of the fragments below into their WHERE clause and bind the scope
 * with {@link #bindTo(Sql)}, so the check happens in the database, in the same query that reads the data.
 *
 * @param facilities the caller's facilities as facility staff (an impossible id when none)
 * @param subject    the caller's token subject as HVK caseworker ({@code "-"} when not hvk)
 * @param queue      whether the caller allocates from the queue (esikt)
 * @param today      today in Europe/Oslo
 * @param windowDays the follow-up window ({@link AccessSettings#followUpDays()})
 */
public record AccessScope(Set<String> facilities, String subject, boolean queue, LocalDate today, int windowDays) {

    static final String NONE = "-";

    /**
     * The grants of facility staff at the given facilities, with no token: the e-mail digest's, from the facilities
     * stored when the member opted in.
     */
    public static AccessScope facilityStaff(Set<String> facilities, LocalDate today, int windowDays) {
        return new AccessScope(facilities.isEmpty() ? Set.of(NONE) : Set.copyOf(facilities), NONE, false, today, windowDays);
    }

    /** The caller's grants as a table: person_id, facility_id, intake_id, agreement_id, reason, until. */
    public static final String GRANTS = "access_grants(CAST(ARRAY[:acc_fac] AS text[]), CAST(:acc_sub AS text), "
            + "CAST(:acc_queue AS boolean), CAST(:acc_today AS date), CAST(:acc_window AS integer))";

    /** The person in {@code personColumn} is visible to the caller through any grant. */
    public static String person(String personColumn) {
        return "EXISTS (SELECT 1 FROM " + GRANTS + " acc WHERE acc.person_id = " + personColumn + ")";
    }

    /**
     * A record about the person in {@code personColumn} kept by the facility in {@code facilityColumn} (agreement,
     * sanction, incident, assessment): visible to that facility's staff while they see the person there.
     */
    public static String atFacility(String personColumn, String facilityColumn) {
        return "EXISTS (SELECT 1 FROM " + GRANTS + " acc WHERE acc.person_id = " + personColumn
                + " AND acc.facility_id = " + facilityColumn + ")";
    }

    /** The person is visible to the caller as HVK caseworker of one of their applications. */
    public static String caseworker(String personColumn) {
        return "EXISTS (SELECT 1 FROM " + GRANTS + " acc WHERE acc.person_id = " + personColumn
                + " AND acc.reason = 'APPLICATION')";
    }

    /** The application in {@code intakeColumn} is visible to the caller (allocated to, lived from, handled or queued). */
    public static String intake(String intakeColumn) {
        return "EXISTS (SELECT 1 FROM " + GRANTS + " acc WHERE acc.intake_id = " + intakeColumn + ")";
    }

    /**
     * As {@link #intake(String)}, for a list of applications whose status is in {@code statusColumn}: for ESIKT, whose
     * queue grant is the application's status alone, the status is asked first ({@code intake_in_queue}, the queue's
     * one definition, V38), so the list is read in its own order and stops at the page instead of joining every open
     * application to its grants. Other callers keep the plain grant test, which starts from their few grants.
     */
    public String intakeListed(String intakeColumn, String statusColumn) {
        return queue ? "(intake_in_queue(" + statusColumn + ") OR " + intake(intakeColumn) + ")" : intake(intakeColumn);
    }

    public Sql bindTo(Sql sql) {
        // the queue switch is written into the statement: PostgreSQL then leaves out the queue's branch of the grants
        // for everyone else when it plans, and a plan kept for ESIKT's statement is one for the queue (issue 16)
        return sql.bind("acc_fac", facilities).bind("acc_sub", subject).bind("acc_queue", Sql.inlined(queue))
                .bind("acc_today", today).bind("acc_window", windowDays);
    }
}
