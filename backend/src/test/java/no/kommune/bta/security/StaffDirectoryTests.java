package no.kommune.bta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.common.DocumentFormat;
import no.kommune.bta.common.StaffDirectory;
import no.kommune.bta.support.Api;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 1: staff are named, never shown by account. The directory is kept from the tokens of those who
 * call BTA; answers and documents name the account that acted through it.
 */
@QuarkusTest
class StaffDirectoryTests {

    @Inject
    StaffDirectory directory;

    @Test
    void a_caller_is_kept_with_the_name_and_title_their_token_gives() {
        Api.as("hvk2").get("/api/me").then().statusCode(200);
        Api.as("kontroll1").get("/api/me").then().statusCode(200);
        Api.asIntegration().get("/api/facilities").then().statusCode(200);
        assertEquals(List.of(Map.of("name", "Henrik Hovde", "title", "saksbehandler (HVK)", "kind", "PERSON")),
                Db.query("SELECT name, title, kind FROM staff_member WHERE account = 'hvk2'"));
        assertEquals("Kristin Tilsynsmo, internkontroll", directory.label("kontroll1"));
        assertEquals(StaffNames.of("service-account-bta-integration"), directory.label("service-account-bta-integration"));
        assertEquals("BTA (automatisk)", directory.label("system"));
    }

    @Test
    void a_fagleder_is_titled_fagleder_though_they_also_work_at_the_facility() {
        Api.as("goa93-leder2").get("/api/me").then().statusCode(200);
        assertEquals(StaffNames.of("goa93-leder2"), directory.label("goa93-leder2"));
    }

    @Test
    void a_new_name_reaches_answers_and_documents_and_an_unknown_account_is_shown_as_it_is() {
        String account = "navneskifte-" + UUID.randomUUID();
        assertEquals(account, directory.label(account), "nobody knows it yet");
        directory.remember(account, new StaffDirectory.Member("Kari Før", "fagleder", StaffDirectory.Kind.PERSON));
        assertEquals("Kari Før, fagleder", DocumentFormat.staff(account));
        directory.remember(account, new StaffDirectory.Member("Kari Etter", "fagleder", StaffDirectory.Kind.PERSON));
        assertEquals("Kari Etter, fagleder", directory.label(account));
        assertEquals(List.of(Map.of("name", "Kari Etter")), Db.query("SELECT name FROM staff_member WHERE account = ?", account));
        // another instance's change arrives with the next load
        Db.update("UPDATE staff_member SET name = 'Kari Tredje' WHERE account = ?", account);
        directory.reload();
        assertEquals("Kari Tredje, fagleder", directory.label(account));
    }
}
