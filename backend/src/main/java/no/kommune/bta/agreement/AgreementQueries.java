package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.person.PersonMatch;
import no.kommune.bta.person.PersonQueries;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.agreement.AgreementDtos.Evaluation;
import no.kommune.bta.agreement.AgreementDtos.Fee;
import no.kommune.bta.agreement.AgreementDtos.GroupMember;
import no.kommune.bta.agreement.AgreementDtos.Meeting;
import no.kommune.bta.agreement.AgreementDtos.Period;
import no.kommune.bta.agreement.AgreementDtos.TimelineEntry;
import no.kommune.bta.agreement.AgreementFlags.Facts;
import no.kommune.bta.agreement.MoveInChecklist.IntakeReadiness;
import no.kommune.bta.common.Paging;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sorting;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.person.PersonDtos.PersonSummary;

/**
 * Reads of agreements: the list, the detail, the daily overview's open agreements, the status (from the
 * one view {@code agreement_state}) and what a draft or the document needs from intake and facility.
 * Every reader of the flags gets its {@link Facts} from the one column list {@link #FACTS}.
 */
@ApplicationScoped
public class AgreementQueries {

    /** An agreement with its status, its person, unit, facility and continuous stay. */
    private static final String FROM = """
            FROM agreement a JOIN agreement_state s ON s.agreement_id = a.id JOIN person p ON p.id = a.person_id
            JOIN unit u ON u.id = a.unit_id JOIN facility f ON f.id = a.facility_id
            LEFT JOIN LATERAL bta_continuous_stay_of(a.person_id) c ON c.agreement_id = a.id
            """;

    /**
     * R-AGR-7, the one definition of an overstay: the continuous BTA stay is longer than the facility's limit.
     * The list filter and {@link AgreementFlags} (through {@link #facts(Row)}) both use it.
     */
    private static final String OVER_STAY_LIMIT = "coalesce(c.stay_days > f.max_continuous_stay_days, false)";

    /** What {@link AgreementFlags} needs, read by {@link #facts(Row)}. */
    private static final String FACTS = """
            a.kind AS kind, s.status AS status, a.start_date AS start_date, a.end_date AS end_date,
            c.stay_days AS stay_days, f.max_continuous_stay_days AS max_stay_days,
            """ + OVER_STAY_LIMIT + """
             AS over_stay_limit,
            (SELECT count(*) FROM agreement_evaluation e WHERE e.agreement_id = a.id) AS evaluations,
            (SELECT count(*) FROM agreement_period x WHERE x.agreement_id = a.id) AS periods,
            a.notice_effective_on AS notice_effective_on""";

    private static final String PERSON = PersonQueries.SUMMARY_COLUMNS;

    private static final String NOT_ENDED = "s.status <> '" + AgreementStatus.ENDED.name() + "'";

    private static final String LIST_WHERE = "WHERE " + AccessScope.atFacility("a.person_id", "a.facility_id");

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- rows

    /** One line of the agreement list, before its flags. */
    public record Listed(UUID id, AgreementKind kind, AgreementStatus status, PersonSummary person, String facilityId,
                         String unitLabel, LocalDate startDate, LocalDate endDate, LocalDate movedInOn, LocalDate endedOn,
                         LocalDate accessUntil, Facts facts) {
    }

    /** What the detail shows beyond the agreement row itself. */
    public record Header(PersonSummary person, String facilityName, String unitLabel, Integer rulesVersion, Facts facts) {
    }

    /** An agreement that is not ended, for the daily overview. */
    public record OpenAgreement(UUID id, String facilityId, UUID personId, String personName, Facts facts) {
    }

    /** What a draft takes from its application: the intake status and where it is allocated. */
    public record IntakeForAgreement(String status, UUID personId, UUID unitId, String facilityId) {
    }

    /** The facility's terms a draft starts from (R-FAC-1). */
    public record FacilityTerms(AgreementKind kind, long monthlyFeeOre, List<String> feeIncludes, int noticeDays) {
    }

    /** The names the agreement document prints. */
    public record DocumentParties(String facilityName, String facilityOperator, Integer exclusionDays,
                                  List<String> entryGrounds, String givenName, String familyName, LocalDate birthDate,
                                  String unitLabel) {
    }

    public record RuleLine(int number, String text) {
    }

    // ---------------------------------------------------------------- status

