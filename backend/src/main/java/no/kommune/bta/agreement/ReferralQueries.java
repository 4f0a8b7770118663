package no.kommune.bta.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.agreement.ReferralDtos.ReferralView;
import no.kommune.bta.common.db.Row;
import no.kommune.bta.common.db.Sql;

/** Reads of referral cases (R-SAN-6): those of one agreement, and those of facilities in a period (R-SAN-10). */
@ApplicationScoped
public class ReferralQueries {
    /** A referral ({@code r}) with its agreement's facility and person ({@code a}), as {@link #view} reads it. */
    private static final String COLUMNS = """
            SELECT r.id AS referral_id, r.agreement_id, a.facility_id, a.person_id, r.sanction_id, r.status AS referral_status,
                   r.referred_on, r.referred_by, r.responded_on, r.effective_on, r.outcome, r.response_recorded_by
            """;
    private static final String SELECT = COLUMNS + "FROM agreement_referral r JOIN agreement a ON a.id = r.agreement_id\n";
    /** R-SAN-10: made, or answered by the owner, in the period. */
    private static final String IN_PERIOD = "(r.referred_on BETWEEN :from AND :to OR r.responded_on BETWEEN :from AND :to)";
    private static final String ORDER = " ORDER BY r.referred_on, r.created_at, r.id";

    @Inject
    EntityManager em;

    public List<ReferralView> ofAgreement(UUID agreementId) {
        return Sql.of(em, SELECT + "WHERE r.agreement_id = :a" + ORDER)
                .bind("a", agreementId).list(ReferralQueries::view);
    }

    public ReferralView one(UUID referralId) {
        return Sql.of(em, SELECT + "WHERE r.id = :r").bind("r", referralId).first(ReferralQueries::view).orElseThrow();
    }

    /** R-SAN-10: the referrals at the facilities made, or answered by the owner, in the period. */
    public List<ReferralView> referredOrAnsweredBetween(Collection<String> facilities, LocalDate from, LocalDate to) {
        if (facilities.size() == 1) return referredOrAnsweredBetween(facilities.iterator().next(), from, to);
        return Sql.of(em, SELECT + "WHERE a.facility_id IN (:fs) AND " + IN_PERIOD + ORDER)
                .bind("fs", facilities).bind("from", from).bind("to", to).list(ReferralQueries::view);
    }

    /**
     * One facility's: read from its agreements, each asked for its referrals by the agreement's index. Without the
     * fence (OFFSET 0) PostgreSQL's kept plan read every referral in the database and looked up each one's agreement,
     * as it guesses a period matches few referrals; a whole municipality's report reads them that way on purpose.
     */
    private List<ReferralView> referredOrAnsweredBetween(String facility, LocalDate from, LocalDate to) {
        return Sql.of(em, COLUMNS + "FROM agreement a CROSS JOIN LATERAL (SELECT * FROM agreement_referral r"
                        + " WHERE r.agreement_id = a.id AND " + IN_PERIOD + " OFFSET 0) r WHERE a.facility_id = :f" + ORDER)
                .bind("f", facility).bind("from", from).bind("to", to).list(ReferralQueries::view);
    }

    private static ReferralView view(Row r) {
        return new ReferralView(r.uuid("referral_id"), r.uuid("agreement_id"), r.str("facility_id"), r.uuid("person_id"),
                r.uuid("sanction_id"), r.enumOf("referral_status", ReferralStatus.class), r.date("referred_on"),
                r.str("referred_by"), r.date("responded_on"), r.date("effective_on"), r.str("outcome"),
                r.str("response_recorded_by"));
    }
}
