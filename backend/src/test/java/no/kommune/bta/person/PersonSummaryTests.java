package no.kommune.bta.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The case view's header (getPersonSummary): contact details as registered, the agreement kept by the caller's
 * facility and the application, scoped like getPerson (R-ACC-3) and access-logged as a read of the person (R-ACC-2).
 */
@QuarkusTest
class PersonSummaryTests {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final String OSLOVEIEN = "osloveien-155";
    static final String LEADER = "osloveien155-leder";
    static final LocalDate BIRTH = LocalDate.of(1999, 3, 14);

    /** A unit of its own at Osloveien 155, so that the other tests' residents leave one free. */
    @BeforeAll
    static void unit() {
        Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, ?, ?, 'BEDSIT') ON CONFLICT DO NOTHING",
                UUID.nameUUIDFromBytes("person-summary-1".getBytes()), OSLOVEIEN, "Oversiktstest 1");
    }

    @Test
    void R_ACC_3_the_facility_sees_contact_details_agreement_and_application_and_others_get_404_or_403() throws Exception {
        String agreement = AgreementFlowTests.movedIn(LEADER, OSLOVEIEN, "Oversiktstest 1", TODAY, BIRTH, TODAY);
        UUID person = UUID.fromString(Api.as(LEADER).get("/api/agreements/" + agreement).then().statusCode(200)
                .extract().path("person.id"));
        Db.update("UPDATE person SET phone = ?, email = ?, nav_contact = ? WHERE id = ?", "+47 911 22 333",
                "oversikt@example.no", "NAV-veileder Tor Lien", person);
        String path = "/api/persons/" + person + "/summary";

        Api.as(LEADER).get(path).then().statusCode(200)
                .body("id", equalTo(person.toString()))
                .body("nationalIdMasked", matchesPattern("\\d{6} \\*{5}"))
                .body("birthDate", equalTo(BIRTH.toString()))
                .body("age", equalTo(Period.between(BIRTH, TODAY).getYears()))
                .body("phone", equalTo("+47 911 22 333"))
                .body("email", equalTo("oversikt@example.no"))
                .body("navContact", equalTo("NAV-veileder Tor Lien"))
                .body("agreement.id", equalTo(agreement))
                .body("agreement.status", equalTo("ACTIVE"))
                .body("agreement.facilityId", equalTo(OSLOVEIEN))
                .body("agreement.unitLabel", equalTo("Oversiktstest 1"))
                .body("agreement.primaryContact", equalTo("Berit Bakken"))
                .body("application.status", equalTo("MOVED_IN"))
                .body("access.reason", hasItem("RESIDENT"));
        // no full number anywhere in the header
        // (ids left out first: a UUID's last group is twelve hex digits and now and then all of them are decimal)
        assertFalse(Api.as(LEADER).get(path).then().extract().asString()
                .replaceAll("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}", "<id>")
                .matches("(?s).*\\d{11}.*"));

        // the caseworker sees the application, never the agreement (HVK reads no agreements)
        Api.as("hvk1").get(path).then().statusCode(200)
                .body("agreement", nullValue())
                .body("application.status", equalTo("MOVED_IN"))
                .body("access.reason", hasItem("APPLICATION"));

        // without a care relationship: 404 as for an unknown id; roles that read no persons: 403
        Api.as("hvk2").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("heidrun1").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("valoya-leder").get(path).then().statusCode(404);
        Api.as("esikt1").get(path).then().statusCode(403);
        Api.as("okonomi1").get(path).then().statusCode(403);
        Api.as("kontroll1").get(path).then().statusCode(403);
        Api.as(LEADER).get("/api/persons/" + UUID.randomUUID() + "/summary").then().statusCode(404);

        // every read is a read of the person in the access log (R-ACC-2), and innsyn names it
        boolean logged = false;
        for (int k = 0; k < 50 && !logged; k++) {
            logged = !Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = 'getPersonSummary' "
                    + "AND username = ?", person, LEADER).isEmpty();
            if (!logged) Thread.sleep(100);
        }
        Api.as(LEADER).get("/api/persons/" + person + "/access-log").then().statusCode(200)
                .body("items.operation", hasItem("getPersonSummary"));
    }
}
