package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** R-SAN-10, R-ACC-2: the control report names a resident by initials and the masked number, never the whole of either. */
class ReportNameTests {

    @Test
    void initials_and_the_masked_number() {
        assertEquals("I.S. 270190 *****", Person.initialsAndMaskedNumber("Ida", "Solbakken", "27019012345"));
        assertEquals("I.M.S. 270190 *****", Person.initialsAndMaskedNumber("Ida Marie", "Solbakken", "27019012345"));
        assertEquals("Å.Ø. 270190 *****", Person.initialsAndMaskedNumber("åse", "Ødegård", "27019012345"));
        assertEquals("I.S. *****", Person.initialsAndMaskedNumber("Ida", "Solbakken", null));
    }

    @Test
    void R_ACC_5_an_anonymised_person_stays_anonymised() {
        assertEquals("Anonymisert person", Person.initialsAndMaskedNumber(Person.ANONYMISED_GIVEN_NAME,
                Person.ANONYMISED_FAMILY_NAME, null));
    }
}
