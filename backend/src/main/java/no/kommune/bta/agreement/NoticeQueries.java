package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;
import no.kommune.bta.facility.AgreementKind;

/** The agreement rows that notice given by another feature's decision reads and writes. */
@ApplicationScoped
public class NoticeQueries {

    /** What the notice period of an agreement is counted from, and the notice it has (null when none). */
    public record NoticeTerms(AgreementKind kind, int noticeDays, LocalDate noticeGivenOn, LocalDate noticeEffectiveOn,
                              UUID noticeDecisionId, boolean ended) {
    }

    @Inject
    EntityManager em;

    public Optional<NoticeTerms> terms(UUID agreementId) {
        return Sql.of(em, """
                        SELECT kind, notice_days, notice_given_on, notice_effective_on, notice_decision_id, ended_on IS NOT NULL AS ended
                        FROM agreement WHERE id = :a FOR UPDATE""").bind("a", agreementId)
                .first(r -> new NoticeTerms(r.enumOf("kind", AgreementKind.class), r.intOr0("notice_days"),
                        r.date("notice_given_on"), r.date("notice_effective_on"), r.uuid("notice_decision_id"), r.isTrue("ended")));
    }

    /**
     * R-SAN-12: the notice a termination decision gives, with the decision and the ground it gives a move-out. An
     * agreement that already has the resident's notice keeps it and only gains the decision; one that has ended is
     * left alone. The rows changed (0 or 1).
     */
    public int recordNoticeByDecision(UUID agreementId, UUID decisionId, TerminationGround ground, LocalDate givenOn,
                                      String reason, LocalDate effectiveOn) {
        return Sql.of(em, """
                        UPDATE agreement SET notice_given_on = coalesce(notice_given_on, :d),
                               notice_by = coalesce(notice_by, :by), notice_reason = coalesce(notice_reason, :r),
                               notice_effective_on = coalesce(notice_effective_on, :e),
                               notice_decision_id = :s, notice_ground = :g, version = version + 1
                        WHERE id = :a AND ended_on IS NULL""")
                .bind("d", givenOn).bind("by", Party.MUNICIPALITY).bind("r", reason).bind("e", effectiveOn)
                .bind("s", decisionId).bind("g", ground).bind("a", agreementId)
                .execute();
    }

    /**
     * R-SAN-12: the decision behind the notice was reversed. The municipality's notice goes with it (the agreement is
     * ACTIVE again); a resident's own notice stays, without the decision. Only while the agreement runs; the rows
     * changed (0 or 1).
     */
    public int withdrawNoticeByDecision(UUID agreementId, UUID decisionId) {
        return Sql.of(em, """
                        UPDATE agreement SET
                               notice_given_on = CASE WHEN notice_by = :by THEN NULL ELSE notice_given_on END,
                               notice_reason = CASE WHEN notice_by = :by THEN NULL ELSE notice_reason END,
                               notice_effective_on = CASE WHEN notice_by = :by THEN NULL ELSE notice_effective_on END,
                               notice_by = CASE WHEN notice_by = :by THEN NULL ELSE notice_by END,
                               notice_decision_id = NULL, notice_ground = NULL, version = version + 1
                        WHERE id = :a AND notice_decision_id = :s AND ended_on IS NULL""")
                .bind("by", Party.MUNICIPALITY).bind("s", decisionId).bind("a", agreementId)
                .execute();
    }
}
