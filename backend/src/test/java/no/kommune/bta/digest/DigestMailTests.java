package no.kommune.bta.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kommune.bta.reporting.OverviewService.Item;
import org.junit.jupiter.api.Test;

/** The digest's text: counts and initials per facility and kind, a link, and nothing else about a resident. */
class DigestMailTests {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Item item(String kind, String facility, String name, String text) {
        UUID agreement = UUID.randomUUID();
        return new Item(kind, facility, agreement, null, null, UUID.randomUUID(), name, DAY.plusDays(3), text,
                "/avtaler/" + agreement);
    }

    @Test
    void counts_and_initials_per_facility_and_kind_with_a_link_and_no_names_amounts_or_texts() {
        Map<String, String> facilities = new LinkedHashMap<>();
        facilities.put("bakklandet", "Bakklandet");
        facilities.put("heidrunsenteret", "Heidrunsenteret");
        List<Item> items = List.of(
                item("ARREARS_PAST_THRESHOLD", "bakklandet", "Kari Nordmann", "Restanse kr 12 400"),
                item("UNSIGNED", "bakklandet", "Ola Anders Nilsen", "Avtalen er ikke signert"),
                item("UNSIGNED", "bakklandet", "Anne-Lise Berg", "Avtalen er ikke signert"),
                item("SOMETHING_NEW", "heidrunsenteret", "Per Hansen", "Ny sakstype"));

        DigestMail.Text mail = DigestMail.of(DAY, facilities, items, "https://bta.kommune.no/");

        assertEquals("BTA: 4 saker forfaller i dag", mail.subject());
        String body = mail.body();
        assertTrue(body.contains("i dag, 02.12.2026:"), body);
        assertTrue(body.contains("\nBakklandet: 3 saker\n- Ikke signerte avtaler: 2 (O.A.N., A.L.B.)\n- Restanse over terskel: 1 (K.N.)\n"), body);
        assertTrue(body.contains("\nHeidrunsenteret: 1 sak\n- Andre saker: 1 (P.H.)\n"), body);
        assertTrue(body.contains("https://bta.kommune.no/oversikt\n"), body);
        for (String leak : List.of("Kari", "Nordmann", "Nilsen", "12 400", "Restanse kr", "ikke signert", "/avtaler/", "05.12.2026")) {
            assertFalse(body.contains(leak), leak + " in " + body);
        }
    }

    @Test
    void initials_of_a_name() {
        assertEquals("K.N.", DigestMail.initials("Kari Nordmann"));
        assertEquals("Å.Ø.", DigestMail.initials("  åse   øvrebø "));
        assertEquals("–", DigestMail.initials(null));
    }
}
