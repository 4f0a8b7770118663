package no.kommune.bta.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import no.kommune.bta.facility.AgreementKind;
import org.junit.jupiter.api.Test;

class ConversionEffectsTests {

    @Test
    void R_FAC_3_R_AGR_1_a_successor_runs_two_months_as_a_bta_and_three_years_as_a_tenancy() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        assertEquals(LocalDate.of(2026, 4, 30), ConversionEffects.firstPeriodEnd(AgreementKind.BTA, on));
        assertEquals(LocalDate.of(2029, 2, 28), ConversionEffects.firstPeriodEnd(AgreementKind.LEASE, on));
    }
}
