package no.kommune.bta.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * V49 splits a digest subscription's facilities that the old list binding stored as one row's text, {@code (a,b)},
 * back into the facility ids, so that the digest covers each of them (issue 16). The migration's own statement is run
 * again here over such a row (it changes only rows that hold one).
 */
@QuarkusTest
class DigestFacilitiesMendedTests {

    @Test
    void a_subscription_stored_with_its_facilities_as_one_row_gets_them_back_one_by_one() throws IOException {
        String mend;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V49__digest_facilities_opened.sql")) {
            mend = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Db.update("DELETE FROM digest_subscription WHERE subject IN ('v49-two', 'v49-one')");
        Db.update("""
                INSERT INTO digest_subscription (subject, email, facilities, opted_in_at, confirmed_at)
                VALUES ('v49-two', 'to@example.no', CAST(ARRAY[('osloveien-155', 'bakklandet')] AS text[]), now(), now()),
                       ('v49-one', 'en@example.no', ARRAY['bakklandet'], now(), now())""");
        try {
            Db.update(mend);
            assertEquals("bakklandet|osloveien-155", facilities("v49-two"));
            assertEquals("bakklandet", facilities("v49-one"));
        } finally {
            Db.update("DELETE FROM digest_subscription WHERE subject IN ('v49-two', 'v49-one')");
        }
    }

    private static String facilities(String subject) {
        return (String) Db.query("SELECT array_to_string(facilities, '|') AS f FROM digest_subscription WHERE subject = ?", subject)
                .get(0).get("f");
    }
}
