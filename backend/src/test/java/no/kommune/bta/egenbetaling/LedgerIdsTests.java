package no.kommune.bta.egenbetaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * Charges and payments written in bulk get ids in time order (V41 {@code uuid_in_time_order}): version-7 UUIDs whose
 * first 48 bits are the milliseconds of their writing, so that new keys go to the end of the primary-key index.
 */
@QuarkusTest
class LedgerIdsTests {

    static UUID next() {
        return (UUID) Db.query("SELECT uuid_in_time_order() AS id").get(0).get("id");
    }

    @Test
    void idsAreVersionSevenWithTheirMillisecondFirstAndRandomBitsAfter() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        long before = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            ids.add(next());
            Thread.sleep(3);
        }
        long after = System.currentTimeMillis();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            assertEquals(7, id.version(), id + " is a version-7 UUID");
            assertEquals(2, id.variant(), id + " has the RFC variant");
            long millis = id.getMostSignificantBits() >>> 16;
            assertTrue(millis >= before - 1000 && millis <= after + 1000, id + " carries the time it was made: " + millis);
            if (i > 0) assertTrue(ids.get(i - 1).toString().compareTo(id.toString()) < 0, "ids in the order they were made: " + ids);
        }
        assertEquals(ids.size(), ids.stream().map(id -> id.getLeastSignificantBits()).distinct().count(), "random bits differ");
    }
}
