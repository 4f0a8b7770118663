package no.kommune.bta.digest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.agreement.AgreementFlowTests;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import no.kommune.bta.support.MailServerTestResource;
import no.kommune.bta.support.MailServerTestResource.Received;
import no.kommune.bta.support.People;
import no.kommune.bta.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 18 item 10: the daily digest reaches the staff who opted in, through a real SMTP server, once a day. */
@QuarkusTest
class DigestTests {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private static final String HEIDRUN = "heidrun1@bta.test";
    private static final String BAKKLANDET = "bakklandet1@bta.test";

    @Inject
    DigestJob job;

    /**
     * Units of their own at Heidrunsenteret (whose unit count no test asserts), so the tests that count on the seeded
     * units (Hybel 1–6, Valøyveien 9's never-used units and its total) keep them.
     */
    @BeforeAll
    static void units() {
        for (String label : List.of("Varseltest 1", "Varseltest 2")) {
            Db.update("INSERT INTO unit (id, facility_id, label, unit_type) VALUES (?, 'heidrunsenteret', ?, 'BEDSIT') "
                    + "ON CONFLICT DO NOTHING", UUID.nameUUIDFromBytes(("digest/" + label).getBytes()), label);
        }
    }

    @Test
    void the_digest_reaches_those_who_opted_in_with_initials_counts_and_a_link_once_a_day() {
        String number = People.syntheticNumber(LocalDate.of(1979, 3, 14), "FEMALE");
        UUID person = UUID.fromString(Api.as("hvk1").body(Map.of("nationalId", number, "givenName", "Solveig",
                "familyName", "Digestad")).post("/api/persons").then().statusCode(201).extract().path("id"));
        AgreementFlowTests.decidedIntake(person, "heidrunsenteret", "Varseltest 1", TODAY, TODAY);

        Api.as("heidrun1").get("/api/me/digest").then().statusCode(200)
                .body("enabled", equalTo(false)).body("email", equalTo(HEIDRUN));
        Api.as("heidrun1").body(Map.of("enabled", true)).put("/api/me/digest").then().statusCode(200)
                .body("enabled", equalTo(true)).body("email", equalTo(HEIDRUN))
                .body("facilities", equalTo(List.of("heidrunsenteret")));
        Api.as("bakklandet1").body(Map.of("enabled", false)).put("/api/me/digest").then().statusCode(200)
                .body("enabled", equalTo(false));
        int toBakklandet = MailServerTestResource.to(BAKKLANDET).size();
        int toHeidrun = MailServerTestResource.to(HEIDRUN).size();

        job.runFor(TODAY);

        List<Received> mails = MailServerTestResource.to(HEIDRUN);
        assertEquals(toHeidrun + 1, mails.size(), "one digest to the member who opted in");
        Received mail = mails.get(mails.size() - 1);
        assertTrue(mail.subject().contains("forfaller i dag"), mail.subject());
        assertTrue(mail.text().matches("(?s).*\\nHeidrunsenteret[^\\n]*: \\d+ sak(er)?\\s*\\n.*"), "the facility and its count: " + mail.text());
        assertTrue(mail.text().matches("(?s).*- Tildelt, venter på innflytting: \\d+ \\([^)]*S\\.D\\.[^)]*\\).*"), mail.text());
        assertTrue(mail.text().contains("https://bta.test/oversikt"), mail.text());
        assertFalse(mail.text().contains("Solveig") || mail.text().contains("Digestad"), "no name: " + mail.text());
        assertFalse(mail.text().contains(number) || mail.text().contains(number.substring(0, 6)), "no identity number");
        assertFalse(mail.text().contains(person.toString()), "no id");
        assertEquals(toBakklandet, MailServerTestResource.to(BAKKLANDET).size(), "nothing to someone who did not opt in");
        assertEquals(1, Db.query("SELECT 1 FROM access_log WHERE person_id = ? AND operation = 'sendDigest'", person).size(),
                "the resident's appearance in the mail is access-logged");
        Api.as("heidrun1").get("/api/me/digest").then().statusCode(200).body("lastSentOn", equalTo(TODAY.toString()));

        job.runFor(TODAY);
        assertEquals(toHeidrun + 1, MailServerTestResource.to(HEIDRUN).size(), "a rerun the same day sends nothing");
    }

