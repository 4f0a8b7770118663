package no.kommune.bta.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.People;
import org.junit.jupiter.api.Test;

/** R-ACC-5 (M30): what anonymising leaves of a person, through the one statement retention uses for a batch. */
@QuarkusTest
class PersonAnonymiseTests {

    @Inject
    PersonQueries queries;

    static final LocalDate BORN = LocalDate.of(1931, 2, 27);

    /** A person with every detail filled in (a synthetic number), straight into the table. */
    static UUID person(String family) {
        UUID id = UUID.randomUUID();
        Db.update("""
                INSERT INTO person (id, national_id, given_name, family_name, birth_date, sex, phone, email, address, nav_contact,
                                    created_at, created_by, version)
                VALUES (?::uuid, ?, 'Kari', ?, ?, 'FEMALE', '99999999', 'kari@example.org', 'Storgata 1', 'NAV Midtbyen',
                        now(), 'test', 0)""", id, People.syntheticNumber(BORN, "FEMALE"), family, java.sql.Date.valueOf(BORN));
        return id;
    }

    static Map<String, Object> row(UUID id) {
        return Db.query("SELECT * FROM person WHERE id = ?::uuid", id).get(0);
    }

    int anonymise(List<UUID> ids, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> queries.anonymise(ids, at));
    }

    @Test
    void R_ACC_5_an_anonymised_person_keeps_id_sex_and_birth_year_only() {
        UUID id = person("Anonymiseres" + System.nanoTime());
        UUID other = person("Blir" + System.nanoTime());
        Instant at = Instant.parse("2031-01-01T02:30:00Z");
        assertEquals(1, anonymise(List.of(id), at));
        Map<String, Object> p = row(id);
        assertEquals("FEMALE", p.get("sex"));
        assertEquals(java.sql.Date.valueOf(LocalDate.of(1931, 1, 1)), p.get("birth_date"));
        assertEquals(Person.ANONYMISED_GIVEN_NAME, p.get("given_name"));
        assertEquals(Person.ANONYMISED_FAMILY_NAME, p.get("family_name"));
        for (String gone : List.of("national_id", "phone", "email", "address", "nav_contact")) assertNull(p.get(gone), gone);
        assertEquals(at, ((Timestamp) p.get("anonymised_at")).toInstant());
        assertEquals(1L, ((Number) p.get("version")).longValue(), "a change, as an edit would be");
        // only the persons named
        assertEquals("Kari", row(other).get("given_name"));
        assertEquals("99999999", row(other).get("phone"));
        anonymise(List.of(other), at); // its synthetic number is free again for the next run of the tests
    }

    @Test
    void R_ACC_5_a_person_is_anonymised_once() {
        UUID id = person("Engang" + System.nanoTime());
        Instant first = Instant.parse("2031-01-01T02:30:00Z");
        assertEquals(1, anonymise(List.of(id), first));
        assertEquals(0, anonymise(List.of(id, UUID.randomUUID()), first.plusSeconds(86400)), "neither again nor an unknown id");
        assertEquals(first, ((Timestamp) row(id).get("anonymised_at")).toInstant());
        assertEquals(java.sql.Date.valueOf(LocalDate.of(1931, 1, 1)), row(id).get("birth_date"));
    }
}