    /** The status from the one place it is defined, the view agreement_state. */
    public AgreementStatus status(UUID agreementId) {
        return Sql.of(em, "SELECT status FROM agreement_state WHERE agreement_id = :a").bind("a", agreementId)
                .first(r -> r.enumOf("status", AgreementStatus.class)).orElseThrow();
    }

    // ---------------------------------------------------------------- list

    /**
     * What the list asks for: null or false for each filter that is not asked for. {@code mineAs} is the caller's name
     * when only their own cases are wanted (the primary contact's name, compared ignoring case and spacing); {@code
     * match} finds the resident; {@code sort} is a key of {@link #ORDERS} (null for the soonest end first).
     */
    public record ListFilter(String facility, AgreementStatus status, LocalDate endingBefore, boolean overstay,
                             boolean open, String mineAs, PersonMatch match, String sort) {
    }

    /** Two names are the same person's: compared ignoring case and spacing (the one comparison, for both sides). */
    private static final String SAME_NAME = "lower(btrim(regexp_replace(%1$s, '\\s+', ' ', 'g'))) = lower(btrim(regexp_replace(%2$s, '\\s+', ' ', 'g')))";

    /** The orders of the agreement list (contract parameter AgreementSort). */
    static final Sorting ORDERS = Sorting.by("sort", "a.id")
            .both("end", "a.end_date")
            .both("name", Sorting.NAME)
            .both("unit", "u.label")
            .both("start", "a.start_date")
            .only("status", Sorting.inOrderOf(AgreementStatus.values(), "s.status") + ", a.end_date");

    public List<Listed> page(AccessScope scope, ListFilter filter, Paging paging) {
        Filters filters = listFilters(filter);
        String orderBy = ORDERS.orderBy(filter.sort(), "end");
        return filters.bindTo(scope.bindTo(Sql.of(em, "SELECT a.id AS agreement_id, a.facility_id AS facility_id, "
                        + "u.label AS unit_label, a.moved_in_on AS moved_in_on, a.ended_on AS ended_on, g.access_until, "
                        + PERSON + ", " + FACTS + "\n" + FROM
                        // the caller's grants are read once for the page, not once per row
                        + "LEFT JOIN (SELECT acc.agreement_id, max(acc.until) AS access_until FROM " + AccessScope.GRANTS
                        + " acc WHERE acc.agreement_id IS NOT NULL GROUP BY acc.agreement_id) g ON g.agreement_id = a.id\n"
                        + LIST_WHERE + filters.and()
                        + " ORDER BY " + orderBy + " LIMIT :size OFFSET :off")))
                .bind("size", paging.size()).bind("off", paging.offset())
                .list(r -> {
                    Facts f = facts(r);
                    return new Listed(r.uuid("agreement_id"), f.kind(), f.status(), person(r), r.str("facility_id"),
                            r.str("unit_label"), f.startDate(), f.endDate(), r.date("moved_in_on"), r.date("ended_on"),
                            r.date("access_until"), f);
                });
    }

    public long count(AccessScope scope, ListFilter filter) {
        Filters filters = listFilters(filter);
        return filters.bindTo(scope.bindTo(Sql.of(em, "SELECT count(*) " + FROM + LIST_WHERE + filters.and()))).number();
    }

    /** The list's filters, each in the statement only when asked for ({@link Filters}). */
    private static Filters listFilters(ListFilter f) {
        return f.match().addTo(new Filters()
                .given(f.facility(), "a.facility_id = :facility", "facility")
                .given(f.status() == null ? null : f.status().name(), "s.status = :status", "status")
                .when(f.open(), NOT_ENDED)
                .given(f.mineAs(), SAME_NAME.formatted("a.primary_contact", "CAST(:mine AS text)"), "mine")
                .given(f.endingBefore(), "a.end_date < :endingBefore AND " + NOT_ENDED, "endingBefore")
                .when(f.overstay(), NOT_ENDED + " AND " + OVER_STAY_LIMIT));
    }

    // ---------------------------------------------------------------- detail

    public Header header(UUID agreementId) {
        return Sql.of(em, "SELECT " + PERSON + ", f.name AS facility_name, u.label AS unit_label, "
                        + "(SELECT v.version FROM house_rules_version v WHERE v.id = a.rules_version_id) AS rules_version, "
                        + FACTS + "\n" + FROM + "WHERE a.id = :id")
                .bind("id", agreementId)
                .first(r -> new Header(person(r), r.str("facility_name"), r.str("unit_label"), r.integer("rules_version"),
                        facts(r)))
                .orElseThrow();
    }

