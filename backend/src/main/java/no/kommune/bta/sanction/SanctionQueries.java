package no.kommune.bta.sanction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementStatus;
import no.kommune.bta.common.db.Filters;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.security.AccessScope;
import no.kommune.bta.facility.AgreementKind;
import no.kommune.bta.sanction.SanctionDtos.Alternative;
import no.kommune.bta.sanction.SanctionDtos.SanctionView;

/** Sanctions as views (status from {@link SanctionPolicy#status}), and what proposing one reads. */
@ApplicationScoped
public class SanctionQueries {
    private static final String VIEW = """
            SELECT s.id AS sanction_id, s.agreement_id, s.facility_id, s.person_id, s.kind, s.type, s.ground,
                   s.written_grounds, s.proportionality, s.exclusion_from, s.exclusion_to, s.alternative_place,
                   s.alternative_from, s.alternative_to, s.proposed_at, s.proposed_by, s.approved_at, s.approved_by,
                   s.returned_at, s.returned_by, s.return_reason, s.notified_on, s.notified_how, s.appeal_deadline, s.appealed_on, s.appeal_outcome, s.appeal_outcome_on,
                   s.arrears_ore, CASE WHEN s.arrears_months IS NOT NULL THEN ARRAY(SELECT to_char(m, 'YYYY-MM')
                       FROM unnest(s.arrears_months) m ORDER BY m) END AS arrears_months,
                   s.advance_notice_id, s.urgent,
                   ARRAY(SELECT x.incident_id FROM sanction_incident x WHERE x.sanction_id = s.id ORDER BY x.incident_id) AS incident_ids
            FROM sanction s
            """;

    /** The agreement a sanction is proposed on, with its status and the facility's exclusion length. */
    public record ProposalAgreement(String facilityId, AgreementKind kind, UUID personId, AgreementStatus status,
                                    Integer exclusionDays) {
    }

    /** Who and where an agreement is, for the sanction history. */
    public record AgreementRef(String facilityId, AgreementKind kind, UUID personId) {
    }

    @Inject
    EntityManager em;

    public Optional<ProposalAgreement> proposalAgreement(UUID agreementId) {
        return Sql.of(em, """
                        SELECT a.facility_id, a.kind, a.person_id, st.status AS agreement_status, f.exclusion_days
                        FROM agreement a JOIN agreement_state st ON st.agreement_id = a.id JOIN facility f ON f.id = a.facility_id
                        WHERE a.id = :a""")
                .bind("a", agreementId)
                .first(r -> new ProposalAgreement(r.str("facility_id"), r.enumOf("kind", AgreementKind.class),
                        r.uuid("person_id"), r.enumOf("agreement_status", AgreementStatus.class), r.integer("exclusion_days")));
    }

    public Optional<AgreementRef> agreement(UUID agreementId) {
        return Sql.of(em, "SELECT facility_id, kind, person_id FROM agreement WHERE id = :a").bind("a", agreementId)
                .first(r -> new AgreementRef(r.str("facility_id"), r.enumOf("kind", AgreementKind.class), r.uuid("person_id")));
    }

    /**
     * What the agreement's resident has been given at its facility and still stands (not reversed on appeal):
     * oral warnings since {@code since}, written warnings at any time.
     */
    public SanctionPolicy.History history(UUID agreementId, LocalDate since) {
        return Sql.of(em, """
                        SELECT count(*) FILTER (WHERE s.type = :oral AND s.proposed_at >= CAST(:since AS date)) AS oral_warnings,
                               count(*) FILTER (WHERE s.type IN (:written)) AS written_warnings
                        FROM sanction s JOIN agreement a ON a.id = s.agreement_id
                        WHERE a.person_id = (SELECT person_id FROM agreement WHERE id = :a)
                          AND s.facility_id = (SELECT facility_id FROM agreement WHERE id = :a)
                          AND s.appeal_outcome IS DISTINCT FROM :reversed""")
                .bind("oral", SanctionType.ORAL_WARNING).bind("written", SanctionPolicy.WRITTEN_WARNINGS)
                .bind("reversed", AppealOutcome.REVERSED).bind("since", since).bind("a", agreementId)
                .first(r -> new SanctionPolicy.History(r.intOr0("oral_warnings"), r.intOr0("written_warnings")))
                .orElse(new SanctionPolicy.History(0, 0));
    }

    /**
     * R-SAN-5: the months (first day of each) whose charges are overdue and still open on the agreement today, oldest
     * first: what the arrears the ledger shows cover.
     */
    public List<LocalDate> overdueMonths(UUID agreementId, LocalDate today) {
        return Sql.of(em, """
                        SELECT DISTINCT period FROM charge_balance WHERE agreement_id = :a AND due_date < :today AND open_ore > 0
                        ORDER BY period""")
                .bind("a", agreementId).bind("today", today).list(r -> r.date("period"));
    }

    public Optional<SanctionView> byId(UUID id) {
        return Sql.of(em, VIEW + " WHERE s.id = :id").bind("id", id).first(SanctionQueries::view);
    }

