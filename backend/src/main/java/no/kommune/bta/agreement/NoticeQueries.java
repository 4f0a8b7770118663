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

    /** What the notice period of an agreement is counted from. */
    public record NoticeTerms(AgreementKind kind, int noticeDays) {
    }

    @Inject
    EntityManager em;

    public Optional<NoticeTerms> terms(UUID agreementId) {
        return Sql.of(em, "SELECT kind, notice_days FROM agreement WHERE id = :a").bind("a", agreementId)
                .first(r -> new NoticeTerms(r.enumOf("kind", AgreementKind.class), r.intOr0("notice_days")));
    }

    /** Records the notice unless the agreement already has one or has ended; the rows changed (0 or 1). */
    public int recordNotice(UUID agreementId, LocalDate givenOn, Party givenBy, String reason, LocalDate effectiveOn) {
        return Sql.of(em, """
                        UPDATE agreement SET notice_given_on = :d, notice_by = :by, notice_reason = :r,
                               notice_effective_on = :e, version = version + 1
                        WHERE id = :a AND notice_given_on IS NULL AND ended_on IS NULL""")
                .bind("d", givenOn).bind("by", givenBy).bind("r", reason).bind("e", effectiveOn).bind("a", agreementId)
                .execute();
    }
}
