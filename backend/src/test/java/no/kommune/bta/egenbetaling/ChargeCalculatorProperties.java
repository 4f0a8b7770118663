package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the pro-rata rule (R-PAY-1) and fee changes (R-AGR-3). */
class ChargeCalculatorProperties {

    static NavigableMap<LocalDate, Long> fee(LocalDate from, long ore) {
        TreeMap<LocalDate, Long> m = new TreeMap<>();
        m.put(from, ore);
        return m;
    }

    @Property
    void R_PAY_1_a_month_split_at_any_day_sums_to_the_fee_within_one_ore(
            @ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int splitDay, @ForAll @LongRange(min = 0, max = 5_000_000) long feeOre) {
        YearMonth ym = YearMonth.of(year, month);
        int split = Math.min(splitDay, ym.lengthOfMonth() - 1);
        if (split < 1) return;
        var fees = fee(LocalDate.of(1990, 1, 1), feeOre);
        long first = ChargeCalculator.charge(ym, LocalDate.of(1990, 1, 1), ym.atDay(split), fees).orElseThrow().amountOre();
        long second = ChargeCalculator.charge(ym, ym.atDay(split + 1), LocalDate.of(2200, 1, 1), fees).orElseThrow().amountOre();
        assertTrue(Math.abs(first + second - feeOre) <= 1, first + " + " + second + " vs " + feeOre);
    }

    @Property
    void R_PAY_1_a_whole_month_is_exactly_the_fee(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                   @ForAll @IntRange(min = 1, max = 12) int month,
                                                   @ForAll @LongRange(min = 0, max = 5_000_000) long feeOre) {
        YearMonth ym = YearMonth.of(year, month);
        var c = ChargeCalculator.charge(ym, ym.atDay(1).minusYears(1), ym.atEndOfMonth().plusYears(1), fee(LocalDate.of(1990, 1, 1), feeOre))
                .orElseThrow();
        assertEquals(feeOre, c.amountOre());
        assertEquals(ym.lengthOfMonth(), c.days());
    }

    @Property
    void R_AGR_3_a_fee_change_never_applies_before_its_effective_date(
            @ForAll @IntRange(min = 1, max = 28) int effectiveDay, @ForAll @LongRange(min = 0, max = 2_000_000) long oldFee,
            @ForAll @LongRange(min = 0, max = 2_000_000) long newFee) {
        YearMonth ym = YearMonth.of(2026, 2);
        TreeMap<LocalDate, Long> fees = new TreeMap<>();
        fees.put(LocalDate.of(2020, 1, 1), oldFee);
        fees.put(ym.atDay(effectiveDay), newFee);
        // the days before the change are charged at the old fee, the rest at the new one
        long expected = Math.round((oldFee * (effectiveDay - 1) + newFee * (28 - effectiveDay + 1)) / 28.0);
        long whole = ChargeCalculator.charge(ym, ym.atDay(1), ym.atEndOfMonth(), fees).orElseThrow().amountOre();
        assertTrue(Math.abs(expected - whole) <= 1, expected + " vs " + whole);
        // and a stay that ends before the change never sees the new fee
        if (effectiveDay > 1) {
            long before = ChargeCalculator.charge(ym, ym.atDay(1), ym.atDay(effectiveDay - 1), fees).orElseThrow().amountOre();
            assertEquals(Math.round(oldFee * (effectiveDay - 1) / 28.0), before, 1);
        }
    }
}