    /**
     * Newest first: the sanctions the caller may see (R-ACC-3: the facility's staff while they see the person there,
     * the HVK caseworker while they handle the person's application); optionally of one facility or agreement,
     * optionally only decisions awaiting approval.
     */
    public List<SanctionView> page(AccessScope scope, String facility, UUID agreementId, boolean awaitingApproval,
                                   int limit, int offset) {
        Filters filters = new Filters().given(facility, "s.facility_id = :f", "f").given(agreementId, "s.agreement_id = :a", "a")
                .when(awaitingApproval, "s.type IN (:decisions) AND s.approved_at IS NULL AND s.returned_at IS NULL",
                        "decisions", SanctionPolicy.DECISION_TYPES);
        return filters.bindTo(scope.bindTo(Sql.of(em, VIEW + " WHERE (" + AccessScope.atFacility("s.person_id", "s.facility_id")
                        + " OR " + AccessScope.caseworker("s.person_id") + ")" + filters.and()
                        + " ORDER BY s.proposed_at DESC LIMIT :l OFFSET :o")))
                .bind("l", limit).bind("o", offset).list(SanctionQueries::view);
    }

    /** Every sanction of the facilities proposed in the period (Oslo dates), oldest first. */
    public List<SanctionView> proposedBetween(Collection<String> facilities, LocalDate from, LocalDate to) {
        return Sql.of(em, VIEW + """
                        WHERE s.facility_id IN (:fs) AND (s.proposed_at AT TIME ZONE 'Europe/Oslo')::date BETWEEN :from AND :to
                        ORDER BY s.proposed_at""")
                .bind("fs", facilities).bind("from", from).bind("to", to).list(SanctionQueries::view);
    }

    static SanctionView view(Row r) {
        SanctionType type = r.enumOf("type", SanctionType.class);
        AppealOutcome outcome = r.enumOf("appeal_outcome", AppealOutcome.class);
        SanctionStatus status = SanctionPolicy.status(type, !r.isNull("approved_at"), !r.isNull("returned_at"),
                !r.isNull("notified_on"), !r.isNull("appealed_on"), outcome);
        Alternative alternative = r.isNull("alternative_place") ? null
                : new Alternative(r.str("alternative_place"), r.date("alternative_from"), r.date("alternative_to"));
        return new SanctionView(r.uuid("sanction_id"), r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"),
                r.enumOf("kind", AgreementKind.class), type, r.enumOf("ground", SanctionGround.class), status,
                r.uuids("incident_ids"), r.str("written_grounds"), r.str("proportionality"), r.date("exclusion_from"),
                r.date("exclusion_to"), alternative, r.instant("proposed_at"), r.str("proposed_by"), r.instant("approved_at"),
                r.str("approved_by"), r.date("notified_on"), r.str("notified_how"), r.date("appeal_deadline"),
                r.date("appealed_on"), outcome, r.date("appeal_outcome_on"), r.lng("arrears_ore"),
                r.isNull("arrears_months") ? null : r.strings("arrears_months"), r.uuid("advance_notice_id"),
                r.isTrue("urgent") ? Boolean.TRUE : null, r.instant("returned_at"), r.str("returned_by"), r.str("return_reason"));
    }

    /**
     * R-ACC-5, called by retention: the free text of a person's sanctions, forhåndsvarsler and statements, of the
     * incidents they were involved in (the text cannot be split by person, so it goes when the first person
     * involved is forgotten) and of the entries into their unit while they lived there is forgotten
     * (retention.PersonalData); types, grounds, dates and the rows stay for the statistics and the control report.
     */
    public void anonymise(List<UUID> personIds) {
        UUID[] ids = personIds.toArray(UUID[]::new);
        Sql.of(em, """
                        UPDATE sanction SET written_grounds = forgotten(written_grounds), proportionality = forgotten(proportionality),
                               alternative_place = forgotten(alternative_place), notified_how = forgotten(notified_how),
                               return_reason = forgotten(return_reason)
                        WHERE person_id = ANY (CAST(:p AS uuid[]))""").bind("p", ids).execute();
        Sql.of(em, """
                        UPDATE advance_notice SET description = forgotten(description), delivered_how = forgotten(delivered_how),
                               statement_text = forgotten(statement_text)
                        WHERE person_id = ANY (CAST(:p AS uuid[]))""").bind("p", ids).execute();
        // An incident can involve persons of two batches that retention runs side by side, and an entry on a
        // moving day falls in two residents' stays: the shared rows are locked in id order first, so two batches
        // wait for each other instead of deadlocking.
        String theirIncidents = "WHERE id IN (SELECT incident_id FROM incident_person WHERE person_id = ANY (CAST(:p AS uuid[])))";
        Sql.of(em, "SELECT id AS locked FROM incident " + theirIncidents + " ORDER BY id FOR NO KEY UPDATE").bind("p", ids).rows();
        Sql.of(em, "UPDATE incident SET description = forgotten(description) " + theirIncidents).bind("p", ids).execute();
        String inTheirStays = """
                WHERE a.person_id = ANY (CAST(:p AS uuid[])) AND a.unit_id = e.unit_id AND a.moved_in_on IS NOT NULL
                  AND (e.entered_at AT TIME ZONE 'Europe/Oslo')::date
                      BETWEEN a.moved_in_on AND coalesce(a.moved_out_on, a.ended_on, DATE 'infinity')""";
        Sql.of(em, "SELECT e.id AS locked FROM entry_log e, agreement a " + inTheirStays + " ORDER BY e.id FOR NO KEY UPDATE OF e")
                .bind("p", ids).rows();
        Sql.of(em, "UPDATE entry_log e SET present = NULL, found = NULL FROM agreement a " + inTheirStays)
                .bind("p", ids).execute();
    }
}
