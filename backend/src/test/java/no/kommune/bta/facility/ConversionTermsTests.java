package no.kommune.bta.facility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
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
        ConversionTerms.of(AgreementKind.LEASE).applyTo(f, null);
        assertNull(f.exclusionDays);
        assertNull(f.maxContinuousStayDays);
        assertArrayEquals(new String[] {"DANGER_TO_LIFE_OR_HEALTH"}, f.entryGrounds);
        assertEquals(90, f.noticeDays);
    }

    @Test
    void R_PAY_8_a_conversion_sets_who_collects_by_the_new_kind_unless_it_says_otherwise() {
        Facility f = new Facility();
        f.collectsEgenbetaling = true;
        ConversionTerms.of(AgreementKind.LEASE).applyTo(f, null);
        assertFalse(f.collectsEgenbetaling, "in a tenancy the owner collects rent");
        ConversionTerms.of(AgreementKind.BTA).applyTo(f, null);
        assertTrue(f.collectsEgenbetaling, "a BTA facility collects egenbetaling");
        ConversionTerms.of(AgreementKind.LEASE).applyTo(f, true);
        assertTrue(f.collectsEgenbetaling, "a tenancy configured to collect");
        ConversionTerms.of(AgreementKind.BTA).applyTo(f, false);
        assertFalse(f.collectsEgenbetaling, "a BTA facility configured not to collect");
    }

    @Test
    void R_FAC_3_the_event_collects_the_replacements_in_order() {
        FacilityConverted e = new FacilityConverted("f", "F", AgreementKind.BTA, AgreementKind.LEASE,
                LocalDate.of(2026, 1, 1), "x", 90, "system");
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID(), d = UUID.randomUUID();
        e.replaced(a, b);
        e.replaced(c, d);
        assertEquals(List.of(new FacilityConverted.Replacement(a, b), new FacilityConverted.Replacement(c, d)), e.replacements());
    }

    @Test
    void R_FAC_3_a_conversion_takes_effect_when_approved_and_its_date_has_come_never_before() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        Conversion c = new Conversion();
        c.effectiveOn = today;
        c.status = ConversionStatus.PROPOSED;
        assertFalse(c.due(today), "not before it is approved");
        c.approve("goa93-leder2", Instant.parse("2026-12-01T09:00:00Z"));
        assertTrue(c.due(today), "approved on its date: now");
        assertTrue(c.due(today.plusDays(3)), "a run that comes late still performs it");
        c.effectiveOn = today.plusDays(1);
        assertFalse(c.due(today), "approved for tomorrow: not today");
        assertTrue(c.due(today.plusDays(1)), "the run on the day");
        c.withdraw("goa93-leder", Instant.parse("2026-12-01T10:00:00Z"), "Trukket");
        assertFalse(c.due(today.plusDays(1)), "withdrawn: never");
    }
}
