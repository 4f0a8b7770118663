package no.kommune.bta.agreement;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.kommune.bta.agreement.AgreementDtos.Fee;
import no.kommune.bta.facility.AgreementKind;

/**
 * The agreement's terms as pure rules (no database, no clock): the first period and its length
 * (R-AGR-1), renewals (R-AGR-1), notice (R-AGR-2) and the fee in force and its notice (R-AGR-3).
 */
@Singleton
public class AgreementTerms {
    /** R-AGR-3: a new fee takes effect at the earliest one month after the resident was notified. */
    public static final int FEE_CHANGE_NOTICE_MONTHS = 1;
    /** R-AGR-2: husleieloven counts notice in whole months; a facility's notice days convert at 30 a month. */
    static final int DAYS_PER_NOTICE_MONTH = 30;

    private final int firstPeriodMonths;
    private final int leaseTermYears;
    private final int renewalWarningDays;

    @Inject
    public AgreementTerms(AgreementSettings settings) {
        this.firstPeriodMonths = settings.firstPeriodMonths();
        this.leaseTermYears = settings.leaseTermYears();
        this.renewalWarningDays = settings.renewalWarningDays();
    }

    /** The end of a draft made without an end date: a short first BTA period (R-AGR-1), or a tenancy's term. */
    public LocalDate defaultEnd(AgreementKind kind, LocalDate start) {
        return kind == AgreementKind.BTA ? firstPeriodEnd(start) : start.plusYears(leaseTermYears).minusDays(1);
    }

    /** R-AGR-1: a BTA's first period is normally 1–2 months, then evaluated; this is a first period longer than that. */
    public boolean longFirstPeriod(AgreementKind kind, LocalDate start, LocalDate end) {
        return kind == AgreementKind.BTA && end.isAfter(firstPeriodEnd(start));
    }

    /** R-AGR-1: a BTA is renewed for at most about a year at a time; a longer renewal is allowed with a warning. */
    public boolean renewalTooLong(AgreementKind kind, LocalDate from, LocalDate to) {
        return kind == AgreementKind.BTA && ChronoUnit.DAYS.between(from, to) > renewalWarningDays;
    }

    /** R-AGR-2: BTA: the facility's notice days from the notice date. LEASE: husleieloven counts from the end of the month. */
    public static LocalDate effectiveNotice(AgreementKind kind, int noticeDays, LocalDate givenOn) {
        if (kind == AgreementKind.BTA) return givenOn.plusDays(noticeDays);
        int months = Math.max(1, Math.round(noticeDays / (float) DAYS_PER_NOTICE_MONTH));
        return givenOn.withDayOfMonth(1).plusMonths(months + 1).minusDays(1);
    }

    /** R-AGR-3: the first day a fee change notified on {@code notifiedOn} may take effect. */
    public static LocalDate earliestFeeChange(LocalDate notifiedOn) {
        return notifiedOn.plusMonths(FEE_CHANGE_NOTICE_MONTHS);
    }

    /** R-AGR-3: the fee in force on {@code day}: the latest change that has taken effect, else the agreed fee. */
    public static long feeInForce(long agreedFeeOre, List<Fee> fees, LocalDate day) {
        long fee = agreedFeeOre;
        for (Fee f : fees) {
            if (!f.effectiveFrom().isAfter(day)) fee = f.monthlyFeeOre();
        }
        return fee;
    }

    private LocalDate firstPeriodEnd(LocalDate start) {
        return start.plusMonths(firstPeriodMonths).minusDays(1);
    }
}
