package no.kommune.bta.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import no.kommune.bta.support.Db;
import org.junit.jupiter.api.Test;

/**
 * R-ACC-3: ESIKT's queue is the open applications. The database's definition ({@code intake_in_queue}, used by the
 * access grants and by ESIKT's list) and the application's ({@link IntakeStatus#OPEN}) name the same statuses.
 */
@QuarkusTest
class IntakeQueueDefinitionTests {

    @Test
    void R_ACC_3_the_queue_is_the_open_applications_in_the_database_as_in_the_code() {
        for (IntakeStatus s : IntakeStatus.values()) {
            Object inQueue = Db.query("SELECT intake_in_queue(?) AS q", s.name()).get(0).get("q");
            assertEquals(IntakeStatus.OPEN.contains(s), inQueue, s + " in ESIKT's queue");
        }
    }
}
