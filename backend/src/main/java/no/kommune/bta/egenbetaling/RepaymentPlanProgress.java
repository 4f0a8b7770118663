package no.kommune.bta.egenbetaling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * R-PAY-4, pure: how a repayment plan stands. What was paid since the plan started beyond the charges
 * that fell due since then counts towards the plan; one instalment falls due each month from the
 * start. The plan is COMPLETED once nothing is overdue or the debt is paid, ON_TRACK while the
 * payments keep up with the instalments due so far, and BEHIND otherwise.
 */
public final class RepaymentPlanProgress {
    private RepaymentPlanProgress() {
    }

    public record Plan(long debtOre, LocalDate startDate, long instalmentOre, int instalments) {
    }

    public record Progress(RepaymentPlanState state, long paidTowardsOre, long expectedByTodayOre) {
    }

    /**
     * @param paidSinceStartOre     payments on the agreement paid on or after the start
     * @param dueSinceStartOre      charges that fell due from the start until today
     * @param overdueNowOre         the agreement's overdue arrears today
     */
    public static Progress of(Plan plan, LocalDate today, long paidSinceStartOre, long dueSinceStartOre, long overdueNowOre) {
        long towards = Math.max(0, paidSinceStartOre - dueSinceStartOre);
        long monthsDue = today.isBefore(plan.startDate()) ? 0
                : Math.min(plan.instalments(), ChronoUnit.MONTHS.between(plan.startDate(), today) + 1);
        long expected = Math.min(plan.debtOre(), monthsDue * plan.instalmentOre());
        RepaymentPlanState state = overdueNowOre == 0 || towards >= plan.debtOre() ? RepaymentPlanState.COMPLETED
                : towards >= expected ? RepaymentPlanState.ON_TRACK : RepaymentPlanState.BEHIND;
        return new Progress(state, towards, expected);
    }

    /** Whether the plan pays the whole debt. */
    public static boolean covers(long instalmentOre, int instalments, long debtOre) {
        return instalmentOre * instalments >= debtOre;
    }
}