    public List<Period> periods(UUID agreementId) {
        return Sql.of(em, """
                        SELECT seq, from_date, to_date FROM agreement_period WHERE agreement_id = :a ORDER BY seq""")
                .bind("a", agreementId)
                .list(r -> new Period(r.intOr0("seq"), r.date("from_date"), r.date("to_date")));
    }

    public List<Evaluation> evaluations(UUID agreementId) {
        return Sql.of(em, """
                        SELECT held_on, summary, created_by FROM agreement_evaluation WHERE agreement_id = :a ORDER BY held_on""")
                .bind("a", agreementId)
                .list(r -> new Evaluation(r.date("held_on"), r.str("summary"), r.str("created_by")));
    }

    public List<Fee> fees(UUID agreementId) {
        return Sql.of(em, """
                        SELECT effective_from, monthly_fee_ore, notified_on FROM agreement_fee
                        WHERE agreement_id = :a ORDER BY effective_from""")
                .bind("a", agreementId)
                .list(r -> new Fee(r.date("effective_from"), r.lngOr0("monthly_fee_ore"), r.date("notified_on")));
    }

    public List<TimelineEntry> timeline(UUID agreementId) {
        return Sql.of(em, """
                        SELECT at AS event_at, type AS event_type, by_user, summary FROM agreement_event
                        WHERE agreement_id = :a ORDER BY id""")
                .bind("a", agreementId)
                .list(r -> new TimelineEntry(r.instant("event_at"), r.str("event_type"), r.str("by_user"), r.str("summary")));
    }

    /** R-FOL-1, read for the detail: the responsibility group in its order. */
    public List<GroupMember> responsibilityGroup(UUID agreementId) {
        return Sql.of(em, """
                        SELECT name, represents FROM responsibility_group_member WHERE agreement_id = :a ORDER BY position""")
                .bind("a", agreementId)
                .list(r -> new GroupMember(r.str("name"), r.str("represents")));
    }

    /** R-FOL-1, read for the detail: meetings and primary-contact talks. */
    public List<Meeting> meetings(UUID agreementId) {
        return Sql.of(em, """
                        SELECT kind, held_on, note, created_by FROM follow_up_meeting
                        WHERE agreement_id = :a ORDER BY held_on, created_at""")
                .bind("a", agreementId)
                .list(r -> new Meeting(r.str("kind"), r.date("held_on"), r.str("note"), r.str("created_by")));
    }

    public long evaluationCount(UUID agreementId) {
        return Sql.of(em, "SELECT count(*) FROM agreement_evaluation WHERE agreement_id = :a").bind("a", agreementId).number();
    }

    public int lastPeriodSeq(UUID agreementId) {
        return (int) Sql.of(em, "SELECT coalesce(max(seq), 0) FROM agreement_period WHERE agreement_id = :a")
                .bind("a", agreementId).number();
    }

    // ---------------------------------------------------------------- the daily overview

    /** Every agreement not ended at the given facilities, with the facts its flags come from. */
    public List<OpenAgreement> openAt(Collection<String> facilityIds) {
        return Sql.of(em, "SELECT a.id AS agreement_id, a.facility_id AS facility_id, p.id AS person_id, "
                        + "p.given_name || ' ' || p.family_name AS person_name, " + FACTS + "\n" + FROM
                        + "WHERE s.status <> :ended AND a.facility_id IN (:ids)")
                .bind("ended", AgreementStatus.ENDED).bind("ids", facilityIds)
                .list(r -> new OpenAgreement(r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"),
                        r.str("person_name"), facts(r)));
    }

    // ---------------------------------------------------------------- from intake and facility

    public Optional<IntakeForAgreement> intakeForAgreement(UUID intakeId) {
        return Sql.of(em, """
                        SELECT s.status AS intake_status, i.person_id, al.unit_id, u.facility_id
                        FROM intake i JOIN intake_state s ON s.intake_id = i.id
                        LEFT JOIN allocation al ON al.id = s.allocation_id LEFT JOIN unit u ON u.id = al.unit_id
                        WHERE i.id = :id""")
                .bind("id", intakeId)
                .first(r -> new IntakeForAgreement(r.str("intake_status"), r.uuid("person_id"), r.uuid("unit_id"),
                        r.str("facility_id")));
    }

