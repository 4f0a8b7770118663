package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChargeCalculatorTests {

    @Test
    void R_PAY_1_part_months_are_charged_pro_rata_by_day() {
        var fees = ChargeCalculatorProperties.fee(LocalDate.of(2013, 5, 1), 500_000);
        // 16 of 31 days in October: 500 000 × 16 / 31 = 258 064.5… → 258 065 (half up)
        var c = ChargeCalculator.charge(YearMonth.of(2026, 10), LocalDate.of(2026, 10, 16), LocalDate.of(2030, 1, 1), fees).orElseThrow();
        assertEquals(16, c.days());
        assertEquals(258_065, c.amountOre());
        assertTrue(ChargeCalculator.charge(YearMonth.of(2026, 9), LocalDate.of(2026, 10, 16), LocalDate.of(2030, 1, 1), fees).isEmpty());
    }

    @Test
    void R_AGR_3_a_mid_month_fee_change_is_charged_from_its_day() {
        TreeMap<LocalDate, Long> fees = new TreeMap<>();
        fees.put(LocalDate.of(2026, 1, 1), 300_000L);
        fees.put(LocalDate.of(2026, 9, 16), 600_000L);
        // 15 days at 300 000 and 15 days at 600 000 over 30 days = 450 000
        assertEquals(450_000, ChargeCalculator.charge(YearMonth.of(2026, 9), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), fees)
                .orElseThrow().amountOre());
    }

    @Test
    void R_PAY_1_an_agreement_that_runs_on_is_charged_to_the_end_of_the_month() {
        var fees = ChargeCalculatorProperties.fee(LocalDate.of(2026, 1, 1), 600_000);
        var c = ChargeCalculator.charge(YearMonth.of(2026, 3), LocalDate.of(2026, 3, 16), null, fees).orElseThrow();
        assertEquals(16, c.days());
        assertEquals(309_677, c.amountOre());
    }

    @Test
    void R_PAY_1_a_charge_falls_due_on_the_due_day_or_the_last_day_of_a_shorter_month() {
        assertEquals(LocalDate.of(2026, 3, 20), ChargeCalculator.dueDate(YearMonth.of(2026, 3), 20));
        assertEquals(LocalDate.of(2026, 2, 28), ChargeCalculator.dueDate(YearMonth.of(2026, 2), 30));
    }
}
