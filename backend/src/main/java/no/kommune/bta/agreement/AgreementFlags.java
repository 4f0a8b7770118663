package no.kommune.bta.agreement;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.kommune.bta.facility.AgreementKind;

/**
 * What needs attention on an agreement, in one place for the list, the detail and the daily overview:
 * unsigned (R-AGR-4), ending soon, expired or with a notice that took effect without a move-out (R-AGR-9), past
 * the stay limit (R-AGR-7), a first period not evaluated and a BTA still in a first period longer than the
 * practice of 1–2 months (R-AGR-1). Pure: the facts come in.
 */
@Singleton
public class AgreementFlags {

    /** What the flags are computed from; the status is the one from the view agreement_state. */
    public record Facts(AgreementKind kind, AgreementStatus status, LocalDate startDate, LocalDate endDate,
                        Integer stayDays, Integer maxStayDays, boolean overStayLimit, long evaluations,
                        long periods, LocalDate noticeEffectiveOn) {
    }

    private final int endingSoonDays;
    private final AgreementTerms terms;

    @Inject
    public AgreementFlags(AgreementSettings settings, AgreementTerms terms) {
        this.endingSoonDays = settings.endingSoonDays();
        this.terms = terms;
    }

    /** The flags in their fixed order; none on an ended agreement. */
    public List<AgreementFlag> of(Facts f, LocalDate today) {
        List<AgreementFlag> out = new ArrayList<>();
        if (f.status() == AgreementStatus.ENDED) return out;
        if (f.status() == AgreementStatus.DRAFT) out.add(AgreementFlag.UNSIGNED);
        // R-AGR-9: past its end date the agreement is no longer ending but expired, until renewed or moved out
        if (f.status() == AgreementStatus.EXPIRED) out.add(AgreementFlag.EXPIRED);
        else if (!f.endDate().isAfter(today.plusDays(endingSoonDays))) out.add(AgreementFlag.ENDING_SOON);
        if (noticePassed(f, today)) out.add(AgreementFlag.NOTICE_PASSED);
        if (overstay(f)) out.add(AgreementFlag.OVERSTAY);
        if ((f.status() == AgreementStatus.ACTIVE || f.status() == AgreementStatus.EXPIRED) && f.periods() == 1
                && f.evaluations() == 0) {
            out.add(AgreementFlag.FIRST_PERIOD_NOT_EVALUATED);
        }
        if (f.periods() == 1 && terms.longFirstPeriod(f.kind(), f.startDate(), f.endDate())) {
            out.add(AgreementFlag.LONG_FIRST_PERIOD);
        }
        return out;
    }

    /** R-AGR-9: the notice's effective date has passed and the agreement has not ended (no move-out). */
    static boolean noticePassed(Facts f, LocalDate today) {
        return f.noticeEffectiveOn() != null && f.noticeEffectiveOn().isBefore(today);
    }

    /** R-AGR-7: the continuous BTA stay is past the facility's limit (defined once, in {@link AgreementQueries}). */
    static boolean overstay(Facts f) {
        return f.overStayLimit();
    }
}