    /** R-INT-5: the orientation meeting and the decision on the application. */
    public IntakeReadiness intakeReadiness(UUID intakeId) {
        return Sql.of(em, """
                        SELECT i.orientation_held_on IS NOT NULL AS orientation_held, i.applicant_answer,
                               d.id IS NOT NULL AS decided
                        FROM intake i LEFT JOIN service_decision d ON d.intake_id = i.id AND d.set_aside_at IS NULL
                        WHERE i.id = :i""")
                .bind("i", intakeId)
                .first(r -> new IntakeReadiness(r.isTrue("orientation_held"), r.str("applicant_answer"), r.isTrue("decided")))
                .orElseThrow();
    }

    public FacilityTerms facilityTerms(String facilityId) {
        return Sql.of(em, """
                        SELECT agreement_kind, monthly_fee_ore, fee_includes, notice_days FROM facility WHERE id = :f""")
                .bind("f", facilityId)
                .first(r -> new FacilityTerms(r.enumOf("agreement_kind", AgreementKind.class), r.lngOr0("monthly_fee_ore"),
                        r.strings("fee_includes"), r.intOr0("notice_days")))
                .orElseThrow();
    }

    /** R-FAC-2: the facility's house rules version in force now (the latest). */
    public UUID rulesInForce(String facilityId) {
        return Sql.of(em, "SELECT id FROM house_rules_version WHERE facility_id = :f ORDER BY version DESC")
                .bind("f", facilityId).limit(1).first(r -> r.uuid("id")).orElseThrow();
    }

    public int rulesVersionNumber(UUID rulesVersionId) {
        return (int) Sql.of(em, "SELECT version FROM house_rules_version WHERE id = :id").bind("id", rulesVersionId).number();
    }

    /** The house rules (HOUSE) or HMS rules (HMS) of a version, in order. */
    public List<RuleLine> rules(UUID rulesVersionId, String category) {
        return Sql.of(em, """
                        SELECT number, text FROM house_rule WHERE rules_version_id = :v AND category = :c ORDER BY number""")
                .bind("v", rulesVersionId).bind("c", category)
                .list(r -> new RuleLine(r.intOr0("number"), r.str("text")));
    }

    public DocumentParties documentParties(UUID agreementId) {
        return Sql.of(em, """
                        SELECT f.name AS facility_name, f.operator AS facility_operator, f.exclusion_days, f.entry_grounds,
                               p.given_name, p.family_name, p.birth_date, u.label AS unit_label
                        FROM agreement a JOIN facility f ON f.id = a.facility_id JOIN person p ON p.id = a.person_id
                        JOIN unit u ON u.id = a.unit_id WHERE a.id = :a""")
                .bind("a", agreementId)
                .first(r -> new DocumentParties(r.str("facility_name"), r.str("facility_operator"), r.integer("exclusion_days"),
                        r.strings("entry_grounds"), r.str("given_name"), r.str("family_name"), r.date("birth_date"),
                        r.str("unit_label")))
                .orElseThrow();
    }

    // ---------------------------------------------------------------- mapping

    private static Facts facts(Row r) {
        return new Facts(r.enumOf("kind", AgreementKind.class), r.enumOf("status", AgreementStatus.class),
                r.date("start_date"), r.date("end_date"), r.integer("stay_days"), r.integer("max_stay_days"),
                r.isTrue("over_stay_limit"), r.lngOr0("evaluations"), r.lngOr0("periods"), r.date("notice_effective_on"));
    }

    private static PersonSummary person(Row r) {
        return PersonQueries.summary(r);
    }

    /**
     * R-ACC-5, called by retention: the free text of a person's agreements (cooperation agreement, notice reason,
     * deposit and void reasons), their evaluations, referral outcomes and timelines is forgotten
     * (retention.PersonalData); dates, codes and the rows stay for the statistics.
     */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, """
                        UPDATE agreement SET cooperation_goals = NULL, cooperation_needs = NULL, cooperation_staff_provide = NULL,
                               notice_reason = NULL, deposit_withheld_reason = forgotten(deposit_withheld_reason),
                               void_reason = forgotten(void_reason)
                        WHERE person_id = ANY (CAST(:p AS uuid[]))""").bind("p", ids).execute();
        for (String statement : List.of(
                "UPDATE agreement_evaluation SET summary = forgotten(summary) WHERE ",
                "UPDATE agreement_referral SET outcome = forgotten(outcome) WHERE ",
                "UPDATE agreement_event SET summary = forgotten(summary) WHERE ")) {
            Sql.of(em, statement + "agreement_id IN (SELECT id FROM agreement WHERE person_id = ANY (CAST(:p AS uuid[])))").bind("p", ids).execute();
        }
    }
}
