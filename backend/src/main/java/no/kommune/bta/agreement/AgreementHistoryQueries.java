package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import no.kommune.bta.common.db.Sql;

/** Writes of what an agreement accumulates: its periods, fees, evaluations and timeline events. */
@ApplicationScoped
public class AgreementHistoryQueries {

    @Inject
    EntityManager em;

    public void addPeriod(UUID agreementId, int seq, LocalDate from, LocalDate to, String by) {
        Sql.of(em, """
                        INSERT INTO agreement_period (agreement_id, seq, from_date, to_date, created_by)
                        VALUES (:a, :s, :f, :t, :by)""")
                .bind("a", agreementId).bind("s", seq).bind("f", from).bind("t", to).bind("by", by).execute();
    }

    /** The fee from a date; a second change for the same date replaces the first. */
    public void setFee(UUID agreementId, LocalDate from, long ore, LocalDate notifiedOn, String by) {
        Sql.of(em, """
                        INSERT INTO agreement_fee (agreement_id, effective_from, monthly_fee_ore, notified_on, created_by)
                        VALUES (:a, :f, :o, CAST(:n AS date), :by)
                        ON CONFLICT (agreement_id, effective_from) DO UPDATE SET monthly_fee_ore = EXCLUDED.monthly_fee_ore,
                            notified_on = EXCLUDED.notified_on""")
                .bind("a", agreementId).bind("f", from).bind("o", ore).bind("n", notifiedOn).bind("by", by).execute();
    }

    public void addEvaluation(UUID agreementId, LocalDate heldOn, String summary, String by) {
        Sql.of(em, """
                        INSERT INTO agreement_evaluation (id, agreement_id, held_on, summary, created_by)
                        VALUES (:id, :a, :h, :s, :by)""")
                .bind("id", UUID.randomUUID()).bind("a", agreementId).bind("h", heldOn).bind("s", summary).bind("by", by)
                .execute();
    }

    public void addEvent(UUID agreementId, String type, String summary, String by) {
        Sql.of(em, "INSERT INTO agreement_event (agreement_id, type, by_user, summary) VALUES (:a, :t, :by, :s)")
                .bind("a", agreementId).bind("t", type).bind("by", by).bind("s", summary).execute();
    }
}
