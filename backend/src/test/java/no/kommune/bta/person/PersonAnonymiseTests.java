package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonAnonymiseTests {

    static Person person() {
        Person p = new Person();
        p.id = UUID.randomUUID();
        p.nationalId = "15099012345";
        p.givenName = "Kari";
        p.familyName = "Nordmann";
        p.birthDate = LocalDate.of(1990, 9, 15);
        p.sex = Sex.FEMALE;
        p.phone = "99999999";
        p.email = "kari@example.org";
        p.address = "Storgata 1";
        p.navContact = "NAV Midtbyen";
        return p;
    }

    @Test
    void R_ACC_5_an_anonymised_person_keeps_id_sex_and_birth_year_only() {
        Person p = person();
        UUID id = p.id;
        Instant at = Instant.parse("2031-01-01T02:30:00Z");
        assertTrue(p.anonymise(at));
        assertEquals(id, p.id);
        assertEquals(Sex.FEMALE, p.sex);
        assertEquals(LocalDate.of(1990, 1, 1), p.birthDate);
        assertEquals("Anonymisert", p.givenName);
        assertEquals("person", p.familyName);
        assertNull(p.nationalId);
        assertNull(p.phone);
        assertNull(p.email);
        assertNull(p.address);
        assertNull(p.navContact);
        assertEquals(at, p.anonymisedAt);
    }

    @Test
    void R_ACC_5_a_person_is_anonymised_once() {
        Person p = person();
        Instant first = Instant.parse("2031-01-01T02:30:00Z");
        p.anonymise(first);
        assertFalse(p.anonymise(first.plusSeconds(86400)));
        assertEquals(first, p.anonymisedAt);
    }
}
