package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.kommune.bta.egenbetaling.RepaymentPlanProgress.Plan;
import no.kommune.bta.egenbetaling.RepaymentPlanProgress.Progress;
import org.junit.jupiter.api.Test;

class RepaymentPlanProgressTests {
    /** 1 200 000 øre over 6 monthly instalments of 200 000 from 1 November. */
    static final Plan PLAN = new Plan(1_200_000, LocalDate.of(2026, 11, 1), 200_000, 6);

    @Test
    void R_PAY_4_a_plan_not_started_yet_is_on_track() {
        assertEquals(new Progress(RepaymentPlanState.ON_TRACK, 0, 0),
                RepaymentPlanProgress.of(PLAN, LocalDate.of(2026, 10, 20), 0, 0, 1_200_000));
    }

    @Test
    void R_PAY_4_only_what_is_paid_beyond_the_new_charges_counts_towards_the_plan() {
        // in the second month: two instalments due; 1 000 000 paid, of which 600 000 paid the month's charge
        Progress p = RepaymentPlanProgress.of(PLAN, LocalDate.of(2026, 12, 5), 1_000_000, 600_000, 800_000);
        assertEquals(400_000, p.paidTowardsOre());
        assertEquals(400_000, p.expectedByTodayOre());
        assertEquals(RepaymentPlanState.ON_TRACK, p.state());
        assertEquals(RepaymentPlanState.BEHIND,
                RepaymentPlanProgress.of(PLAN, LocalDate.of(2026, 12, 5), 900_000, 600_000, 900_000).state());
    }

    @Test
    void R_PAY_4_instalments_due_never_pass_the_debt_and_a_paid_debt_completes_the_plan() {
        Progress late = RepaymentPlanProgress.of(PLAN, LocalDate.of(2028, 1, 1), 0, 0, 1_200_000);
        assertEquals(1_200_000, late.expectedByTodayOre());
        assertEquals(RepaymentPlanState.BEHIND, late.state());
        assertEquals(RepaymentPlanState.COMPLETED, RepaymentPlanProgress.of(PLAN, LocalDate.of(2026, 11, 2), 0, 0, 0).state());
        assertEquals(RepaymentPlanState.COMPLETED,
                RepaymentPlanProgress.of(PLAN, LocalDate.of(2026, 11, 2), 1_200_000, 0, 600_000).state());
    }

    @Test
    void R_PAY_4_a_plan_must_cover_the_debt() {
        assertTrue(RepaymentPlanProgress.covers(200_000, 6, 1_200_000));
        assertFalse(RepaymentPlanProgress.covers(100_000, 6, 1_200_000));
    }
}
