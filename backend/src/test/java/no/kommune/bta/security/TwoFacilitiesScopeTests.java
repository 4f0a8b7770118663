package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.person.PersonQueries;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-3 for staff of more than one facility (every demo user has one): the grants are asked of the database with
 * all the caller's facilities, and each of them counts. The facilities travel as a list inside {@code ARRAY[…]},
 * which Hibernate's native queries wrapped in parentheses (one row, not a list of ids); common.db.Sql opens it into
 * its elements.
 */
@QuarkusTest
class TwoFacilitiesScopeTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String OSLOVEIEN = "osloveien-155";
    static final String BAKKLANDET = "bakklandet";

    @Inject
    PersonQueries persons;

    @BeforeAll
    static void units() {
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes("two-facilities-1".getBytes()), OSLOVEIEN, "To tiltak 1");
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes("two-facilities-2".getBytes()), BAKKLANDET, "To tiltak 2");
    }

    static UUID resident(String leader, String facility, String unit) {
        String agreement = AgreementFlowTests.movedIn(leader, facility, unit, TODAY);
        return UUID.fromString(Api.as(leader).get("/api/agreements/" + agreement).then().statusCode(200)
                .extract().path("person.id"));
    }

    boolean visible(UUID person, Set<String> facilities) {
        AccessScope scope = AccessScope.facilityStaff(facilities, TODAY, 30);
        return QuarkusTransaction.requiringNew().call(() -> persons.isVisible(person, scope));
    }

    @Test
    void R_ACC_3_staff_of_two_facilities_see_the_residents_of_both_and_of_no_other() {
        UUID atOsloveien = resident("osloveien155-leder", OSLOVEIEN, "To tiltak 1");
        UUID atBakklandet = resident("bakklandet-leder", BAKKLANDET, "To tiltak 2");

        assertTrue(visible(atOsloveien, Set.of(OSLOVEIEN, BAKKLANDET)));
        assertTrue(visible(atBakklandet, Set.of(OSLOVEIEN, BAKKLANDET)));
        assertTrue(visible(atOsloveien, Set.of(OSLOVEIEN)));
        assertFalse(visible(atBakklandet, Set.of(OSLOVEIEN)));
        assertFalse(visible(atOsloveien, Set.of(BAKKLANDET, "gamle-oslovei-93")));
    }
}