    @Test
    void the_digest_stops_when_the_members_token_is_no_longer_seen_and_when_they_opt_out() {
        AgreementFlowTests.decidedIntake("heidrunsenteret", "Varseltest 2", TODAY, "FEMALE", LocalDate.of(1981, 5, 5));
        Api.as("heidrun1").body(Map.of("enabled", true, "email", "heidrun.vakt@kommune.test")).put("/api/me/digest").then()
                .statusCode(200).body("email", equalTo("heidrun.vakt@kommune.test"));
        int before = MailServerTestResource.to("heidrun.vakt@kommune.test").size();
        try {
            TestClock.advanceDays(15);
            LocalDate later = TODAY.plusDays(15);
            job.runFor(later);
            assertEquals(before, MailServerTestResource.to("heidrun.vakt@kommune.test").size(),
                    "no token seen for 15 days (more than bta.digest.confirmation-days): the access may have ended");

            Api.as("heidrun1").get("/api/me/digest").then().statusCode(200).body("facilities", hasItem("heidrunsenteret"));
            job.runFor(later);
            assertEquals(before + 1, MailServerTestResource.to("heidrun.vakt@kommune.test").size(), "confirmed again: sent");

            Api.as("heidrun1").body(Map.of("enabled", false)).put("/api/me/digest").then().statusCode(200)
                    .body("enabled", equalTo(false)).body("email", equalTo(HEIDRUN));
            job.runFor(later.plusDays(1));
            assertEquals(before + 1, MailServerTestResource.to("heidrun.vakt@kommune.test").size(), "opted out: nothing");
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void reading_the_setting_writes_only_when_the_facilities_changed_or_a_day_has_passed() {
        Api.as("heidrun1").body(Map.of("enabled", true, "email", "heidrun.vakt@kommune.test")).put("/api/me/digest").then()
                .statusCode(200);
        try {
            Object confirmed = confirmedAt("heidrun1");
            TestClock.advanceHours(2);
            Api.as("heidrun1").get("/api/me/digest").then().statusCode(200);
            assertEquals(confirmed, confirmedAt("heidrun1"), "the same facilities two hours later: nothing written");
            TestClock.advanceHours(23);
            Api.as("heidrun1").get("/api/me/digest").then().statusCode(200);
            assertNotEquals(confirmed, confirmedAt("heidrun1"), "a day later: confirmed again");
        } finally {
            TestClock.reset();
            Api.as("heidrun1").body(Map.of("enabled", false)).put("/api/me/digest").then().statusCode(200);
        }
    }

    private static Object confirmedAt(String username) {
        return Db.query("SELECT confirmed_at FROM digest_subscription WHERE username = ?", username).get(0).get("confirmed_at");
    }

    @Test
    void the_setting_is_checked() {
        Api.asInvalid("heidrun1").body(Map.of("enabled", true, "email", "ikke en adresse")).put("/api/me/digest").then()
                .statusCode(422).body("violations.field", hasItem("email"));
        Api.asInvalid("heidrun1").body(Map.of("email", "heidrun1@bta.test")).put("/api/me/digest").then()
                .statusCode(422).body("violations.field", hasItem("enabled"));
        Api.asInvalid("heidrun1").body(Map.of("enabled", true, "sms", true)).put("/api/me/digest").then().statusCode(400);
        Api.as("hvk1").get("/api/me/digest").then().statusCode(403);
        Api.as("okonomi1").body(Map.of("enabled", true)).put("/api/me/digest").then().statusCode(403);
    }
}
