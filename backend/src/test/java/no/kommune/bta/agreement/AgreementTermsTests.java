package no.kommune.bta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.kommune.bta.agreement.AgreementDtos.Fee;
import no.kommune.bta.facility.AgreementKind;
import org.junit.jupiter.api.Test;

/** The agreement's terms (R-AGR-1 … R-AGR-3). Plain JUnit. */
class AgreementTermsTests {
    static final AgreementTerms TERMS = new AgreementTerms(AgreementFlagsTests.Defaults.INSTANCE);

    @Test
    void R_AGR_1_a_bta_drafted_without_an_end_date_gets_a_first_period_of_two_months() {
        assertEquals(LocalDate.of(2026, 3, 14), TERMS.defaultEnd(AgreementKind.BTA, LocalDate.of(2026, 1, 15)));
        assertEquals(LocalDate.of(2026, 4, 30), TERMS.defaultEnd(AgreementKind.BTA, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void a_tenancy_drafted_without_an_end_date_runs_three_years() {
        assertEquals(LocalDate.of(2029, 1, 14), TERMS.defaultEnd(AgreementKind.LEASE, LocalDate.of(2026, 1, 15)));
    }

    @Test
    void R_AGR_1_the_default_first_period_is_not_a_long_first_period() {
        LocalDate start = LocalDate.of(2026, 1, 31);
        assertFalse(TERMS.longFirstPeriod(AgreementKind.BTA, start, TERMS.defaultEnd(AgreementKind.BTA, start)));
        assertTrue(TERMS.longFirstPeriod(AgreementKind.BTA, start, TERMS.defaultEnd(AgreementKind.BTA, start).plusDays(1)));
    }

    @Test
    void R_AGR_1_a_bta_renewed_for_more_than_366_days_draws_a_warning() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertFalse(TERMS.renewalTooLong(AgreementKind.BTA, from, from.plusDays(366)));
        assertTrue(TERMS.renewalTooLong(AgreementKind.BTA, from, from.plusDays(367)));
        assertFalse(TERMS.renewalTooLong(AgreementKind.LEASE, from, from.plusYears(3)));
    }

    @Test
    void R_AGR_2_bta_notice_counts_the_facilitys_days_from_the_notice_date() {
        assertEquals(LocalDate.of(2026, 3, 29), AgreementTerms.effectiveNotice(AgreementKind.BTA, 14, LocalDate.of(2026, 3, 15)));
    }

    @Test
    void R_AGR_2_lease_notice_runs_whole_months_from_the_end_of_the_month() {
        assertEquals(LocalDate.of(2030, 6, 30), AgreementTerms.effectiveNotice(AgreementKind.LEASE, 90, LocalDate.of(2030, 3, 15)));
        assertEquals(LocalDate.of(2030, 4, 30), AgreementTerms.effectiveNotice(AgreementKind.LEASE, 14, LocalDate.of(2030, 3, 1)),
                "at least one month");
    }

    @Test
    void R_AGR_3_a_fee_change_takes_effect_at_the_earliest_one_month_after_notice() {
        assertEquals(LocalDate.of(2026, 2, 28), AgreementTerms.earliestFeeChange(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2026, 4, 10), AgreementTerms.earliestFeeChange(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void R_AGR_3_the_fee_in_force_is_the_latest_change_that_has_taken_effect() {
        List<Fee> fees = List.of(new Fee(LocalDate.of(2026, 1, 1), 500000, null),
                new Fee(LocalDate.of(2026, 3, 1), 520000, LocalDate.of(2026, 1, 20)));
        assertEquals(500000, AgreementTerms.feeInForce(490000, fees, LocalDate.of(2026, 2, 28)));
        assertEquals(520000, AgreementTerms.feeInForce(490000, fees, LocalDate.of(2026, 3, 1)));
        assertEquals(490000, AgreementTerms.feeInForce(490000, fees, LocalDate.of(2025, 12, 31)));
    }
}
