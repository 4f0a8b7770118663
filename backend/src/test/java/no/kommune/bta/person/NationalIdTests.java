package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

class NationalIdTests {

    @Test
    void R_ACC_2_valid_synthetic_number_gives_birth_date_and_sex() {
        String n = People.syntheticNumber(LocalDate.of(1990, 9, 15), "FEMALE");
        NationalId.Parsed p = NationalId.parse(n, true);
        assertNotNull(p);
        assertEquals(LocalDate.of(1990, 9, 15), p.birthDate());
        assertEquals("FEMALE", p.sex());
        assertTrue(p.synthetic());
        String m = People.syntheticNumber(LocalDate.of(2004, 2, 29), "MALE");
        assertEquals(LocalDate.of(2004, 2, 29), NationalId.parse(m, true).birthDate());
        assertEquals("MALE", NationalId.parse(m, true).sex());
    }

    @Test
    void R_ACC_2_synthetic_numbers_are_refused_where_not_allowed() {
        String n = People.syntheticNumber(LocalDate.of(1990, 9, 15), "FEMALE");
        assertNull(NationalId.parse(n, false));
    }

    @Test
    void R_ACC_2_wrong_check_digit_length_or_letters_are_refused() {
        String n = People.syntheticNumber(LocalDate.of(1985, 1, 31), "MALE");
        String wrong = n.substring(0, 10) + ((Character.getNumericValue(n.charAt(10)) + 1) % 10);
        assertNull(NationalId.parse(wrong, true));
        assertNull(NationalId.parse("1234567890", true));
        assertNull(NationalId.parse("abcdefghijk", true));
        assertNull(NationalId.parse(null, true));
    }

    @Test
    void R_ACC_2_mask_hides_the_personal_number() {
        assertEquals("150990 *****", NationalId.mask("15099012345"));
    }

    @Test
    void century_rule_follows_the_individual_number() {
        assertEquals(1900, NationalId.century(123, 90));
        assertEquals(2000, NationalId.century(523, 5));
        assertEquals(1800, NationalId.century(600, 60));
        assertEquals(1900, NationalId.century(950, 45));
        assertEquals(2000, NationalId.century(950, 10));
    }
}
