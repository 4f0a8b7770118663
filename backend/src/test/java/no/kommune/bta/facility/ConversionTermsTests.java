package no.kommune.bta.facility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversionTermsTests {

    @Test
    void R_FAC_3_a_tenancy_follows_husleieloven() {
        ConversionTerms lease = ConversionTerms.of(AgreementKind.LEASE);
        assertNull(lease.exclusionDays(), "no exclusion in a tenancy");
        assertEquals(List.of("DANGER_TO_LIFE_OR_HEALTH"), lease.entryGrounds());
        assertEquals(SubstancePolicy.TENANCY, lease.substancePolicy());
        assertNull(lease.maxContinuousStayDays());
        assertEquals(90, lease.noticeDays());
    }

    @Test
    void R_FAC_3_a_bta_facility_takes_the_standard_terms() {
        ConversionTerms bta = ConversionTerms.of(AgreementKind.BTA);
        assertEquals(5, bta.exclusionDays());
        assertEquals(List.of("DANGER_TO_LIFE_OR_HEALTH", "NOISE_AND_DISTURBANCE", "POLICE_WARRANT",
                "SUSPECTED_UNWANTED_PERSONS", "NO_ANSWER_AT_HMS_ROUND"), bta.entryGrounds());
        assertEquals(SubstancePolicy.NO_ILLEGAL_SUBSTANCES, bta.substancePolicy());
        assertEquals(730, bta.maxContinuousStayDays());
        assertEquals(14, bta.noticeDays());
    }

    @Test
    void R_FAC_3_the_facility_takes_on_the_terms() {
        Facility f = new Facility();
        f.exclusionDays = 5;
        f.maxContinuousStayDays = 730;
        ConversionTerms.of(AgreementKind.LEASE).applyTo(f);
        assertNull(f.exclusionDays);
        assertNull(f.maxContinuousStayDays);
        assertArrayEquals(new String[] {"DANGER_TO_LIFE_OR_HEALTH"}, f.entryGrounds);
        assertEquals(90, f.noticeDays);
    }

    @Test
    void R_FAC_3_the_event_collects_the_replacements_in_order() {
        FacilityConverted e = new FacilityConverted("f", "F", AgreementKind.BTA, AgreementKind.LEASE,
                java.time.LocalDate.of(2026, 1, 1), "x", 90, "system");
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        e.replaced(a, b);
        e.replaced(c, d);
        assertEquals(List.of(new FacilityConverted.Replacement(a, b), new FacilityConverted.Replacement(c, d)), e.replacements());
    }
}
